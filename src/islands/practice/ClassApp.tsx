import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { paperQuery, parsePaperParams } from '../../lib/paper';
import { aggregateClass } from '../../lib/practice/class-record';
import { decodeResult, type ResultData } from '../../lib/result-code';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import {
  $classes,
  $classesLoaded,
  addCodes,
  checkClassImport,
  clearClass,
  exportClasses,
  setClassPassMark,
  setClassTitle,
  type AddOutcome,
} from '../../stores/class';
import Notices from '../shared/Notices';
import TransferBox from '../shared/TransferBox';
import { useMounted } from '../shared/useMounted';
import { useSaved } from '../shared/useSaved';
import ClassRecord from './ClassRecord';
import { paperFor, paperVersion } from './PaperApp';
import ScanButton from './ScanButton';
import { useBank } from './useBank';
import { localDate } from '../../lib/dates';

/** The trainer's class page: collect result codes of one paper, see the pass list and most-missed questions, print. */
export default function ClassApp() {
  const mounted = useMounted();
  const loaded = useSaved($classesLoaded);
  const { bank, error } = useBank();
  const classes = useStore($classes).classes;
  const search = typeof location === 'undefined' ? '' : location.search;
  const known = useMemo(() => new Set((bank ?? []).flatMap((q) => q.criteria)), [bank]);
  const { params, problems } = useMemo(() => parsePaperParams(search, known), [search, known]);
  const [paste, setPaste] = useState('');
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);

  if (!mounted || !loaded || (!bank && !error)) return <p>正在加载题库…</p>;
  if (error || !bank) return <p role="alert">{error}</p>;

  const key = paperQuery(params);
  const entry = classes[key];
  const { paper } = paperFor(bank, params);
  const version = paperVersion(params, paper);
  const results = (entry?.codes ?? []).map((c) => decodeResult(c)).flatMap((r) => (r.ok ? [r.data] : []));
  const passMark = entry?.passMark ?? 80;
  const summary = aggregateClass<(typeof paper)[number]>(results, { paper: params.seed, version, questions: paper }, passMark);
  const add = (text: string) => {
    setOutcome(addCodes(key, text));
    setPaste('');
  };
  return (
    <div>
      <Notices />
      {problems.length > 0 && (
        <div class="pending" role="alert">
          <p>链接中的参数有问题，已改用：{problems.join('；')}</p>
        </div>
      )}
      <section class="card no-print" aria-labelledby="collect-h">
        <h2 id="collect-h">收成绩码</h2>
        <p data-testid="class-paper">
          试卷码 <strong>{params.seed}</strong> · {paper.length} 题 · <a href={link(routes.practicePaper(key))}>打开这份试卷</a>
        </p>
        <label class="block">
          粘贴成绩码（每行一个，可一次粘贴多个）
          <textarea rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
        </label>
        <p class="row">
          <button type="button" disabled={!paste.trim()} onClick={() => add(paste)}>
            添加
          </button>
          <ScanButton onCode={add} />
        </p>
        <div role="status">
          {outcome && (
            <p>
              已添加 {outcome.added} 个。
              {outcome.errors.length > 0 && `有 ${outcome.errors.length} 行没有添加：`}
            </p>
          )}
          {outcome && outcome.errors.length > 0 && (
            <ul class="danger-box">
              {outcome.errors.map((e) => (
                <li key={e.line}>
                  第 {e.line} 行“{e.text}”：{e.error}
                </li>
              ))}
            </ul>
          )}
        </div>
        <fieldset>
          <legend>合格线</legend>
          {([80, 85] as const).map((m) => (
            <label class="check" key={m}>
              <input type="radio" name="class-pass" checked={passMark === m} onChange={() => setClassPassMark(key, m)} />
              {m} 分
            </label>
          ))}
        </fieldset>
        <label class="block">
          培训名称（印在考核记录上）
          <input type="text" maxLength={60} value={entry?.title ?? ''} onChange={(e) => setClassTitle(key, e.currentTarget.value)} />
        </label>
      </section>
      <ClassRecord summary={summary} paperCode={params.seed} total={paper.length} passMark={passMark} title={entry?.title ?? ''} />
      {summary.foreign.length > 0 && <Foreign list={summary.foreign} />}
      <p class="row no-print">
        <button type="button" disabled={!summary.rows.length} onClick={() => window.print()}>
          打印培训考核记录
        </button>
        {entry && (
          <button type="button" class="secondary" onClick={() => window.confirm('清空这个班的成绩码？') && clearClass(key)}>
            清空本班
          </button>
        )}
      </p>
      <div class="no-print">
        <TransferBox
          label="班级成绩"
          exporter={{ fileName: `班级成绩-${localDate()}.json`, onExport: exportClasses }}
          onImport={checkClassImport}
        />
      </div>
    </div>
  );
}

/** Codes of another paper: listed so the trainer can send the trainee the right link. */
function Foreign({ list }: { list: ResultData[] }) {
  return (
    <div class="pending no-print" role="region" aria-label="不属于本试卷的成绩码">
      <p>以下成绩码不是这份试卷的（试卷码或题目版本不同），没有计入：</p>
      <ul>
        {list.map((r, k) => (
          <li key={k}>
            {r.name}：试卷码 {r.paper}，{r.score} 分
          </li>
        ))}
      </ul>
    </div>
  );
}

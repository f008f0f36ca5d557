import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { parsePaperParams, paperQuery, isPrintView, PAPER_N_MAX, PAPER_N_MIN, type PaperParams } from '../../lib/paper';
import type { BankQuestion } from '../../lib/practice/bank';
import { drawPaper, filterQuestions, paperCode } from '../../lib/practice/select';
import { isCorrect } from '../../lib/practice/score';
import { practiceQuery } from '../../lib/practice-link';
import { cleanName, encodeResult } from '../../lib/result-code';
import { DOMAINS } from '../../lib/taxonomy';
import { absoluteUrl, link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { $practice, $practiceLoaded, type ExamRecord } from '../../stores/practice';
import Notices from '../shared/Notices';
import { useMounted } from '../shared/useMounted';
import { useSaved } from '../shared/useSaved';
import ExamResult from './ExamResult';
import ExamRunner from './ExamRunner';
import LiveQr from './LiveQr';
import PaperSheet from './PaperSheet';
import ResultCodeBox from './ResultCodeBox';
import { useBank } from './useBank';

/** The paper a set of parameters gives (the whole bank when the range is empty), the same on every device. */
export function paperFor(bank: BankQuestion[], p: PaperParams): { paper: BankQuestion[]; empty: boolean } {
  const pool = filterQuestions(bank, { topics: p.topics, criteria: p.criteria });
  return { paper: drawPaper(pool.length ? pool : bank, p.n, p.seed), empty: !pool.length };
}

/** The four-character version of a paper that result codes carry, so codes of another draw are told apart. */
export const paperVersion = (p: PaperParams, paper: BankQuestion[]) =>
  paperCode(
    p.seed,
    paper.map((q) => q.id),
  ).slice(-4);

/** Trainer papers: one link gives everyone the same paper; a trainee enters a name and gets a checkable result code. */
export default function PaperApp() {
  const mounted = useMounted();
  const loaded = useSaved($practiceLoaded);
  const { bank, error } = useBank();
  const open = useStore($practice).attempts;
  const search = typeof location === 'undefined' ? '' : location.search;
  const known = useMemo(() => new Set((bank ?? []).flatMap((q) => q.criteria)), [bank]);
  const { params, problems } = useMemo(() => parsePaperParams(search, known), [search, known]);
  const [form, setForm] = useState<PaperParams>(params);
  const [started, setStarted] = useState(false);
  const [result, setResult] = useState<{ rec: ExamRecord; timedOut: boolean } | null>(null);
  const [name, setName] = useState('');

  if (!mounted || !loaded || (!bank && !error)) return <p>正在加载题库…</p>;
  if (error || !bank) return <p role="alert">{error}</p>;

  const { paper, empty } = paperFor(bank, params);
  // Full address (site and base) of a paper: it goes into QR codes and chats.
  const shareUrl = (p: PaperParams) => absoluteUrl(routes.practicePaper(paperQuery(p)));
  const resumable = open.find((a) => a.kind === 'paper' && a.seed === params.seed && a.ids.join() === paper.map((q) => q.id).join());

  if (isPrintView(search)) return <PaperPrint paper={paper} params={params} link={shareUrl(params)} />;
  if (result) {
    const { rec } = result;
    const wrong = paper.flatMap((q, i) => (isCorrect(q, rec.answers[q.id] ?? []) ? [] : [i + 1]));
    const code = encodeResult({
      paper: params.seed,
      version: paperVersion(params, paper),
      name: rec.name ?? '',
      score: rec.score,
      total: paper.length,
      wrong,
    });
    return (
      <ExamResult
        record={rec}
        questions={paper}
        title={`统一试卷（试卷码 ${params.seed}）`}
        timedOut={result.timedOut}
        onRetry={() => location.assign(link(routes.practiceView(practiceQuery({ kind: 'retry', exam: rec.id, i: 0 }))))}
        onExit={() => {
          setResult(null);
          setStarted(false);
        }}
      >
        <ResultCodeBox code={code} />
      </ExamResult>
    );
  }
  if (started || resumable?.name)
    return (
      <ExamRunner
        attemptId={resumable?.id}
        query={paperQuery(params)}
        onExit={() => setStarted(false)}
        questions={paper}
        seed={params.seed}
        code={params.seed}
        name={cleanName(name)}
        minutes={0}
        passMark={80}
        kind="paper"
        title={`统一试卷（试卷码 ${params.seed}）`}
        onFinished={(rec, timedOut) => setResult({ rec, timedOut })}
      />
    );

  const formPaper = paperFor(bank, form).paper;
  const formLink = shareUrl(form);
  return (
    <div>
      <Notices />
      {problems.length > 0 && (
        <div class="pending" role="alert">
          <p>链接中的参数有问题，已改用可用的设置：</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <section class="card" aria-labelledby="paper-h">
        <h2 id="paper-h">本试卷</h2>
        <p data-testid="paper-summary">
          试卷码 <strong>{params.seed}</strong> · {paper.length} 题
          {params.topics.length ? ` · 专题：${params.topics.map((t) => DOMAINS.find((d) => d.slug === t)?.label ?? t).join('、')}` : ''}
          {params.criteria.length ? ` · 限定 ${params.criteria.length} 条条款` : ''}
        </p>
        <p class="muted">
          同一链接打开的试卷题目和顺序完全相同。交卷后会得到一个“成绩码”，把它发给培训讲师。
          {empty && '（所选范围没有题目，已改为全部题库。）'}
        </p>
        <label class="block">
          姓名（写在成绩码里，讲师据此登记）
          <input type="text" value={name} maxLength={12} autoComplete="name" onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          disabled={!cleanName(name)}
          onClick={() => {
            // Other papers in progress are kept; starting this one still asks, so nobody is surprised later.
            const others = open.filter((a) => a.id !== resumable?.id).length;
            if (
              others &&
              !window.confirm(`还有 ${others} 份未交卷的试卷（如模拟考试）。它们会保留，可在练习首页继续。现在开始这份试卷吗？`)
            )
              return;
            setStarted(true);
          }}
        >
          开始答题
        </button>
        {!cleanName(name) && <p class="muted">先填姓名再开始。</p>}
      </section>
      <section class="card" aria-labelledby="builder-h">
        <h2 id="builder-h">讲师：生成统一试卷</h2>
        <label class="block">
          试卷码（字母数字，相同试卷码得到相同试卷）
          <input
            type="text"
            value={form.seed}
            maxLength={40}
            onInput={(e) => setForm({ ...form, seed: e.currentTarget.value.replace(/[^A-Za-z0-9_-]/g, '') || 'default' })}
          />
        </label>
        <label class="block">
          题量（{PAPER_N_MIN}–{PAPER_N_MAX}）
          <input
            type="number"
            min={PAPER_N_MIN}
            max={PAPER_N_MAX}
            value={form.n}
            onInput={(e) =>
              setForm({
                ...form,
                n: Math.min(PAPER_N_MAX, Math.max(PAPER_N_MIN, Number(e.currentTarget.value) || 20)),
              })
            }
          />
        </label>
        <fieldset>
          <legend>专题（不选为全部）</legend>
          {DOMAINS.map((d) => (
            <label class="check" key={d.slug}>
              <input
                type="checkbox"
                checked={form.topics.includes(d.slug)}
                onChange={() =>
                  setForm({
                    ...form,
                    topics: form.topics.includes(d.slug) ? form.topics.filter((t) => t !== d.slug) : [...form.topics, d.slug],
                  })
                }
              />
              {d.label}
            </label>
          ))}
        </fieldset>
        <label class="block">
          试卷链接
          <input type="text" readOnly value={formLink} data-testid="paper-link" onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p class="muted">二维码随上面的设置自动更新，始终对应这条链接。</p>
        <LiveQr text={formLink} label="试卷二维码" />
        <p class="row">
          <a class="button secondary" href={link(routes.practicePaper(paperQuery(form)))}>
            打开这份试卷
          </a>
          <a class="button secondary" href={link(routes.practicePaper(`${paperQuery(form)}&print=1`))}>
            打印版（含答案）
          </a>
          <a class="button secondary" href={link(routes.practiceClass(paperQuery(form)))}>
            收成绩码（班级成绩）
          </a>
        </p>
        <details>
          <summary>预览这份试卷（{formPaper.length} 题）</summary>
          <PaperSheet questions={formPaper} seed={form.seed} />
        </details>
      </section>
    </div>
  );
}

/** The printable A4 paper: name line, questions, a QR to the online paper and the answer key on its own page. */
function PaperPrint({ paper, params, link }: { paper: BankQuestion[]; params: PaperParams; link: string }) {
  return (
    <article class="paper-print">
      <p class="row no-print">
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <a class="button secondary" href={link.replace('&print=1', '')}>
          返回试卷页
        </a>
      </p>
      <header class="paper-head">
        <div>
          <h2>统一试卷 · 试卷码 {params.seed}</h2>
          <p>共 {paper.length} 题，每题分值相同，满分 100 分。</p>
          <p class="fill-line">姓名＿＿＿＿＿＿　单位＿＿＿＿＿＿　日期＿＿＿＿　得分＿＿＿</p>
        </div>
        <figure class="qr">
          <LiveQr text={link} label="在线答题二维码" size={120} />
          <figcaption>扫码在线答题</figcaption>
        </figure>
      </header>
      <PaperSheet questions={paper} seed={params.seed} withKey />
    </article>
  );
}

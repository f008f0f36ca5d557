import { useMemo, useState } from 'preact/hooks';
import { parsePaperParams, paperQuery, PAPER_N_MAX, PAPER_N_MIN, type PaperParams } from '../../lib/paper';
import { drawPaper, filterQuestions } from '../../lib/practice/select';
import { DOMAINS } from '../../lib/taxonomy';
import { useStore } from '@nanostores/preact';
import { $practice, $practiceLoaded, startAttempt } from '../../stores/practice';
import Notices from '../shared/Notices';
import { useMounted } from '../shared/useMounted';
import { useSaved } from '../shared/useSaved';
import ExamRunner from './ExamRunner';
import { useBank } from './useBank';

interface Props {
  base: string;
  /** The site's full URL with base, for building shareable links. */
  siteUrl: string;
}

/** Trainer papers: the same link gives everyone the same questions in the same order; a small form builds the link. */
export default function PaperApp({ base, siteUrl }: Props) {
  const mounted = useMounted();
  const { bank, error } = useBank(base);
  const loaded = useSaved($practiceLoaded);
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const [startError, setStartError] = useState('');
  const [qr, setQr] = useState('');
  const open = useStore($practice).attempts;
  const search = typeof location === 'undefined' ? '' : location.search;
  const known = useMemo(() => new Set((bank ?? []).flatMap((q) => q.criteria)), [bank]);
  const { params, problems } = useMemo(() => parsePaperParams(search, known), [search, known]);
  const [form, setForm] = useState<PaperParams>(params);

  if (!mounted || !loaded || (!bank && !error)) return <p>正在加载题库…</p>;
  if (error || !bank) return <p role="alert">{error}</p>;

  const pool = filterQuestions(bank, { topics: params.topics, criteria: params.criteria });
  const paper = drawPaper(pool.length ? pool : bank, params.n, params.seed);
  const link = `${siteUrl}practice/paper/?${paperQuery(form)}`;
  const makeQr = async () => {
    const { default: QRCode } = await import('qrcode');
    setQr(await QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }));
  };

  const ids = paper.map((q) => q.id);
  const resumable = open.find((a) => a.kind === 'paper' && a.seed === params.seed && a.ids.join() === ids.join());
  const byId = new Map(bank.map((q) => [q.id, q]));
  const start = () => {
    if (resumable) return setAttemptId(resumable.id);
    if (
      open.length &&
      !window.confirm(`还有 ${open.length} 份未交卷的试卷（如模拟考试）。它们会保留，可在练习首页继续。现在开始这份试卷吗？`)
    )
      return;
    const r = startAttempt({ kind: 'paper', seed: params.seed, ids, minutes: 0, passMark: 80 });
    if (r.ok) setAttemptId(r.id);
    else setStartError(r.error);
  };
  if (attemptId)
    return (
      <ExamRunner
        attemptId={attemptId}
        byId={byId}
        base={base}
        title={`统一试卷（试卷码 ${params.seed}）`}
        onExit={() => setAttemptId(null)}
      />
    );

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
          同一链接打开的试卷题目和顺序完全相同。做完后把成绩页上的得分、用时和试卷码给培训讲师看。
          {!pool.length && '（所选范围没有题目，已改为全部题库。）'}
        </p>
        <ol class="paper-preview visually-hidden">
          {paper.map((q) => (
            <li key={q.id} data-qid={q.id}>
              {q.id}
            </li>
          ))}
        </ol>
        <button type="button" onClick={start}>
          {resumable ? `继续答题（已答 ${Object.values(resumable.answers).filter((a) => a.length).length} 题）` : '开始答题'}
        </button>
        {startError && (
          <p role="alert" class="error-text">
            {startError}
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="builder-h">
        <h2 id="builder-h">讲师：生成统一试卷链接</h2>
        <label class="block">
          试卷码（字母数字，相同试卷码得到相同试卷）
          <input
            type="text"
            value={form.seed}
            maxLength={40}
            onInput={(e) =>
              setForm({ ...form, seed: (e.currentTarget as HTMLInputElement).value.replace(/[^A-Za-z0-9_-]/g, '') || 'default' })
            }
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
                n: Math.min(PAPER_N_MAX, Math.max(PAPER_N_MIN, Number((e.currentTarget as HTMLInputElement).value) || 20)),
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
          <input type="text" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </label>
        <p class="row">
          <a class="button secondary" href={`${base}practice/paper/?${paperQuery(form)}`}>
            打开这份试卷
          </a>
          <button type="button" class="secondary" onClick={makeQr}>
            生成二维码
          </button>
        </p>
        {qr && (
          <div class="qr-svg" role="img" aria-label={`二维码：${link}`} style="width:180px" dangerouslySetInnerHTML={{ __html: qr }} />
        )}
      </section>
    </div>
  );
}

import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { localDateTime } from '../../lib/dates';
import type { BankQuestion } from '../../lib/practice/bank';
import { paperCode } from '../../lib/practice/select';
import { isCorrect, scorePaper } from '../../lib/practice/score';
import { answerInAttempt, attempts, discardAttempt, moveInAttempt, submitAttempt, type ExamRecord } from '../../stores/practice';
import QuestionCard from './QuestionCard';

interface Props {
  /** The attempt in progress (stored, so a reload or a second tab continues it). */
  attemptId: string;
  /** Questions by id; ids that left the bank are skipped. */
  byId: ReadonlyMap<string, BankQuestion>;
  base: string;
  title: string;
  onExit: () => void;
}

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** A timed paper: answer in any order, submit (or time runs out), then score, pass/fail, time, paper code and review. */
export default function ExamRunner({ attemptId, byId, base, title, onExit }: Props) {
  const attempt = useStore(attempts.$items)[attemptId];
  const [now, setNow] = useState(() => Date.now());
  const [result, setResult] = useState<{ rec: ExamRecord; questions: BankQuestion[] } | null>(null);
  // The question shown is this tab's own (a second tab on the same paper does not move it); the stored one resumes.
  const [shown, setShown] = useState(() => attempt?.index ?? 0);
  const go = (i: number) => {
    setShown(i);
    moveInAttempt(attemptId, i);
  };
  const questions = attempt ? attempt.ids.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q) : [];
  const minutes = attempt?.minutes ?? 0;
  const elapsed = attempt ? Math.floor((now - attempt.startedAt) / 1000) : 0;
  const left = minutes ? minutes * 60 - elapsed : Infinity;

  const finish = () => {
    if (!attempt) return;
    const r = scorePaper(questions, attempt.answers, attempt.passMark);
    const at = new Date();
    const rec: ExamRecord = {
      // Derived from the attempt, so two tabs submitting the same paper keep one history entry.
      id: `ex-${attemptId.replace(/^at-/, '')}`,
      at: at.toISOString(),
      kind: attempt.kind,
      seed: attempt.seed,
      code: paperCode(attempt.seed, attempt.ids),
      questionIds: questions.map((q) => q.id),
      answers: attempt.answers,
      score: r.score,
      passed: r.passed,
      passMark: attempt.passMark,
      seconds: Math.min(elapsed, minutes ? minutes * 60 : elapsed),
    };
    submitAttempt(
      attemptId,
      rec,
      questions.map((q) => ({ id: q.id, correct: isCorrect(q, attempt.answers[q.id] ?? []) })),
      at,
    );
    setResult({ rec, questions });
    window.scrollTo(0, 0);
  };

  // The score is shown at once; the review of every question (up to 100 cards) follows a frame later.
  const [reviewReady, setReviewReady] = useState(false);
  useEffect(() => {
    if (!result) return;
    const t = setTimeout(() => setReviewReady(true), 50);
    return () => clearTimeout(t);
  }, [result]);
  useEffect(() => {
    if (result || !attempt) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [result, !attempt]);
  useEffect(() => {
    if (!result && attempt && left <= 0) finish();
  }, [left <= 0]);

  if (result) {
    const r = scorePaper(result.questions, result.rec.answers, result.rec.passMark);
    return (
      <section aria-labelledby="result-h">
        <h2 id="result-h">{title}：成绩</h2>
        <div class={r.passed ? 'note' : 'danger-box'} role="status">
          <p class="score">
            得分 <strong data-testid="score">{r.score}</strong> 分（答对 {r.correct}/{r.total}，合格线 {result.rec.passMark} 分）：
            <strong>{r.passed ? '合格' : '不合格'}</strong>
          </p>
          <p>
            用时 {fmt(result.rec.seconds)} · 试卷码 <strong data-testid="paper-code">{result.rec.code}</strong> ·{' '}
            {localDateTime(result.rec.at)}
          </p>
        </div>
        <p class="row">
          <button type="button" onClick={onExit}>
            返回
          </button>
        </p>
        <h3>逐题回顾</h3>
        {!reviewReady && <p class="muted">正在整理逐题回顾…</p>}
        {reviewReady &&
          result.questions.map((q, i) => (
            <QuestionCard
              key={q.id}
              q={q}
              seed={result.rec.seed}
              base={base}
              position={`第${i + 1}题`}
              review
              chosen={result.rec.answers[q.id] ?? []}
            />
          ))}
      </section>
    );
  }

  if (!attempt)
    return (
      <section aria-label={title}>
        <p role="status">这份试卷已在另一个标签页交卷或放弃，成绩见练习首页的“历史考试”。</p>
        <button type="button" onClick={onExit}>
          返回
        </button>
      </section>
    );

  if (!questions.length)
    return (
      <section aria-label={title}>
        <p role="alert">这份试卷的题目已全部随题库更新而移除，无法继续作答。已答的内容不计成绩。</p>
        <p class="row">
          <button
            type="button"
            onClick={() => {
              discardAttempt(attemptId);
              onExit();
            }}
          >
            放弃这份试卷
          </button>
          <button type="button" class="secondary" onClick={onExit}>
            返回
          </button>
        </p>
      </section>
    );

  const index = Math.min(Math.max(0, shown), questions.length - 1);
  const q = questions[index]!;
  const answers = attempt.answers;
  const unanswered = questions.filter((x) => !answers[x.id]?.length).length;
  const removed = attempt.ids.length - questions.length;
  const code = paperCode(attempt.seed, attempt.ids);
  const submit = () => (unanswered === 0 || window.confirm(`还有 ${unanswered} 题未答，确定交卷？`)) && finish();
  return (
    <section aria-label={title}>
      <p class="exam-bar row" role="timer" aria-live="off">
        <strong>{title}</strong>
        <span>{minutes ? `剩余 ${fmt(Math.max(0, left))}` : `用时 ${fmt(elapsed)}`}</span>
        <span>
          已答 {questions.length - unanswered}/{questions.length}
        </span>
        <span>试卷码 {code}</span>
      </p>
      {removed > 0 && (
        <p class="pending">
          有 {removed} 题已随题库更新移除，按其余 {questions.length} 题计分。
        </p>
      )}
      <QuestionCard
        key={q.id}
        q={q}
        seed={attempt.seed}
        base={base}
        position={`第${index + 1}题 / 共${questions.length}题`}
        exam
        chosen={answers[q.id] ?? []}
        // Saved in the tap itself, not in an effect: a reload straight after must keep it (seen in CI).
        onChange={(c) => answerInAttempt(attemptId, q.id, c)}
      />
      <nav class="pager" aria-label="翻题">
        <button type="button" class="secondary" disabled={index === 0} onClick={() => go(index - 1)}>
          ‹ 上一题
        </button>
        {index < questions.length - 1 ? (
          <button type="button" onClick={() => go(index + 1)}>
            下一题 ›
          </button>
        ) : (
          <button type="button" onClick={submit}>
            交卷
          </button>
        )}
      </nav>
      <details>
        <summary>答题卡</summary>
        <ol class="sheet">
          {questions.map((x, i) => (
            <li key={x.id}>
              <button
                type="button"
                class={`small ${answers[x.id]?.length ? '' : 'secondary'}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
                aria-label={`第${i + 1}题${answers[x.id]?.length ? '（已答）' : '（未答）'}`}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" class="secondary" onClick={submit}>
          交卷
        </button>
      </details>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { paperCode } from '../../lib/practice/select';
import { isCorrect, scorePaper } from '../../lib/practice/score';
import { recordAnswer, saveExam, saveExamProgress } from '../../stores/practice';
import type { ExamProgress, ExamRecord } from '../../stores/practice-schema';
import QuestionCard from './QuestionCard';

interface Props {
  questions: BankQuestion[];
  seed: string;
  /** Time limit in minutes; 0 = no limit. */
  minutes: number;
  passMark: number;
  kind: 'exam' | 'paper';
  base: string;
  title: string;
  onExit: () => void;
  /** A paper in progress to continue (same questions, answers, position and start time). */
  resume?: ExamProgress | null | undefined;
}

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** A timed paper: answer in any order, submit (or time runs out), then score, pass/fail, time, paper code and review. */
export default function ExamRunner({ questions, seed, minutes, passMark, kind, base, title, onExit, resume }: Props) {
  const [answers, setAnswers] = useState<Record<string, number[]>>(() => resume?.answers ?? {});
  const [index, setIndex] = useState(() => Math.min(resume?.index ?? 0, Math.max(0, questions.length - 1)));
  const [startedAt] = useState(() => resume?.startedAt ?? Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [result, setResult] = useState<ExamRecord | null>(null);
  const code = paperCode(
    seed,
    questions.map((q) => q.id),
  );
  const elapsed = Math.floor((now - startedAt) / 1000);
  const left = minutes ? minutes * 60 - elapsed : Infinity;

  const finish = () => {
    const r = scorePaper(questions, answers, passMark);
    const at = new Date();
    questions.forEach((q) => recordAnswer(q.id, isCorrect(q, answers[q.id] ?? []), at));
    const rec: ExamRecord = {
      id: `ex-${at.getTime().toString(36)}`,
      at: at.toISOString(),
      kind,
      seed,
      code,
      questionIds: questions.map((q) => q.id),
      answers,
      score: r.score,
      passed: r.passed,
      passMark,
      seconds: Math.min(elapsed, minutes ? minutes * 60 : elapsed),
    };
    saveExam(rec);
    setResult(rec);
    window.scrollTo(0, 0);
  };

  // Keep the paper in progress, so a call or a reload does not lose it. Saved in the event handlers, not in an
  // effect: effects run after paint, and a reload right after a tap would otherwise lose the last answer (seen in CI).
  const keep = (a: Record<string, number[]>, i: number) =>
    saveExamProgress({ kind, seed, ids: questions.map((q) => q.id), answers: a, index: i, startedAt, minutes, passMark });
  const answer = (id: string, chosen: number[]) => {
    const next = { ...answers, [id]: chosen };
    setAnswers(next);
    keep(next, index);
  };
  const go = (i: number) => {
    setIndex(i);
    keep(answers, i);
  };
  // Record the paper as started, so it can be resumed even before the first answer.
  useEffect(() => keep(answers, index), []);

  useEffect(() => {
    if (result) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [result]);
  useEffect(() => {
    if (!result && left <= 0) finish();
  }, [left <= 0]);

  if (result) {
    const r = scorePaper(questions, result.answers, passMark);
    return (
      <section aria-labelledby="result-h">
        <h2 id="result-h">{title}：成绩</h2>
        <div class={r.passed ? 'note' : 'danger-box'} role="status">
          <p class="score">
            得分 <strong data-testid="score">{r.score}</strong> 分（答对 {r.correct}/{r.total}，合格线 {passMark} 分）：
            <strong>{r.passed ? '合格' : '不合格'}</strong>
          </p>
          <p>
            用时 {fmt(result.seconds)} · 试卷码 <strong data-testid="paper-code">{code}</strong> ·{' '}
            {result.at.slice(0, 16).replace('T', ' ')}
          </p>
        </div>
        <p class="row">
          <button type="button" onClick={onExit}>
            返回
          </button>
        </p>
        <h3>逐题回顾</h3>
        {questions.map((q, i) => (
          <QuestionCard key={q.id} q={q} seed={seed} base={base} position={`第${i + 1}题`} review chosen={result.answers[q.id] ?? []} />
        ))}
      </section>
    );
  }

  const q = questions[index]!;
  const unanswered = questions.filter((x) => !answers[x.id]?.length).length;
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
      <QuestionCard
        key={q.id}
        q={q}
        seed={seed}
        base={base}
        position={`第${index + 1}题 / 共${questions.length}题`}
        exam
        chosen={answers[q.id] ?? []}
        onChange={(c) => answer(q.id, c)}
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
          <button type="button" onClick={() => (unanswered === 0 || window.confirm(`还有 ${unanswered} 题未答，确定交卷？`)) && finish()}>
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
        <button
          type="button"
          class="secondary"
          onClick={() => (unanswered === 0 || window.confirm(`还有 ${unanswered} 题未答，确定交卷？`)) && finish()}
        >
          交卷
        </button>
      </details>
    </section>
  );
}

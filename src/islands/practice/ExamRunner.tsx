import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { paperCode } from '../../lib/practice/select';
import { isCorrect, scorePaper } from '../../lib/practice/score';
import {
  answerInAttempt,
  attempts,
  discardAttempt,
  flagInAttempt,
  moveInAttempt,
  startAttempt,
  submitAttempt,
  type ExamRecord,
} from '../../stores/practice';
import { useLatest } from '../shared/useLatest';
import AnswerSheet from './AnswerSheet';
import QuestionCard from './QuestionCard';

interface Props {
  questions: BankQuestion[];
  seed: string;
  /** Time limit in minutes; 0 = no limit. */
  minutes: number;
  passMark: number;
  kind: 'exam' | 'paper';
  title: string;
  /** The code shown as 试卷码 (a trainer paper's own code; for a mock exam the fingerprint of its questions). */
  code?: string;
  /** 考场模式: an answered question cannot be revisited once the user moves on. */
  strict?: boolean;
  /** Trainee name (trainer papers). */
  name?: string;
  /** A trainer paper's link parameters, kept with the attempt so the practice home can reopen it. */
  query?: string;
  /** Called once the paper is scored and saved; `timedOut` when the time ran out. */
  onFinished: (record: ExamRecord, timedOut: boolean) => void;
  /** The stored attempt to continue (same questions, answers, position and start time); absent = start one. */
  attemptId?: string | undefined;
  /** Leaves without submitting (the paper stays stored). */
  onExit?: () => void;
}

export const fmtTime = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
/** Warnings before the end, in seconds left: 5 minutes and 1 minute, as an invigilator would call them. */
const WARN_AT = [300, 60];

/** A timed paper: answer in any order (or forward only in 考场模式), flag questions, submit or run out of time. */
export default function ExamRunner(props: Props) {
  const { questions, seed, minutes, passMark, kind, title } = props;
  const stored = useStore(attempts.$items);
  const [attemptId, setAttemptId] = useState<string | null>(props.attemptId ?? null);
  const [startError, setStartError] = useState('');
  const attempt = attemptId ? stored[attemptId] : undefined;
  const strict = attempt?.strict ?? props.strict ?? false;
  const name = attempt?.name ?? props.name;
  // Answers and flags are read from the stored attempt, so a second tab on the same paper shows them too.
  const answers = attempt?.answers ?? {};
  const flagged = attempt?.flagged ?? [];
  // The question shown is this tab's own; the stored index is where a reload resumes.
  const [index, setIndex] = useState(() => Math.min(attempt?.index ?? 0, Math.max(0, questions.length - 1)));
  const [mountedAt] = useState(() => Date.now());
  const startedAt = attempt?.startedAt ?? mountedAt;
  const [now, setNow] = useState(() => Date.now());
  const [done, setDone] = useState(false);
  const ids = questions.map((q) => q.id);
  /** The stored attempt's id, starting it if this paper has none yet. */
  const ensure = (): string | null => {
    if (attemptId) return attemptId;
    const r = startAttempt({
      kind,
      seed,
      ids,
      minutes,
      passMark,
      strict,
      ...(name ? { name } : {}),
      ...(props.query ? { query: props.query } : {}),
    });
    if (!r.ok) {
      setStartError(r.error);
      return null;
    }
    setAttemptId(r.id);
    return r.id;
  };
  const code = props.code ?? paperCode(seed, ids);
  const elapsed = Math.floor((now - startedAt) / 1000);
  const left = minutes ? minutes * 60 - elapsed : Infinity;
  // Only warnings still ahead at the start count: a 3-minute paper gets the 1-minute warning only.
  const warning = minutes ? WARN_AT.filter((w) => w < minutes * 60 && left <= w).pop() : undefined;

  const finish = (timedOut: boolean) => {
    if (done) return;
    setDone(true);
    const r = scorePaper(questions, answers, passMark);
    const at = new Date();
    const rec: ExamRecord = {
      // Derived from the attempt, so two tabs submitting the same paper keep one history entry.
      id: attemptId ? `ex-${attemptId.replace(/^at-/, '')}` : `ex-${at.getTime().toString(36)}`,
      at: at.toISOString(),
      kind,
      seed,
      code,
      questionIds: ids,
      answers,
      score: r.score,
      passed: r.passed,
      passMark,
      seconds: Math.min(elapsed, minutes ? minutes * 60 : elapsed),
      ...(name ? { name } : {}),
      ...(flagged.length ? { flagged } : {}),
    };
    // One write: the exam, every question's progress and the end of the attempt.
    submitAttempt(
      attemptId,
      rec,
      questions.map((q) => ({ id: q.id, correct: isCorrect(q, answers[q.id] ?? []) })),
      at,
    );
    props.onFinished(rec, timedOut);
  };

  // Saved in the tap itself, not in an effect: a reload straight after must keep it (seen in CI).
  const answer = (id: string, chosen: number[]) => {
    const a = ensure();
    if (a) answerInAttempt(a, id, chosen);
  };
  const answered = (i: number) => {
    const id = ids[i];
    return id !== undefined && !!answers[id]?.length;
  };
  const locked = (i: number) => strict && i !== index && answered(i);
  const go = (i: number) => {
    if (locked(i)) return;
    setIndex(i);
    const a = ensure();
    if (a) moveInAttempt(a, i);
  };
  const flag = (id: string) => {
    const a = ensure();
    if (a) flagInAttempt(a, flagged.includes(id) ? flagged.filter((x) => x !== id) : [...flagged, id]);
  };
  // Record the paper as started, so it can be resumed even before the first answer (once, on mount).
  const ensureNow = useLatest(ensure);
  useEffect(() => {
    ensureNow.current();
  }, [ensureNow]);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  // Time up: submit once when the clock reaches zero (or the attempt appears with no time left), not on every tick.
  const timeUp = left <= 0;
  const started = !!attempt;
  const finishNow = useLatest(finish);
  useEffect(() => {
    if (timeUp && started) finishNow.current(true);
  }, [timeUp, started, finishNow]);

  if (startError) return <p role="alert">{startError}</p>;
  if (attemptId && !attempt && !done)
    return (
      <section aria-label={title}>
        <p role="status">这份试卷已在另一个标签页交卷或放弃，成绩见练习首页的“历史考试”。</p>
        {props.onExit && (
          <button type="button" onClick={props.onExit}>
            返回
          </button>
        )}
      </section>
    );
  // The index stays inside the paper (clamped at the start, moved only to existing questions): no question means none left.
  const q = questions[index] ?? questions[0];
  if (!q)
    return (
      <section aria-label={title}>
        <p role="alert">这份试卷的题目已全部随题库更新而移除，无法继续作答。已答的内容不计成绩。</p>
        <p class="row">
          <button
            type="button"
            onClick={() => {
              if (attemptId) discardAttempt(attemptId);
              props.onExit?.();
            }}
          >
            放弃这份试卷
          </button>
        </p>
      </section>
    );

  const unanswered = questions.filter((x) => !answers[x.id]?.length).length;
  const submit = () => (unanswered === 0 || window.confirm(`还有 ${unanswered} 题未答，确定交卷？`)) && finish(false);
  return (
    <section aria-label={title}>
      <p class="exam-bar" role="timer" aria-live="off">
        <strong title={title}>{title}</strong>
        <span class={warning ? 'time-low' : ''}>{minutes ? `剩余 ${fmtTime(Math.max(0, left))}` : `用时 ${fmtTime(elapsed)}`}</span>
        <span>
          已答 {questions.length - unanswered}/{questions.length}
        </span>
        <span>试卷码 {code}</span>
      </p>
      <div aria-live="assertive" class="time-warning-slot">
        {warning && (
          <p class="danger-box time-warning" data-testid="time-warning">
            还剩不到 {warning / 60} 分钟，时间到会自动交卷。{unanswered ? `还有 ${unanswered} 题未答。` : ''}
          </p>
        )}
      </div>
      {strict && <p class="muted">考场模式：答过的题离开后不能再改，和现场手机考试一样。</p>}
      <QuestionCard
        key={q.id}
        q={q}
        seed={seed}
        position={`第${index + 1}题 / 共${questions.length}题`}
        exam
        focusOnMount
        chosen={answers[q.id] ?? []}
        onChange={(c) => answer(q.id, c)}
        extra={
          <button type="button" class="secondary small" aria-pressed={flagged.includes(q.id)} onClick={() => flag(q.id)}>
            {flagged.includes(q.id) ? '已标记' : '标记本题'}
          </button>
        }
      />
      <nav class="pager" aria-label="翻题">
        <button type="button" class="secondary" disabled={index === 0 || locked(index - 1)} onClick={() => go(index - 1)}>
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
      <details class="sheet-box">
        <summary>答题卡</summary>
        <AnswerSheet
          cells={questions.map((x, i) => ({ id: x.id, state: answered(i) ? 'answered' : 'open', flagged: flagged.includes(x.id) }))}
          current={index}
          onGo={go}
          locked={locked}
        />
        <button type="button" class="secondary" onClick={submit}>
          交卷
        </button>
      </details>
    </section>
  );
}

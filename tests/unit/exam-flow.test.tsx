import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import QuestionCard from '../../src/islands/practice/QuestionCard';
import type { ExamRecord } from '../../src/stores/practice';
import { bq } from '../fixtures/bank-questions';
import { newDevice, openTab } from './stores/device';

const qs = [bq('q-1'), bq('q-2'), bq('q-3')];
interface Progress {
  startedAt?: number;
  answers?: Record<string, number[]>;
  index?: number;
}

/** Stores an exam in progress as a user would have left it, then opens it, as a reload would. */
async function run(p: Progress, onFinished: (r: ExamRecord, t: boolean) => void = () => {}, strict = false) {
  const t = await openTab();
  const a = t.pr.startAttempt(
    { kind: 'exam', seed: 's1', ids: qs.map((q) => q.id), minutes: 10, passMark: 80, strict },
    p.startedAt ?? Date.now(),
  );
  if (!a.ok) throw new Error(a.error);
  for (const [id, c] of Object.entries(p.answers ?? {})) t.pr.answerInAttempt(a.id, id, c);
  if (p.index) t.pr.moveInAttempt(a.id, p.index);
  const { default: ExamRunner } = await import('../../src/islands/practice/ExamRunner');
  return render(
    <ExamRunner
      questions={qs}
      seed="s1"
      minutes={10}
      passMark={80}
      kind="exam"
     
      title="模拟考试"
      strict={strict}
      attemptId={a.id}
      onFinished={onFinished}
    />,
  );
}

beforeEach(newDevice);

describe('exam timing', () => {
  afterEach(cleanup);

  it('warns with 5 minutes left', async () => {
    await run({ startedAt: Date.now() - (600 - 290) * 1000 });
    expect(screen.getByTestId('time-warning').textContent).toContain('还剩不到 5 分钟');
  });

  it('warns again with 1 minute left', async () => {
    await run({ startedAt: Date.now() - (600 - 50) * 1000 });
    expect(screen.getByTestId('time-warning').textContent).toContain('还剩不到 1 分钟');
  });

  it('gives no warning with time to spare', async () => {
    await run({});
    expect(screen.queryByTestId('time-warning')).toBeNull();
  });

  it('submits by itself when the time is up and says so to the caller', async () => {
    let got: [ExamRecord, boolean] | undefined;
    await run({ startedAt: Date.now() - 601 * 1000, answers: { 'q-1': [1] } }, (r, t) => (got = [r, t]));
    await waitFor(() => expect(got).toBeDefined());
    expect(got![1]).toBe(true);
    expect(got![0].score).toBe(33);
    expect(got![0].seconds).toBe(600);
  });
});

describe('考场模式', () => {
  afterEach(cleanup);

  it('does not let the user go back to an answered question', async () => {
    await run({ answers: { 'q-1': [1] }, index: 1 }, undefined, true);
    expect(screen.getByRole('button', { name: '‹ 上一题' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: /第1题（已答）/ })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: /第3题（未答）/ })).toHaveProperty('disabled', false);
  });

  it('lets the user go back in the normal mode', async () => {
    await run({ answers: { 'q-1': [1] }, index: 1 });
    expect(screen.getByRole('button', { name: '‹ 上一题' })).toHaveProperty('disabled', false);
  });
});

describe('one-tap answers', () => {
  afterEach(() => cleanup());

  it('answers a single-choice question with one tap, no submit button', () => {
    let result: boolean | undefined;
    render(<QuestionCard q={bq('q-t')} seed="s" position="第1题" onAnswer={(c) => (result = c)} />);
    expect(screen.queryByRole('button', { name: '提交答案' })).toBeNull();
    fireEvent.click(screen.getByLabelText(/乙/));
    expect(result).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('回答正确');
  });

  it('shows the answer at once in 背题模式', () => {
    render(<QuestionCard q={bq('q-t')} seed="s" position="第1题" study />);
    expect(screen.getByRole('status').textContent).toContain('背题');
    expect(screen.getByLabelText(/乙/)).toHaveProperty('checked', true);
  });
});

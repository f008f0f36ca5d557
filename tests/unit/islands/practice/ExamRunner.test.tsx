import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { BankQuestion } from '../../../../src/lib/practice/bank';
import type { ExamRecord } from '../../../../src/stores/practice';
import { bq } from '../../../fixtures/bank-questions';
import { newDevice, openTab } from '../../stores/device';
import { must } from '../../../must';

const question = (id: string): BankQuestion => ({
  id,
  type: 'single',
  stem: `题干 ${id}`,
  options: ['甲', '乙', '丙'],
  answer: [0],
  explanation: '说明',
  criteria: [],
  topics: ['law'],
  clauses: [],
  difficulty: 1,
  appliesTo: {},
});

describe('mock exam in progress', () => {
  beforeEach(newDevice);
  afterEach(cleanup);

  // A reload right after a tap must not lose the answer: the write has to be handed to the database in the same task
  // as the tap, before Preact re-renders or runs effects (CI once reloaded in between and lost the second answer).
  it('hands an answer and the position to the database synchronously, in the tap itself', async () => {
    const t = await openTab();
    const { default: ExamRunner } = await import('../../../../src/islands/practice/ExamRunner');
    const qs = [question('q-x-1'), question('q-x-2')];
    const a = t.pr.startAttempt({ kind: 'exam', seed: 's1', ids: qs.map((q) => q.id), minutes: 20, passMark: 80 });
    if (!a.ok) throw new Error(a.error);
    await t.vault.settled();
    const written: unknown[] = [];
    const b = must(t.vault.store);
    const real = b.write.bind(b);
    b.write = (puts, deletes) => {
      written.push(...puts.map((p) => p.data));
      return real(puts, deletes);
    };
    const { container, getByRole } = render(
      <ExamRunner
        questions={qs}
        seed="s1"
        minutes={20}
        passMark={80}
        kind="exam"
        title="模拟考试"
        attemptId={a.id}
        onFinished={() => {}}
      />,
    );
    const radio = must(container.querySelector<HTMLInputElement>('label.option input'));
    radio.checked = true;
    // Dispatched natively, outside act(), so no render or effect is flushed before the assertion.
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ ids: ['q-x-1', 'q-x-2'], answers: { 'q-x-1': [expect.any(Number)] } });

    getByRole('button', { name: '下一题 ›' }).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(written[1]).toMatchObject({ index: 1 });
    await t.vault.settled();
    expect((await openTab()).pr.attempts.$items.get()[a.id]).toMatchObject({ index: 1, answers: { 'q-x-1': [expect.any(Number)] } });
  });
});

// Timing and 考场模式, on an exam in progress stored as a user would have left it.
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
  const { default: ExamRunner } = await import('../../../../src/islands/practice/ExamRunner');
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

describe('exam timing', () => {
  beforeEach(newDevice);
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
    expect(must(got)[1]).toBe(true);
    expect(must(got)[0].score).toBe(33);
    expect(must(got)[0].seconds).toBe(600);
  });
});

describe('考场模式', () => {
  beforeEach(newDevice);
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

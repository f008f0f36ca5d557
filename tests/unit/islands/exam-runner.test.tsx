import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import type { BankQuestion } from '../../../src/lib/practice/bank';
import { newDevice, openTab } from '../stores/device';

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
    const { default: ExamRunner } = await import('../../../src/islands/practice/ExamRunner');
    const qs = [question('q-x-1'), question('q-x-2')];
    const a = t.pr.startAttempt({ kind: 'exam', seed: 's1', ids: qs.map((q) => q.id), minutes: 20, passMark: 80 });
    if (!a.ok) throw new Error(a.error);
    await t.vault.settled();
    const written: unknown[] = [];
    const b = t.vault.store!;
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
    const radio = container.querySelector<HTMLInputElement>('label.option input')!;
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

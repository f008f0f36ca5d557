import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import ExamRunner from '../../src/islands/practice/ExamRunner';
import type { BankQuestion } from '../../src/lib/practice/bank';

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

const stored = () => JSON.parse(localStorage.getItem('gmaq:practice') ?? 'null')?.data?.exam;

describe('mock exam in progress', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  // A reload right after a tap must not lose the answer: the save has to happen in the same task as the tap,
  // before Preact re-renders or runs effects (CI once reloaded in between and lost the second answer).
  it('saves an answer and the position synchronously, in the tap itself', () => {
    const qs = [question('q-x-1'), question('q-x-2')];
    const { container, getByRole } = render(
      <ExamRunner questions={qs} seed="s1" minutes={20} passMark={80} kind="exam" base="/" title="模拟考试" onFinished={() => {}} />,
    );
    const radio = container.querySelector<HTMLInputElement>('label.option input')!;
    radio.checked = true;
    // Dispatched natively, outside act(), so no render or effect is flushed before the assertion.
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    const saved = stored();
    expect(saved.ids).toEqual(['q-x-1', 'q-x-2']);
    expect(Object.keys(saved.answers)).toEqual(['q-x-1']);
    expect(saved.answers['q-x-1']).toHaveLength(1);

    getByRole('button', { name: '下一题 ›' }).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(stored().index).toBe(1);
  });
});

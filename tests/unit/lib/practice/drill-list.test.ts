import { describe, expect, it } from 'vitest';
import { drillList, type DrillContext } from '../../../../src/lib/practice/drill-list';
import { bq } from '../../../fixtures/bank-questions';
import { must } from '../../../must';

const bank = Array.from({ length: 30 }, (_, i) =>
  bq(`q${i}`, i < 5 ? { criteria: ['a11-2'], topics: ['dust'], appliesTo: { specials: ['dust'] } } : {}),
);
const ctx: DrillContext = {
  bank,
  pool: bank.slice(5),
  wrongIds: ['q7', 'gone'],
  dueIds: [],
  favIds: [],
  hardIds: ['q9'],
  examWrong: (id) => (id === 'ex-1' ? ['q3', 'q8'] : undefined),
  topicLabel: (t) => `专题${t}`,
};

describe('drill lists', () => {
  it('gives a criterion drill every question on it, whatever the profile pool', () => {
    expect(drillList({ kind: 'criterion', criterion: 'a11-2', i: 0 }, ctx)?.list.map((q) => q.id)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
  });
  it('draws the same 20 random questions from the pool for the same seed', () => {
    const a = must(drillList({ kind: 'random', seed: 'x', i: 0 }, ctx)).list;
    expect(a).toHaveLength(20);
    expect(a.every((q) => ctx.pool.includes(q))).toBe(true);
    expect(must(drillList({ kind: 'random', seed: 'x', i: 5 }, ctx)).list).toEqual(a);
  });
  it('drills the wrong questions of a saved exam, and nothing for an unknown one', () => {
    expect(drillList({ kind: 'retry', exam: 'ex-1', i: 0 }, ctx)?.list.map((q) => q.id)).toEqual(['q3', 'q8']);
    expect(drillList({ kind: 'retry', exam: 'ex-2', i: 0 }, ctx)?.list).toEqual([]);
  });
  it('skips ids no longer in the bank and is undefined for views that are not drills', () => {
    expect(drillList({ kind: 'wrong', i: 0 }, ctx)?.list.map((q) => q.id)).toEqual(['q7']);
    expect(drillList({ kind: 'topic', topic: 'dust', i: 0 }, ctx)?.title).toBe('专项练习：专题dust');
    expect(drillList({ kind: 'exam', seed: 's' }, ctx)).toBeUndefined();
  });
});

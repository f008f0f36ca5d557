import { describe, expect, it } from 'vitest';
import { keyPoints, topicCounts } from '../../../../src/lib/practice/pick';
import { bq } from '../../../fixtures/bank-questions';

describe('keyPoints', () => {
  it('cuts a model answer into its points (at most six)', () => {
    const q = bq('q-o', { modelAnswer: '设置泄爆；惰化。抑爆;' });
    expect(keyPoints(q)).toEqual(['设置泄爆', '惰化', '抑爆']);
    expect(keyPoints(bq('q-l', { modelAnswer: '一一；二二；三三；四四；五五；六六；七七' }))).toHaveLength(6);
  });

  it('states a judge question as its right option with the explanation', () => {
    const q = bq('q-j', { type: 'judge', options: ['正确', '错误'], answer: [1], explanation: '应当设置' });
    expect(keyPoints(q)).toEqual(['错误：应当设置']);
  });

  it('lists the right options of a choice question', () => {
    expect(keyPoints(bq('q-m', { type: 'multiple', answer: [0, 2] }))).toEqual(['甲', '丙']);
  });
});

describe('topicCounts', () => {
  it('counts questions per topic in the given order and leaves out empty topics', () => {
    const pool = [bq('a', { topics: ['dust'] }), bq('b', { topics: ['dust', 'law'] }), bq('c', { topics: ['law'] })];
    expect(topicCounts(pool, ['law', 'gas', 'dust'])).toEqual([
      { topic: 'law', count: 2 },
      { topic: 'dust', count: 2 },
    ]);
  });
});

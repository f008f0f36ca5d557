import { describe, expect, it } from 'vitest';
import { articleScores, examTrend, topicAccuracy, topicScores } from '../../../../src/lib/practice/analysis';
import { hardIds, keyPoints, oralPick, relevanceOrder, rolePool, spotPick, topicCounts } from '../../../../src/lib/practice/pick';
import { EMPTY_PROFILE } from '../../../../src/lib/applicability';
import { bq } from '../../../fixtures/bank-questions';
import { must } from '../../../must';

const paper = [
  bq('m1', { criteria: ['a4-1'], topics: ['metallurgy'] }),
  bq('m2', { criteria: ['a4-2'], topics: ['metallurgy'] }),
  bq('d1', { criteria: ['a11-1'], topics: ['dust'] }),
  bq('l1', { criteria: [], topics: ['law'] }),
];
// Right: m1, d1; wrong: m2; blank: l1.
const answers = { m1: [1], m2: [0], d1: [1] };

describe('scores per topic and per article', () => {
  it('scores each topic of a paper, weakest first, blanks counted wrong', () => {
    expect(topicScores(paper, answers)).toEqual([
      { key: 'law', right: 0, total: 1, score: 0 },
      { key: 'metallurgy', right: 1, total: 2, score: 50 },
      { key: 'dust', right: 1, total: 1, score: 100 },
    ]);
  });

  it('scores each article, counting a question once per article', () => {
    const two = [...paper, bq('m3', { criteria: ['a4-1', 'a4-3'], topics: ['metallurgy'] })];
    const s = articleScores(two, { ...answers, m3: [1] });
    expect(s.find((g) => g.key === 'a4')).toEqual({ key: 'a4', right: 2, total: 3, score: 67 });
    expect(s.find((g) => g.key === 'law')).toMatchObject({ total: 1, score: 0 });
  });

  it('computes accuracy per topic over all answers, unpractised last', () => {
    const rows = topicAccuracy(paper, { m1: { n: 4, right: 3 }, d1: { n: 2, right: 2 } });
    expect(rows.map((r) => [r.topic, r.seen, r.rate])).toEqual([
      ['metallurgy', 1, 75],
      ['dust', 1, 100],
      ['law', 0, null],
    ]);
  });

  it('gives the trend oldest first', () => {
    const h = [
      { score: 90, at: '2026-11-03', passed: true },
      { score: 70, at: '2026-11-02', passed: false },
    ];
    expect(examTrend(h).map((x) => x.score)).toEqual([70, 90]);
  });
});

describe('selection for the practice modes', () => {
  const al = { ...EMPTY_PROFILE, industries: ['nonferrous' as const] };
  const bank = [
    bq('t1', { criteria: ['a10-1'], topics: ['tobacco'], appliesTo: {} }),
    bq('g1', { criteria: ['a3-1'], topics: ['management'], appliesTo: {} }),
    bq('n2', { criteria: ['a5-2'], topics: ['nonferrous'], appliesTo: { industries: ['nonferrous'] } }),
    bq('n1', { criteria: ['a5-1'], topics: ['nonferrous'], appliesTo: { industries: ['nonferrous'] } }),
  ];

  it('puts an aluminium plant’s own industry first, then general questions in criterion order', () => {
    expect(relevanceOrder(bank, al).map((q) => q.id)).toEqual(['n1', 'n2', 'g1', 't1']);
    expect(relevanceOrder(bank, null).map((q) => q.id)).toEqual(['g1', 'n1', 'n2', 't1']);
  });

  it('lists only topics that have questions', () => {
    expect(topicCounts(bank.slice(1), ['ammonia', 'nonferrous', 'management'])).toEqual([
      { topic: 'nonferrous', count: 2 },
      { topic: 'management', count: 1 },
    ]);
  });

  it('picks a spot-check of 3–5 from the own industry plus a general question, the same for a seed', () => {
    const s = spotPick(bank, al, 'x', 3);
    expect(s).toHaveLength(3);
    expect(s.slice(0, 2).every((q) => q.topics.includes('nonferrous'))).toBe(true);
    expect(spotPick(bank, al, 'x', 3)).toEqual(s);
    expect(spotPick(bank, al, 'x', 9)).toHaveLength(4);
  });

  it('puts due cards first in the oral drill', () => {
    expect(must(oralPick(bank, ['g1'], 's', 2)[0]).id).toBe('g1');
  });

  it('leaves site checks out of the principal set', () => {
    const qs = [bq('a', { angle: 'detail' }), bq('b', { type: 'scenario' }), bq('c', { angle: 'duty' })];
    expect(rolePool(qs, 'principal').map((q) => q.id)).toEqual(['c']);
    expect(rolePool(qs, 'manager')).toHaveLength(3);
  });

  it('builds the 易错 set from the user’s own mistakes, worst first', () => {
    const answered = {
      a: { n: 2, right: 1, at: '2026-11-01' },
      b: { n: 3, right: 0, at: '2026-11-01' },
      c: { n: 3, right: 3, at: '2026-11-01' },
      gone: { n: 1, right: 0, at: '2026-11-01' },
    };
    expect(hardIds(answered, new Set(['a', 'b', 'c']))).toEqual(['b', 'a']);
  });

  it('takes key points from the model answer, else from the right options', () => {
    expect(keyPoints(bq('k', { modelAnswer: '先通风；再检测。后作业' }))).toEqual(['先通风', '再检测', '后作业']);
    expect(keyPoints(bq('k', { type: 'multiple', answer: [0, 2] }))).toEqual(['甲', '丙']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildBank, mergeAppliesTo } from '../../../../src/lib/practice/build-bank';

type Q = Parameters<typeof buildBank>[0][number];
type C = Parameters<typeof buildBank>[1][number];

const criteria: C[] = [
  { id: 'a4-1', article: 4, item: 1, appliesTo: { industries: ['metallurgy'] } },
  { id: 'a4-2', article: 4, item: 2, appliesTo: { industries: ['metallurgy'] } },
  { id: 'a11-3', article: 11, item: 3, appliesTo: { specials: ['dust'] } },
  { id: 'a3-1', article: 3, item: 1, appliesTo: {} },
];
const titles = { 'work-safety-law': '安全生产法', 'work-plan-2024': '2024年工作要点' };
const q = (over: Partial<Q>): Q => ({
  id: 'q-1',
  type: 'single',
  stem: '题干',
  options: ['甲', '乙', '丙', '丁'],
  answer: 'B',
  explanation: '解析',
  criteria: ['a4-1'],
  basis: [],
  difficulty: 1,
  ...over,
});
const one = (over: Partial<Q>) => buildBank([q(over)], criteria, titles)[0];

describe('buildBank', () => {
  it('turns answer letters into option indices', () => {
    expect(one({ answer: 'B' })?.answer).toEqual([1]);
    expect(one({ type: 'multiple', answer: 'ACD' })?.answer).toEqual([0, 2, 3]);
  });

  it('gives judge questions the 正确/错误 options and maps true/false to them', () => {
    const yes = one({ type: 'judge', options: undefined, answer: true });
    expect(yes?.options).toEqual(['正确', '错误']);
    expect(yes?.answer).toEqual([0]);
    expect(one({ type: 'judge', options: undefined, answer: false })?.answer).toEqual([1]);
  });

  it('takes topics from the criteria domains, and law for a question on regulations only', () => {
    expect(one({ criteria: ['a4-1', 'a11-3'] })?.topics).toEqual(['metallurgy', 'dust']);
    expect(one({ criteria: ['a4-1', 'a4-2'] })?.topics).toEqual(['metallurgy']);
    expect(one({ criteria: [], basis: [{ regulation: 'work-safety-law', article: 21 }] })?.topics).toEqual(['law']);
  });

  it('writes clause labels for criteria, regulation articles and work-plan tasks', () => {
    const b = one({
      criteria: ['a4-1'],
      basis: [
        { regulation: 'work-safety-law', article: 21, item: 2 },
        { regulation: 'work-plan-2024', task: 2 },
        { regulation: 'unknown-reg' },
      ],
    });
    expect(b?.clauses).toEqual(['第四条第（一）项', '安全生产法第二十一条第（二）项', '2024年工作要点第2项', 'unknown-reg']);
  });

  it('skips criterion ids it does not know instead of failing (the content tests report them)', () => {
    expect(one({ criteria: ['a99-9', 'a4-1'] })?.clauses).toEqual(['第四条第（一）项']);
  });
});

// mergeAppliesTo decides who sees a question in a profile-filtered practice: it must never hide one from a user it concerns.
describe('buildBank › appliesTo of a question (mergeAppliesTo)', () => {
  it('applies to everyone when the question has no criterion', () => {
    expect(one({ criteria: [], basis: [{ regulation: 'work-safety-law', article: 21 }] })?.appliesTo).toEqual({});
  });
  it('inherits the conditions of its only criterion', () => {
    expect(one({ criteria: ['a11-3'] })?.appliesTo).toEqual({ specials: ['dust'] });
  });
  it('keeps conditions that all its criteria share', () => {
    expect(one({ criteria: ['a4-1', 'a4-2'] })?.appliesTo).toEqual({ industries: ['metallurgy'] });
  });
  it('drops conditions when its criteria differ, so neither group loses the question', () => {
    expect(one({ criteria: ['a4-1', 'a11-3'] })?.appliesTo).toEqual({});
  });
  it('counts only the criteria it knows', () => {
    expect(one({ criteria: ['a99-9', 'a11-3'] })?.appliesTo).toEqual({ specials: ['dust'] });
  });
});

describe('mergeAppliesTo on several criteria', () => {
  it('keeps what all its criteria share, as a union, so a two-item tobacco question stays a tobacco question', () => {
    expect(
      mergeAppliesTo([
        { industries: ['tobacco'], subSectors: ['tobacco-fumigation'] },
        { industries: ['tobacco'], subSectors: ['co2-expanded-tobacco'] },
      ]),
    ).toEqual({ industries: ['tobacco'], subSectors: ['tobacco-fumigation', 'co2-expanded-tobacco'] });
    expect(mergeAppliesTo([{ industries: ['metallurgy'], metalSmelting: true }, { specials: ['dust'] }])).toEqual({});
    expect(mergeAppliesTo([{ contractors: true }, { contractors: true, specialOps: true }])).toEqual({ contractors: true });
  });
});

import { describe, expect, it } from 'vitest';
import { drawPaper, filterQuestions, optionOrder, paperCode } from '../../../../src/lib/practice/select';
import { EMPTY_PROFILE } from '../../../../src/lib/applicability';
import { bq } from '../../../fixtures/bank-questions';
import { hashSeed } from '../../../../src/lib/practice/random';

describe('paperCode', () => {
  // Codes already shown to trainees must not change: these were computed by the implementation before it used hashSeed.
  it.each([
    ['kit-dust', ['q-a11-1-1', 'q-a11-3-2'], 'C7M2W5'],
    ['default', [], 'SZ8UME'],
    ['教室3', ['q1'], 'GL9H41'],
  ])('keeps the published code for %s', (seed, ids, code) => {
    expect(paperCode(seed, ids)).toBe(code);
  });
  it('is the base-36 hash of seed and ids', () => {
    expect(paperCode('abc', ['q1', 'q2'])).toBe(hashSeed('abc|q1,q2').toString(36).toUpperCase().padStart(6, '0').slice(-6));
  });
});

const q = bq;
const bank = Array.from({ length: 60 }, (_, i) =>
  q(
    `q${i}`,
    i % 3 === 0
      ? { topics: ['dust'], criteria: ['a11-1'], appliesTo: { specials: ['dust'] } }
      : i % 3 === 1
        ? { topics: ['law'], criteria: [], appliesTo: {} }
        : {},
  ),
);

describe('drawing a paper', () => {
  it('gives the same questions in the same order for the same seed', () => {
    expect(drawPaper(bank, 20, 'abc').map((x) => x.id)).toEqual(drawPaper(bank, 20, 'abc').map((x) => x.id));
  });
  it('gives a different paper for a different seed', () => {
    expect(drawPaper(bank, 20, 'abc').map((x) => x.id)).not.toEqual(drawPaper(bank, 20, 'abd').map((x) => x.id));
  });
  it('draws n distinct questions spread across topics', () => {
    const p = drawPaper(bank, 12, 's');
    expect(new Set(p.map((x) => x.id)).size).toBe(12);
    for (const t of ['dust', 'law', 'metallurgy']) expect(p.filter((x) => x.topics[0] === t)).toHaveLength(4);
  });
  it('returns the whole pool when it is smaller than n', () => {
    expect(drawPaper(bank.slice(0, 3), 20, 's')).toHaveLength(3);
  });
  it('shuffles options deterministically but keeps judge options in order', () => {
    const x = q('x');
    expect(optionOrder(x, 's1')).toEqual(optionOrder(x, 's1'));
    expect([...optionOrder(x, 's1')].sort()).toEqual([0, 1, 2, 3]);
    const seeds = Array.from({ length: 20 }, (_, i) => optionOrder(x, `s${i}`).indexOf(1));
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(optionOrder(q('j', { type: 'judge', options: ['正确', '错误'], answer: [0] }), 's')).toEqual([0, 1]);
  });
  it('gives a stable six-character paper code', () => {
    expect(paperCode('abc', ['q1', 'q2'])).toMatch(/^[0-9A-Z]{6}$/);
    expect(paperCode('abc', ['q1', 'q2'])).toBe(paperCode('abc', ['q1', 'q2']));
    expect(paperCode('abc', ['q1', 'q2'])).not.toBe(paperCode('abc', ['q2', 'q1']));
  });
});

describe('filtering by profile', () => {
  it('keeps only questions whose criteria apply, and the general ones', () => {
    const mine = filterQuestions(bank, { profile: { ...EMPTY_PROFILE, specials: ['dust'] } });
    expect(mine.every((x) => x.topics[0] !== 'metallurgy')).toBe(true);
    expect(mine.some((x) => x.topics[0] === 'law')).toBe(true);
  });
});

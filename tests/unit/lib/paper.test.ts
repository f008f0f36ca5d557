import { describe, expect, it } from 'vitest';
import { PAPER_DEFAULTS, paperQuery, parsePaperParams } from '../../../src/lib/paper';

const known = new Set(['a4-1', 'a11-3']);

describe('trainer paper parameters', () => {
  it('round-trips a built link', () => {
    const q = paperQuery({ seed: 'room-3', n: 15, topics: ['dust'], criteria: ['a11-3'] });
    expect(parsePaperParams(q, known)).toEqual({ params: { seed: 'room-3', n: 15, topics: ['dust'], criteria: ['a11-3'] }, problems: [] });
  });
  it('uses defaults for an empty query', () => {
    expect(parsePaperParams('', known)).toEqual({ params: PAPER_DEFAULTS, problems: [] });
  });
  it.each([
    ['a seed with odd characters', 'seed=<script>', /试卷码/, { seed: 'default' }],
    ['a non-number n', 'n=abc', /不是整数/, { n: 20 }],
    ['n too large', 'n=999', /已改为 50 题/, { n: 50 }],
    ['n too small', 'n=1', /已改为 5 题/, { n: 5 }],
    ['an unknown topic', 'topics=dust,moon', /moon/, { topics: ['dust'] }],
    ['an unknown criterion', 'criteria=a4-1,a99-9', /a99-9/, { criteria: ['a4-1'] }],
  ])('repairs %s with a message', (_n, query, msg, fix) => {
    const r = parsePaperParams(query, known);
    expect(r.problems.join('；')).toMatch(msg);
    expect(r.params).toMatchObject(fix);
  });
});

import { describe, expect, it } from 'vitest';
import { EXACT_FLOOR, highlight, prepare, searchExact, snippet, wantsFuzzy } from '../../src/lib/search/engine';
import { normalize, queryTerms } from '../../src/lib/search/normalize';
import type { SearchRecord } from '../../src/lib/search/records';

const rec = (id: string, over: Partial<SearchRecord>): SearchRecord => ({
  id,
  k: 'criterion',
  t: '',
  w: '',
  l: '',
  b: '',
  u: `/x/${id}/`,
  ...over,
});
const index = prepare([
  rec('title-hit', { t: '高炉炉顶放散阀联锁', l: '高炉炉顶压力……' }),
  rec('body-hit', { t: '煤气设施', b: `${'很长的正文'.repeat(40)}放散阀在这里` }),
  rec('ammonia', { t: '快速冻结装置', l: '使用液氨制冷的企业，快速冻结装置作业间人员超过9人' }),
  rec('ammonia-only', { t: '氨气', l: '氨气泄漏' }),
  rec('q', { k: 'question', t: '放散阀题目', b: '题目解析' }),
  rec('kpa', { t: '水封式排水器', l: '最高封堵煤气压力小于30 kPa' }),
]);
const ids = (q: string) => searchExact(index, q).map((h) => h.r.id);

describe('normalize and terms', () => {
  it('folds full-width characters and drops spaces and punctuation', () => {
    expect(normalize('３０ ｋＰａ，')).toBe('30kpa');
  });
  it.each([
    ['', []],
    ['   ', []],
    ['，。！', []],
    ['液氨 9人', ['液氨', '9人']],
  ])('terms of %j', (q, expected) => {
    expect(queryTerms(q as string)).toEqual(expected);
  });
  it('caps a very long query', () => {
    expect(queryTerms('液'.repeat(10_000)).join('').length).toBeLessThanOrEqual(100);
  });
});

describe('searchExact', () => {
  it('finds a term deep in a long body, like Ctrl-F', () => {
    expect(ids('放散阀')).toContain('body-hit');
  });
  it('ranks a title hit above a body hit', () => {
    const r = ids('放散阀');
    expect(r.indexOf('title-hit')).toBeLessThan(r.indexOf('body-hit'));
  });
  it('ranks a criterion above a question with the same title weight', () => {
    const r = ids('放散阀');
    expect(r.indexOf('title-hit')).toBeLessThan(r.indexOf('q'));
  });
  it('finds one-character queries', () => {
    expect(ids('氨')).toEqual(expect.arrayContaining(['ammonia', 'ammonia-only']));
  });
  it('does not match 液氨 in text that only has 氨', () => {
    expect(ids('液氨')).toEqual(['ammonia']);
  });
  it('matches numbers with units regardless of spacing and width', () => {
    expect(ids('30kPa')).toEqual(['kpa']);
    expect(ids('３０ｋＰａ')).toEqual(['kpa']);
  });
  it('narrows with several space-separated terms', () => {
    expect(ids('液氨 9人')).toEqual(['ammonia']);
    expect(ids('液氨 30kPa')).toEqual([]);
  });
  it('returns nothing for empty or punctuation-only queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ，。 ')).toEqual([]);
  });
  it('scores every exact hit above the fuzzy floor', () => {
    for (const h of searchExact(index, '放散阀')) expect(h.score).toBeGreaterThan(EXACT_FLOOR);
  });
});

describe('highlighting', () => {
  it('marks every occurrence in the original text, full-width included', () => {
    const segs = highlight('压力30 kPa，不是３０ｋＰａ吗', ['30kpa']);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['30 kPa', '３０ｋＰａ']);
  });
  it('cuts a snippet around the first hit with ellipses', () => {
    const s = snippet(`${'甲'.repeat(100)}放散阀${'乙'.repeat(100)}`, ['放散阀'], 10);
    expect(s[0]!.text).toBe('…');
    expect(s.find((x) => x.hit)?.text).toBe('放散阀');
    expect(s.at(-1)!.text).toBe('…');
  });
});

describe('fuzzy fallback', () => {
  it('runs only for one longer term with few exact hits', () => {
    expect(wantsFuzzy('锁气卸灰装', 0)).toBe(true);
    expect(wantsFuzzy('氨', 0)).toBe(false);
    expect(wantsFuzzy('液氨 9人', 0)).toBe(false);
    expect(wantsFuzzy('放散阀', 5)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { clauseLabel, criterionId, domainOfArticle, requireDomain, toChineseNumber } from '../../../src/lib/taxonomy';

describe('toChineseNumber', () => {
  it.each([
    [0, '零'],
    [4, '四'],
    [10, '十'],
    [13, '十三'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [103, '一百零三'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [125, '一百二十五'],
  ])('%i → %s', (n, want) => {
    expect(toChineseNumber(n)).toBe(want);
  });

  it('refuses what an article number cannot be', () => {
    expect(() => toChineseNumber(-1)).toThrow(RangeError);
    expect(() => toChineseNumber(1.5)).toThrow(RangeError);
    expect(() => toChineseNumber(1000)).toThrow(RangeError);
  });
});

describe('clause labels and ids', () => {
  it('writes an article with or without its item', () => {
    expect(clauseLabel(4, 5)).toBe('第四条第（五）项');
    expect(clauseLabel(14)).toBe('第十四条');
  });

  it('builds the stable criterion id', () => {
    expect(criterionId(11, 3)).toBe('a11-3');
  });
});

describe('domains by article', () => {
  it('finds the domain of a criterion article and none outside 3–13', () => {
    expect(requireDomain(11).slug).toBe('dust');
    expect(domainOfArticle(14)).toBeUndefined();
  });

  it('throws a Chinese message for an article outside the criteria', () => {
    expect(() => requireDomain(14)).toThrow('令第10号第14条不属于任何行业或专项');
  });
});

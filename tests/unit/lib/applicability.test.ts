import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, applies, type Profile } from '../../../src/lib/applicability';
import { describeAppliesTo } from '../../../src/lib/profile';

const profile = (p: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...p });

describe('applies', () => {
  it.each([
    ['an unconditioned item applies to everyone', {}, profile({}), true],
    ['an industry item applies to that industry', { industries: ['metallurgy'] as const }, profile({ industries: ['metallurgy'] }), true],
    [
      'an industry item does not apply to another industry',
      { industries: ['metallurgy'] as const },
      profile({ industries: ['machinery'] }),
      false,
    ],
    [
      'any one listed industry is enough',
      { industries: ['machinery', 'light'] as const },
      profile({ industries: ['light', 'textile'] }),
      true,
    ],
    ['a special domain needs that domain', { specials: ['dust'] as const }, profile({ industries: ['machinery'] }), false],
    ['metal smelting items need the smelting flag', { metalSmelting: true as const }, profile({ industries: ['metallurgy'] }), false],
    ['metal smelting items apply with the flag', { metalSmelting: true as const }, profile({ metalSmelting: true }), true],
    [
      'a sub-sector item needs the sub-sector as well as the industry',
      { industries: ['nonferrous'] as const, subSectors: ['al-deep-well-casting'] as const },
      profile({ industries: ['nonferrous'] }),
      false,
    ],
    [
      'a sub-sector item applies with both',
      { industries: ['nonferrous'] as const, subSectors: ['al-deep-well-casting'] as const },
      profile({ industries: ['nonferrous'], subSectors: ['al-deep-well-casting'] }),
      true,
    ],
    [
      'either listed dust kind is enough',
      { specials: ['dust'] as const, subSectors: ['metal-dust-al-mg', 'wood-dust'] as const },
      profile({ specials: ['dust'], subSectors: ['wood-dust'] }),
      true,
    ],
    ['contractor items need contractors on site', { contractors: true as const }, profile({}), false],
    [
      'the 30-worker dust duty needs the headcount flag',
      { specials: ['dust'] as const, dustWorkers30: true as const },
      profile({ specials: ['dust'] }),
      false,
    ],
  ])('%s', (_name, a, p, expected) => {
    expect(applies(a, p)).toBe(expected);
  });
});

describe('describeAppliesTo', () => {
  it('names every condition in Chinese', () => {
    expect(describeAppliesTo({ industries: ['nonferrous'], subSectors: ['al-deep-well-casting'] })).toEqual([
      '行业：有色',
      '仅限：铝加工深井铸造',
    ]);
  });
  it('says 全部工贸企业 when there is no condition', () => {
    expect(describeAppliesTo({})).toEqual(['全部工贸企业']);
  });
});

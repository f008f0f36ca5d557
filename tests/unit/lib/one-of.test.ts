import { describe, expect, it } from 'vitest';
import { isOneOf } from '../../../src/lib/one-of';

describe('isOneOf', () => {
  const KINDS = ['seq', 'wrong'] as const;
  it('accepts exactly the listed values (case and spaces count)', () => {
    expect(KINDS.every((k) => isOneOf(KINDS, k))).toBe(true);
    for (const x of ['', 'Seq', 'seq ', 'due']) expect(isOneOf(KINDS, x)).toBe(false);
  });
  it('narrows the type, so the value can be used where the list type is asked for', () => {
    const pick = (k: (typeof KINDS)[number]) => k;
    const x: string = 'wrong';
    expect(isOneOf(KINDS, x) ? pick(x) : undefined).toBe('wrong');
  });
});

import { describe, expect, it } from 'vitest';
import { paperCode } from '../../../../src/lib/practice/select';
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

import { describe, expect, it } from 'vitest';
import { localDate, localDateTime } from '../../../src/lib/dates';

describe('local dates', () => {
  // Built from local components, so the expectation holds in any time zone the tests run in.
  const early = new Date(2026, 11, 1, 7, 5);

  it('writes the local calendar day, not the UTC one', () => {
    expect(localDate(early)).toBe('2026-12-01');
    expect(localDateTime(early)).toBe('2026-12-01 07:05');
  });

  it('accepts ISO strings and epoch milliseconds', () => {
    expect(localDate(early.toISOString())).toBe('2026-12-01');
    expect(localDate(early.getTime())).toBe('2026-12-01');
  });

  it('gives an empty string for an invalid date instead of NaN-NaN-NaN', () => {
    expect(localDate('not a date')).toBe('');
    expect(localDateTime('not a date')).toBe('');
  });
});

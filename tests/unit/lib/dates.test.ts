import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDate, localDateTime, zhDate, zhDateTime } from '../../../src/lib/dates';
import { foundOn } from '../../../src/lib/hazards';

// Beijing time for this file only: Node re-reads TZ when it is assigned, and the old value is put back afterwards so
// other files in the same worker keep theirs.
const before = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
  vi.useFakeTimers({ toFake: ['Date'] });
  // 07:30 on 13 June in Beijing, still 12 June in UTC: the hour at which a UTC date is a day behind.
  vi.setSystemTime(new Date('2026-06-12T23:30:00.000Z'));
});
afterAll(() => {
  vi.useRealTimers();
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

describe('dates near midnight UTC, in Asia/Shanghai', () => {
  it('really runs in Beijing time', () => {
    expect(new Date().getTimezoneOffset()).toBe(-480);
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-06-12');
  });

  it('gives the local day, not the UTC one', () => {
    expect(localDate()).toBe('2026-06-13');
    expect(localDateTime()).toBe('2026-06-13 07:30');
    expect(localDate('2026-06-12T23:30:00.000Z')).toBe('2026-06-13');
  });

  it('writes the day and time as zh-CN readers do', () => {
    expect(zhDate()).toBe('2026年6月13日');
    expect(zhDateTime()).toBe('2026年6月13日 07:30');
    expect(zhDateTime(Date.parse('2026-12-31T16:05:00.000Z'))).toBe('2027年1月1日 00:05');
  });

  it('reads a typed calendar day as that day', () => {
    expect(zhDate('2026-07-15')).toBe('2026年7月15日');
    expect(localDate('2026-07-15')).toBe('2026-07-15');
  });

  it('dates a finding by the local day it was recorded', () => {
    expect(foundOn(new Date().toISOString())).toBe('2026-06-13');
  });

  it('gives an empty string for a value that is not a date', () => {
    expect(zhDate('not a date')).toBe('');
    expect(zhDateTime(Number.NaN)).toBe('');
  });
});

describe('local dates', () => {
  // Built from local components when each test runs (after the zone is set above), so it holds in any zone.
  const at = () => new Date(2026, 11, 1, 7, 5);

  it('writes the local calendar day, not the UTC one', () => {
    expect(localDate(at())).toBe('2026-12-01');
    expect(localDateTime(at())).toBe('2026-12-01 07:05');
  });

  it('accepts ISO strings and epoch milliseconds', () => {
    expect(localDate(at().toISOString())).toBe('2026-12-01');
    expect(localDate(at().getTime())).toBe('2026-12-01');
  });

  it('gives an empty string for an invalid date instead of NaN-NaN-NaN', () => {
    expect(localDate('not a date')).toBe('');
    expect(localDateTime('not a date')).toBe('');
  });
});

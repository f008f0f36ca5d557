import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRows, orderByDate } from '../../../src/lib/report-compare';
import { reportAssessment, reportItems } from '../../fixtures/report-assessment';

const first = reportAssessment({
  id: 'sc-first',
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-06-30T02:00:00.000Z',
  inspection: undefined,
});
const second = reportAssessment({
  id: 'sc-second',
  createdAt: '2026-06-01T02:00:00.000Z',
  updatedAt: '2026-06-02T02:00:00.000Z',
  inspection: undefined,
  answers: { 'a4-6': { answer: 'ok' }, 'a11-3': { answer: 'no' }, 'a11-4': { answer: 'no' }, 'wp2024-t2-inspect': { answer: 'na' } },
});

describe('comparing two self-checks', () => {
  // Our users' zone; Node reads TZ again when it changes, so the local day below is Beijing's.
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = tz;
  });

  it('puts the earlier check first whichever order they were picked in, even when the old one was edited last', () => {
    expect(orderByDate(first, second).map((a) => a.id)).toEqual(['sc-first', 'sc-second']);
    expect(orderByDate(second, first).map((a) => a.id)).toEqual(['sc-first', 'sc-second']);
  });

  it('orders by 检查日期 when entered, before the creation time', () => {
    const late = { ...first, inspection: { by: '', date: '2026-12-01' } };
    expect(orderByDate(late, second).map((a) => a.id)).toEqual(['sc-second', 'sc-first']);
  });

  it('takes the day in local time: created 00:30 on 2 June in Beijing (still 1 June in UTC) comes after a check of 1 June', () => {
    const x = { ...first, id: 'sc-x', createdAt: '2026-06-01T16:30:00.000Z' };
    const y = { ...second, id: 'sc-y', createdAt: '2026-06-05T02:00:00.000Z', inspection: { by: '', date: '2026-06-01' } };
    expect(orderByDate(x, y).map((a) => a.id)).toEqual(['sc-y', 'sc-x']);
  });

  it('gives one row per hazard in either, with both answers and the change', () => {
    const rows = compareRows(first, second, reportItems).map((r) => [r.id, r.before, r.after, r.change]);
    expect(rows).toEqual([
      ['a4-6', '设施失效或无效', '符合', 'fixed'],
      ['a11-3', '不符合', '不符合', 'still'],
      ['a11-4', '未核对', '不符合', 'added'],
      ['wp2024-t2-inspect', '不符合', '不适用', 'unconfirmed'],
    ]);
  });
});

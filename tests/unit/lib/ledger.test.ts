import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../src/lib/applicability';
import { buildCheckItems, type CheckItem } from '../../../src/lib/checks';
import { localDate } from '../../../src/lib/dates';
import type { HazardEvent, HazardTrack } from '../../../src/lib/hazards';
import {
  NO_FILTER,
  buildLedger,
  countRows,
  filterRows,
  LEDGER_COLUMNS,
  ledgerFileName,
  ledgerText,
  sortRows,
} from '../../../src/lib/ledger';
import { ledgerXlsx } from '../../../src/lib/ledger-xlsx';
import { recheckCopy, type Assessment } from '../../../src/lib/self-check';
import { crit, inspectDuty } from '../../fixtures/catalogue';
import { must } from '../../must';

const items: CheckItem[] = buildCheckItems(
  [crit(4, 6, { article14: true, devices: ['CO报警'] }), crit(11, 3), crit(11, 4)],
  [inspectDuty()],
);

const ev = (status: HazardEvent['status'], date: string, by = '王工'): HazardEvent => ({ status, date, by, at: `${date}T02:00:00.000Z` });
const track = (events: HazardEvent[], extra: Partial<HazardTrack> = {}): HazardTrack => ({
  events: Object.fromEntries(events.map((e, i) => [`e${i}`, e])),
  ...extra,
});

/** Created 2026-11-30T23:30Z: 12-01 in Beijing; 发现日期 is the day in the device's zone (`found`), never the UTC one. */
const first: Assessment = {
  id: 'sc-first',
  name: '甲厂',
  createdAt: '2026-11-30T23:30:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  profile: EMPTY_PROFILE,
  answers: {
    'a4-6': { answer: 'failed' },
    'a11-3': { answer: 'no' },
    'a11-4': { answer: 'ok' },
    'wp2024-t2-inspect': { answer: 'no' },
  },
  plans: {
    'a4-6': { measure: '更换CO报警探头', owner: '设备科 李工', deadline: '2026-12-15', funds: '3.5万元' },
    'a11-3': { measure: '加装锁气卸灰', owner: '王工', deadline: '2026-12-05', funds: '' },
  },
  hazards: {
    'a4-6': track([ev('fixed', '2026-12-03', '李工'), ev('closed', '2026-12-04', '赵科长')], {
      acceptance: { by: '赵科长', date: '2026-12-04' },
      location: '煤气柜区',
    }),
    'a11-3': track([ev('fixing', '2026-12-02')], { location: '除尘间' }),
  },
  own: { 'own-1': { title: '叉车通道无标线', basis: '', severity: 'gap', createdAt: '2026-12-01T01:00:00.000Z' } },
};

describe('buildLedger', () => {
  it('makes one row per hazard with the plan, the status, the local 发现日期 and 验收, sorted by 期限 (none last)', () => {
    const rows = buildLedger([first], items, '2026-12-10');
    expect(rows.map((r) => [r.no, r.key, r.deadline])).toEqual([
      [1, 'a11-3', '2026-12-05'],
      [2, 'a4-6', '2026-12-15'],
      // No 期限: last, ordered by title (叉… before 带… in zh-CN order).
      [3, 'own-1', ''],
      [4, 'wp2024-t2-inspect', ''],
    ]);
    const closed = must(rows[1]);
    expect(closed).toMatchObject({
      clause: '第四条第（六）项',
      severity: 'major',
      location: '煤气柜区',
      found: localDate('2026-11-30T23:30:00.000Z'),
      status: 'closed',
      acceptedBy: '赵科长',
      acceptedOn: '2026-12-04',
      overdue: false,
    });
    expect(rows[0]).toMatchObject({ status: 'fixing', overdue: true, acceptedBy: '' });
    expect(rows.find((r) => r.key === 'wp2024-t2-inspect')?.severity).toBe('gap');
    expect(rows.find((r) => r.own)).toMatchObject({ title: '叉车通道无标线', status: 'open' });
  });

  it('flags overdue only once the deadline has passed, with a fixed clock', () => {
    expect(buildLedger([first], items, '2026-12-05').find((r) => r.key === 'a11-3')?.overdue).toBe(false);
    expect(buildLedger([first], items, '2026-12-06').find((r) => r.key === 'a11-3')?.overdue).toBe(true);
    // A closed hazard is never overdue.
    expect(buildLedger([first], items, '2027-01-01').find((r) => r.key === 'a4-6')?.overdue).toBe(false);
  });

  it('shows a hazard carried to a re-check once, as the latest, with its chain and history', () => {
    const copy: Assessment = {
      ...first,
      ...recheckCopy(first),
      id: 'sc-second',
      name: '甲厂（复查）',
      createdAt: '2026-12-20T01:00:00.000Z',
      updatedAt: '2026-12-20T01:00:00.000Z',
    };
    must(copy.hazards?.['a11-3']).events['e9'] = ev('fixed', '2026-12-21');
    const rows = buildLedger([first, copy], items, '2026-12-21');
    const dust = rows.filter((r) => r.key === 'a11-3');
    expect(dust).toHaveLength(1);
    const found = localDate(first.createdAt);
    expect(dust[0]).toMatchObject({ assessment: 'sc-second', status: 'fixed', found });
    expect(must(dust[0]).chain.map((c) => [c.assessment, c.date])).toEqual([
      ['sc-first', found],
      ['sc-second', '2026-12-20'],
    ]);
    expect(must(dust[0]).history.map((e) => e.status)).toEqual(['fixing', 'fixed']);
    // The closed hazard stays with the earlier record; the copy no longer has it.
    expect(rows.filter((r) => r.key === 'a4-6').map((r) => r.assessment)).toEqual(['sc-first']);
    expect(rows.filter((r) => r.key === 'own-1').map((r) => r.assessment)).toEqual(['sc-second']);
  });

  it('keeps a carried hazard whose earlier record was deleted', () => {
    const orphan: Assessment = {
      ...first,
      id: 'sc-later',
      hazards: { 'a11-3': track([], { carriedFrom: { assessment: 'sc-gone', key: 'a11-3' } }) },
    };
    const row = buildLedger([orphan], items, '2026-12-01').find((r) => r.key === 'a11-3');
    expect(row?.chain.map((c) => c.assessment)).toEqual(['sc-later']);
  });
});

describe('filters, counts and sort', () => {
  const rows = buildLedger([first], items, '2026-12-10');
  it.each([
    [{ ...NO_FILTER }, ['a11-3', 'a4-6', 'own-1', 'wp2024-t2-inspect']],
    [{ ...NO_FILTER, status: 'closed' as const }, ['a4-6']],
    [{ ...NO_FILTER, status: 'open' as const }, ['own-1', 'wp2024-t2-inspect']],
    [{ ...NO_FILTER, overdue: true }, ['a11-3']],
    [{ ...NO_FILTER, major: true }, ['a11-3', 'a4-6']],
    [{ status: 'closed' as const, overdue: true, major: true }, []],
  ])('filter %o', (f, keys) => {
    expect(filterRows(rows, f).map((r) => r.key)).toEqual(keys);
  });

  it('counts by status, major and overdue', () => {
    expect(countRows(rows)).toEqual({ total: 4, major: 2, overdue: 1, byStatus: { open: 2, fixing: 1, fixed: 0, closed: 1 } });
  });

  it('sorts a malformed deadline with the empty ones', () => {
    const r = (id: string, deadline: string) => ({ id, deadline, found: '2026-12-01', title: id });
    expect(sortRows([r('b', 'soon'), r('a', ''), r('c', '2026-12-01')]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('ledger output', () => {
  const rows = buildLedger([first], items, '2026-12-10');
  it('copies as text for WeChat with counts and every row', () => {
    const t = ledgerText(rows, '2026-12-10');
    expect(t).toMatch(/^隐患排查治理台账（2026-12-10）\n共 4 项：重大事故隐患 2 项/);
    expect(t).toContain('1. 【重大事故隐患】第十一条第（三）项 条目11-3');
    expect(t).toContain('状态：整改中（期限已过）');
    expect(t).toContain('验收：赵科长 2026-12-04');
    expect(t).toContain('叉车通道无标线（自行添加）');
  });

  it('names the file with the local date', () => {
    expect(ledgerFileName('2026-12-01')).toBe('隐患台账-2026-12-01.xlsx');
  });

  it('writes an .xlsx that reads back with the inspector columns and the row values', async () => {
    const blob = await ledgerXlsx(rows);
    const sheet = await readSheet(Buffer.from(await blob.arrayBuffer()));
    expect(sheet[0]).toEqual([
      '编号',
      '隐患名称/条款',
      '等级',
      '位置',
      '发现日期',
      '整改措施',
      '责任人',
      '期限',
      '资金',
      '状态',
      '验收人',
      '验收日期',
    ]);
    expect(sheet[0]).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect(sheet).toHaveLength(5);
    expect(sheet[2]).toEqual([
      2,
      '第四条第（六）项 条目4-6',
      '重大事故隐患',
      '煤气柜区',
      localDate(first.createdAt),
      '更换CO报警探头',
      '设备科 李工',
      '2026-12-15',
      '3.5万元',
      '已销号',
      '赵科长',
      '2026-12-04',
    ]);
  });
});

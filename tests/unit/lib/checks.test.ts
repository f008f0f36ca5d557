import { describe, expect, it } from 'vitest';
import { buildCheckItems, type CheckItem } from '../../../src/lib/checks';

type CriterionIn = Parameters<typeof buildCheckItems>[0][number];
type DutyIn = Parameters<typeof buildCheckItems>[1][number];

const criterion = (over: Partial<CriterionIn>): CriterionIn => ({
  id: 'a4-1',
  article: 4,
  item: 1,
  title: '会议室设置在危险区域',
  statement: '会议室等人员聚集场所设置在高温熔融金属吊运影响范围内',
  desiredState: '人员聚集场所不在影响范围内',
  checks: ['看平面图'],
  appliesTo: { industries: ['metallurgy'] },
  article14: false,
  devices: [],
  ...over,
});
const duty: DutyIn = {
  id: 'wp2024-t2-test',
  task: 2,
  duty: '主要负责人带队检查',
  desiredState: '每月带队检查一次',
  when: '每月',
  who: '全部工贸企业',
  checks: ['看检查记录'],
  appliesTo: {},
  recurrence: 'recurring',
};

/** Reads a field only a criterion has: compiles only after narrowing on kind. */
const devicesOf = (i: CheckItem) => (i.kind === 'criterion' ? i.devices : []);
const taskOf = (i: CheckItem) => (i.kind === 'duty' ? i.task : undefined);

describe('buildCheckItems', () => {
  it('puts criteria first in legal order, then duties by task', () => {
    const items = buildCheckItems([criterion({ id: 'a11-3', article: 11, item: 3 }), criterion({})], [duty]);
    expect(items.map((i) => i.id)).toEqual(['a4-1', 'a11-3', 'wp2024-t2-test']);
    expect(items.map((i) => i.kind)).toEqual(['criterion', 'criterion', 'duty']);
  });

  it('gives each kind its own fields', () => {
    const [c, d] = buildCheckItems([criterion({ article14: true, devices: ['报警器'] })], [duty]);
    expect(c).toMatchObject({ kind: 'criterion', module: 'metallurgy', clause: '第四条第（一）项', article14: true });
    expect(c && devicesOf(c)).toEqual(['报警器']);
    // Duties keep article14 false and no devices in checks.json, so readers need not test the kind first.
    expect(d).toMatchObject({ kind: 'duty', module: 'work-plan', clause: '工作要点第2项', article14: false, devices: [] });
    expect(d && taskOf(d)).toBe(2);
    expect(d).not.toHaveProperty('penalty');
  });

  it('states only confirmed penalties', () => {
    const confirmed = criterion({ penalty: { citation: '安全生产法第一百零二条', summary: '责令整改', confidence: 'V' } });
    const unconfirmed = criterion({ id: 'a4-2', item: 2, penalty: { citation: '安全生产法', summary: '罚款', confidence: 'M' } });
    const [a, b] = buildCheckItems([confirmed, unconfirmed], []);
    expect(a?.penalty).toBe('安全生产法第一百零二条：责令整改');
    expect(b?.penalty).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../../src/lib/applicability';
import { buildCheckItems, type CheckItem } from '../../../src/lib/checks';
import {
  compareAssessments,
  evaluate,
  findingsWithoutPlan,
  isAnswer,
  isPlanComplete,
  selectModules,
  type Assessment,
} from '../../../src/lib/self-check';
import { reportText } from '../../../src/lib/report-text';
import { must } from '../../must';
import { crit as baseCrit, inspectDuty } from '../../fixtures/catalogue';

const crit = (article: number, item: number, over: object = {}) => baseCrit(article, item, { checks: ['看现场', '查记录'], ...over });
const items: CheckItem[] = buildCheckItems(
  [
    crit(3, 1, { appliesTo: { contractors: true } }),
    crit(3, 3, { appliesTo: { metalSmelting: true } }),
    crit(4, 6, { appliesTo: { industries: ['metallurgy'] }, article14: true, devices: ['CO报警'] }),
    crit(5, 6, { appliesTo: { industries: ['nonferrous'], subSectors: ['al-deep-well-casting'] } }),
    crit(11, 3, { appliesTo: { specials: ['dust'] }, article14: true, devices: ['泄爆'] }),
  ],
  [inspectDuty()],
);
const profile = (p: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...p });
const assess = (p: Partial<Assessment>): Assessment => ({
  id: 'sc-test',
  name: '测试厂',
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
  profile: profile({ industries: ['metallurgy'], specials: ['dust'], metalSmelting: true }),
  answers: {},
  plans: {},
  ...p,
});

describe('selectModules', () => {
  it.each([
    [
      'metallurgy + dust + smelting',
      profile({ industries: ['metallurgy'], specials: ['dust'], metalSmelting: true }),
      ['a3-3', 'a4-6', 'a11-3', 'wp2024-t2-inspect'],
    ],
    ['nonferrous without the casting sub-sector', profile({ industries: ['nonferrous'] }), ['wp2024-t2-inspect']],
    [
      'nonferrous with deep-well casting',
      profile({ industries: ['nonferrous'], subSectors: ['al-deep-well-casting'] }),
      ['a5-6', 'wp2024-t2-inspect'],
    ],
    ['trade with contractors', profile({ industries: ['trade'], contractors: true }), ['a3-1', 'wp2024-t2-inspect']],
  ])('%s', (_n, p, expected) => {
    expect(selectModules(items, p).flatMap((m) => m.items.map((i) => i.id))).toEqual(expected);
  });
  it('groups items by module in legal order with the work plan last', () => {
    expect(selectModules(items, profile({ industries: ['metallurgy'], specials: ['dust'], metalSmelting: true })).map((m) => m.id)).toEqual(
      ['management', 'metallurgy', 'dust', 'work-plan'],
    );
  });
});

describe('evaluate', () => {
  const a = assess({
    answers: {
      'a4-6': { answer: 'failed', note: '探头坏了' },
      'a11-3': { answer: 'no' },
      'wp2024-t2-inspect': { answer: 'no' },
      'a3-3': { answer: 'unsure' },
      'gone-item': { answer: 'no' },
    },
  });
  const e = evaluate(a, items);
  it('counts 不符合 and a failed device on criteria as major hazards with their clauses', () => {
    expect(e.major.map((f) => f.item.clause)).toEqual(['第四条第（六）项', '第十一条第（三）项']);
  });
  it('counts a missed work-plan duty as a general gap', () => {
    expect(e.gaps.map((f) => f.item.id)).toEqual(['wp2024-t2-inspect']);
  });
  it('lists 待核实 items as open', () => {
    expect(e.open.map((i) => i.id)).toEqual(['a3-3']);
  });
  it('keeps answers to items that no longer exist as orphans instead of crashing', () => {
    expect(e.orphans.map((o) => o.id)).toEqual(['gone-item']);
  });
  it('says which findings have no complete plan', () => {
    expect(findingsWithoutPlan(e)).toHaveLength(3);
    const planned = evaluate(
      { ...a, plans: { 'a4-6': { measure: '更换探头', owner: '张三', deadline: '2026-12-31', funds: '0.5万元' } } },
      items,
    );
    expect(findingsWithoutPlan(planned).map((f) => f.item.id)).toEqual(['a11-3', 'wp2024-t2-inspect']);
  });
  it('a plan needs a measure, an owner and a valid date', () => {
    expect(isPlanComplete({ measure: 'x', owner: 'y', deadline: '2026-12-31', funds: '' })).toBe(true);
    expect(isPlanComplete({ measure: 'x', owner: '', deadline: '2026-12-31', funds: '' })).toBe(false);
    expect(isPlanComplete({ measure: 'x', owner: 'y', deadline: '下个月', funds: '' })).toBe(false);
  });
  it('writes a text report with clauses, open items, orphans and signature lines', () => {
    const text = reportText(a, items, '2026-11-29');
    expect(text).toContain('一、重大事故隐患（2 项）');
    expect(text).toContain('第四条第（六）项');
    expect(text).toContain('设施失效或无效');
    expect(text).toContain('条目已更新');
    expect(text).toContain('主要负责人（签字）');
  });
});

describe('compareAssessments', () => {
  it('tells what was fixed, what is new and what remains', () => {
    const before = assess({ answers: { 'a4-6': { answer: 'no' }, 'a11-3': { answer: 'no' } } });
    const after = assess({ answers: { 'a4-6': { answer: 'ok' }, 'a11-3': { answer: 'failed' }, 'a3-3': { answer: 'no' } } });
    expect(compareAssessments(before, after)).toEqual({ fixed: ['a4-6'], added: ['a3-3'], still: ['a11-3'] });
  });
});

describe('legal consequence on findings', () => {
  it('carries a confirmed penalty with its citation and drops an unconfirmed one', () => {
    const [withPenalty, unconfirmed] = buildCheckItems(
      [
        crit(3, 1, { penalty: { citation: '安全生产法第一百零三条', summary: '责令限期改正，处罚款', confidence: 'V' } }),
        crit(3, 2, { penalty: { citation: '某规定第一条', summary: '未核实', confidence: 'M' } }),
      ],
      [],
    );
    expect(must(withPenalty).penalty).toBe('安全生产法第一百零三条：责令限期改正，处罚款');
    expect(must(unconfirmed).penalty).toBeUndefined();
  });
});

describe('isAnswer', () => {
  it('knows the five answers and keeps anything else out (a newer build’s answer is kept as foreign)', () => {
    for (const x of ['ok', 'no', 'failed', 'na', 'unsure']) expect(isAnswer(x)).toBe(true);
    for (const x of ['', 'OK', 'partly', 'none']) expect(isAnswer(x)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { MAJOR_PLAN_PARTS } from '../../../src/lib/hazards';
import { appendixSummary, buildReport, historySteps, keepsOnOneLine, planFields, valueClass } from '../../../src/lib/report-view';
import { zhDate } from '../../../src/lib/dates';
import { reportAssessment, reportItems } from '../../fixtures/report-assessment';

const report = (today = '2026-06-13') => buildReport(reportAssessment(), reportItems, today);
const byKey = (key: string) => [...report().major, ...report().gaps, ...report().own].find((f) => f.key === key);
const value = (key: string, label: string) => byKey(key)?.fields.find((f) => f.label === label)?.value;

describe('the report view model', () => {
  it('prints a major hazard’s plan as the six parts in order, keeping what was typed and marking the rest 未填', () => {
    const parts = planFields({ measure: '更换探头', owner: '李工', deadline: '', funds: '', goal: '恢复联网' }, 'major');
    expect(parts.map((p) => p.label)).toEqual(MAJOR_PLAN_PARTS.map((p) => p.label));
    expect(parts.map((p) => p.value)).toEqual(['恢复联网', '更换探头', '未填', '李工', '未填', '未填']);
    expect(parts.filter((p) => p.missing).map((p) => p.label)).toEqual(['经费和物资的落实', '治理的时限和要求', '安全措施和应急预案']);
  });

  it('prints a general gap’s plan as four parts, all 未填 when there is no plan', () => {
    expect(planFields(undefined, 'gap').map((p) => `${p.label}:${p.value}`)).toEqual([
      '整改措施:未填',
      '责任人:未填',
      '期限:未填',
      '资金:未填',
    ]);
  });

  it('gives each hazard its status, and flags overdue only when the deadline passed and it is not closed', () => {
    expect(byKey('a4-6')?.status).toBe('已整改待验收');
    expect(byKey('a11-3')?.status).toBe('待整改');
    expect(byKey('a11-3')?.overdue).toBe(true);
    expect(buildReport(reportAssessment(), reportItems, '2026-06-05').major.find((f) => f.key === 'a11-3')?.overdue).toBe(false);
    expect(byKey('own-1')?.overdue).toBe(false);
  });

  it('shows location, 验收人 and 验收日期 once the work is done, and the dated history with who did it', () => {
    expect(value('a4-6', '位置')).toBe('高炉煤气区域');
    expect(value('a4-6', '验收人')).toBe('张科长');
    expect(value('a4-6', '验收日期')).toBe('2026-06-06');
    expect(value('a11-3', '验收人')).toBeUndefined();
    expect(byKey('a4-6')?.history).toEqual([
      { date: '2026-06-02', text: '整改中（李工）' },
      { date: '2026-06-04', text: '已整改待验收（李工）：已换新探头' },
    ]);
  });

  it('marks a reopened step', () => {
    const steps = historySteps({
      events: { x: { status: 'open', date: '2026-07-01', by: '张', at: '2026-07-01T00:00:00Z', reopen: true } },
    });
    expect(steps[0]?.text).toBe('重新打开：待整改（张）');
  });

  it('puts own items in their own list and the duty among the general gaps', () => {
    const r = report();
    expect(r.major.map((f) => f.key)).toEqual(['a4-6', 'a11-3']);
    expect(r.gaps.map((f) => f.key)).toEqual(['wp2024-t2-inspect']);
    expect(r.own.map((f) => [f.title, f.clause])).toEqual([['厂区围栏破损', '自行添加（未填依据）']]);
  });

  it('lists every applicable item with its answer in the appendix, 未核对 for the unanswered', () => {
    const r = report();
    const rows = r.appendix.flatMap((m) => m.rows.map((x) => `${x.id}:${x.answer}`));
    expect(rows).toEqual(['a4-1:符合', 'a4-6:设施失效或无效', 'a11-3:不符合', 'a11-4:未核对', 'wp2024-t2-inspect:不符合']);
    expect(r.appendix.map(appendixSummary)).toEqual(['符合 1，设施失效或无效 1', '不符合 1，未核对 1', '不符合 1']);
  });

  it('takes 检查人 and 检查日期 from the record, and leaves them empty (to fill by hand) when missing', () => {
    expect([report().inspector, report().inspectionDate]).toEqual(['赵安全员', '2026-06-01']);
    const bare = buildReport(reportAssessment({ inspection: undefined }), reportItems, '2026-06-13');
    expect([bare.inspector, bare.inspectionDate]).toEqual(['', '']);
  });

  it('writes a report date out in Chinese', () => {
    expect(zhDate('2026-06-13')).toBe('2026年6月13日');
    expect(zhDate('')).toBe('');
  });

  it('gives the overview its 责任人, 期限 and 资金, 未填 where empty', () => {
    const f = byKey('a4-6');
    expect([f?.owner.value, f?.deadline.value, f?.funds.value]).toEqual(['设备科 李工', '未填', '未填']);
    expect(byKey('a11-3')?.funds).toEqual({ label: '资金', value: '3.5万元', missing: false });
  });

  it('keeps dates and amounts on one line, lets a long text wrap, and marks 未填', () => {
    expect(keepsOnOneLine('2026-06-05')).toBe(true);
    expect(keepsOnOneLine('从年度安全生产费用中列支，由财务科落实到位')).toBe(false);
    expect(valueClass({ label: '期限', value: '未填', missing: true })).toBe('missing nowrap');
    expect(valueClass({ label: '整改措施', value: '对除尘系统进行全面整改并组织专家复核泄爆面积', missing: false })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { planParts, planText, reportText } from '../../../src/lib/report-text';
import { reportAssessment, reportItems } from '../../fixtures/report-assessment';

describe('plans in the report', () => {
  it('keeps what was typed in a partly filled plan and marks the rest 未填', () => {
    expect(planText({ measure: '更换探头', owner: '李工', deadline: '', funds: '' })).toBe(
      '整改措施：更换探头；责任人：李工；期限：未填；资金：未填',
    );
  });

  it('says 未制定 only when nothing was typed', () => {
    expect(planParts(undefined)).toBeUndefined();
    expect(planText({ measure: ' ', owner: '', deadline: '', funds: '' })).toBe('整改计划：未制定');
  });
});

describe('the text report', () => {
  const text = reportText(reportAssessment(), reportItems, '2026-06-13');
  const lines = text.split('\n');

  it('heads with 检查人, 检查日期 and the report date written out', () => {
    expect(lines.slice(1, 3)).toEqual(['检查人：赵安全员    检查日期：2026-06-01', '报告日期：2026年6月13日']);
    const bare = reportText(reportAssessment({ inspection: undefined }), reportItems, '2026-06-13');
    expect(bare).toContain('检查人：__________    检查日期：__________');
  });

  it('gives every hazard its status and flags the overdue one', () => {
    expect(text).toContain('1. 第四条第（六）项 条目4-6【已整改待验收】');
    expect(text).toContain('2. 第十一条第（三）项 条目11-3【待整改，期限已过】');
    expect(text).toContain('期限已过仍未销号：1 项');
  });

  it('prints a major hazard’s plan as the six parts with 未填, and its basis as 待核实', () => {
    const start = lines.indexOf('   治理方案：');
    expect(lines.slice(start + 1, start + 7)).toEqual([
      '     治理的目标和任务：恢复报警联网',
      '     采取的方法和措施：更换CO报警探头',
      '     经费和物资的落实：未填',
      '     负责治理的机构和人员：设备科 李工',
      '     治理的时限和要求：未填',
      '     安全措施和应急预案：未填',
    ]);
    expect(text).toMatch(/治理方案六项的依据：.*待核实/);
  });

  it('keeps location, acceptance and the dated history', () => {
    expect(text).toContain('   现场情况：设施失效或无效：CO探头损坏');
    expect(text).toContain('位置：高炉煤气区域；验收人：张科长；验收日期：2026-06-06');
    expect(text).toContain('   整改记录：2026-06-02 整改中（李工）；2026-06-04 已整改待验收（李工）：已换新探头');
  });

  it('lists own items in their own section and sums up the appendix by module', () => {
    expect(text).toContain('三、自行添加的隐患（1 项）\n1. 自行添加（未填依据） 厂区围栏破损【待整改】');
    expect(text).toContain('整改措施：修补围栏；责任人：后勤；期限：2026-07-01；资金：无需');
    expect(text).toMatch(/附录：逐条核对结果.*\n冶金.*：符合 1，设施失效或无效 1\n/);
    expect(text).toContain('检查人（签字）：__________    日期：__________');
  });
});

/** The self-check report as plain text, for pasting into a chat or a document (downloads often fail in WeChat). */
import type { CheckItem } from './checks';
import { MAJOR_PLAN_PARTS } from './hazards';
import { appendixSummary, buildReport, type ReportFinding } from './report-view';
import { type Assessment, type PlanEntry } from './self-check';
import { profileSummary } from './profile';
import { zhDate } from './dates';

/** Describes a profile in one line. */
export function profileLine(a: Assessment): string {
  return profileSummary(a.profile);
}

/** The parts of a plan in report order, each as typed or 未填 (a partly filled plan keeps what was typed). */
export function planParts(plan: PlanEntry | undefined): [label: string, value: string][] | undefined {
  if (!plan || !(plan.measure.trim() || plan.owner.trim() || plan.deadline || plan.funds.trim())) return undefined;
  const v = (x: string) => x.trim() || '未填';
  return [
    ['整改措施', v(plan.measure)],
    ['责任人', v(plan.owner)],
    ['期限', v(plan.deadline)],
    ['资金', v(plan.funds)],
  ];
}

/** A plan as one line of text. */
export function planText(plan: PlanEntry | undefined): string {
  const parts = planParts(plan);
  return parts ? parts.map(([k, x]) => `${k}：${x}`).join('；') : '整改计划：未制定';
}

/** A blank to fill in by hand when a value is missing. */
const blank = (v: string) => v || '__________';

/** One hazard in the text version: heading with status, then its fields, the plan and its history. */
function findingLines(f: ReportFinding, n: number): string[] {
  const L = [`${n}. ${f.clause} ${f.title}【${f.status}${f.overdue ? '，期限已过' : ''}】`];
  const [situation, ...rest] = f.fields;
  if (situation) L.push(`   现场情况：${situation.value}`);
  // A major hazard's plan prints as the six parts of a 治理方案, one per line; the other fields share one line.
  if (f.severity === 'major') {
    const plan = new Set<string>(MAJOR_PLAN_PARTS.map((p) => p.label));
    const other = rest.filter((x) => !plan.has(x.label));
    L.push(`   ${other.map((x) => `${x.label}：${x.value}`).join('；')}`, '   治理方案：');
    rest.filter((x) => plan.has(x.label)).forEach((x) => L.push(`     ${x.label}：${x.value}`));
  } else L.push(`   ${rest.map((x) => `${x.label}：${x.value}`).join('；')}`);
  if (f.history.length) L.push(`   整改记录：${f.history.map((h) => `${h.date} ${h.text}`).join('；')}`);
  return L;
}

/** Builds the full text report. `date` (the report day, local yyyy-mm-dd) is passed in so the output is testable. */
export function reportText(a: Assessment, items: readonly CheckItem[], date: string): string {
  const r = buildReport(a, items, date);
  const e = r.evaluation;
  const L: string[] = [];
  L.push(
    `企业安全自查报告：${a.name}`,
    `检查人：${blank(r.inspector)}    检查日期：${blank(r.inspectionDate)}`,
    `报告日期：${zhDate(date)}`,
    `企业概况：${profileLine(a)}`,
  );
  L.push(
    `核对条目：${e.counts.total} 条，已答 ${e.counts.answered} 条（符合 ${e.counts.ok}，不符合 ${e.counts.no + e.counts.failed}，不适用 ${e.counts.na}，待核实 ${e.counts.unsure}）`,
  );
  const overdue = [...r.major, ...r.gaps, ...r.own].filter((f) => f.overdue).length;
  if (overdue) L.push(`期限已过仍未销号：${overdue} 项`);
  L.push('', `一、重大事故隐患（${r.major.length} 项）`);
  if (r.major.length) L.push(`（治理方案六项的依据：${r.majorPlanBasis}）`);
  r.major.forEach((f, i) => L.push(...findingLines(f, i + 1)));
  L.push('', `二、工作要点义务未落实（一般问题，${r.gaps.length} 项）`);
  r.gaps.forEach((f, i) => L.push(...findingLines(f, i + 1)));
  L.push('', `三、自行添加的隐患（${r.own.length} 项）`);
  r.own.forEach((f, i) => L.push(...findingLines(f, i + 1)));
  L.push('', `四、待核实（${e.open.length} 项）`);
  e.open.forEach((i, n) => L.push(`${n + 1}. ${i.clause} ${i.title}`));
  L.push('', '附录：逐条核对结果（汇总，逐条明细见打印版）');
  r.appendix.forEach((m) => L.push(`${m.label}：${appendixSummary(m)}`));
  if (e.orphans.length) L.push('', `条目已更新（内容调整后不再存在的旧条目）：${e.orphans.map((o) => o.id).join('、')}`);
  L.push('', '主要负责人（签字）：__________    日期：__________');
  L.push('安全管理人员（签字）：__________    日期：__________');
  L.push('检查人（签字）：__________    日期：__________');
  L.push('说明：本报告由工贸安全自查自学站在本机生成，判定依据为《工贸企业重大事故隐患判定标准》（应急管理部令第10号），以官方文本为准。');
  return L.join('\n');
}

/** The self-check report as plain text, for pasting into a chat or a document (downloads often fail in WeChat). */
import type { CheckItem } from './checks';
import { ANSWER_LABELS, evaluate, type Assessment, type PlanEntry } from './self-check';
import { profileSummary } from './profile';

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

/** Builds the full text report. `date` is passed in so the output is testable. */
export function reportText(a: Assessment, items: readonly CheckItem[], date: string): string {
  const e = evaluate(a, items);
  const L: string[] = [];
  L.push(`企业安全自查报告：${a.name}`, `日期：${date}`, `企业概况：${profileLine(a)}`);
  L.push(
    `核对条目：${e.counts.total} 条，已答 ${e.counts.answered} 条（符合 ${e.counts.ok}，不符合 ${e.counts.no + e.counts.failed}，不适用 ${e.counts.na}，待核实 ${e.counts.unsure}）`,
  );
  L.push('', `一、重大事故隐患（${e.major.length} 项）`);
  e.major.forEach((f, i) => {
    L.push(`${i + 1}. ${f.item.clause} ${f.item.title}（${ANSWER_LABELS[f.answer.answer]}）`);
    if (f.answer.note) L.push(`   现场情况：${f.answer.note}`);
    L.push(`   ${planText(f.plan)}`);
  });
  L.push('', `二、工作要点义务未落实（一般问题，${e.gaps.length} 项）`);
  e.gaps.forEach((f, i) => {
    L.push(`${i + 1}. ${f.item.clause} ${f.item.title}`);
    L.push(`   ${planText(f.plan)}`);
  });
  L.push('', `三、待核实（${e.open.length} 项）`);
  e.open.forEach((i, n) => L.push(`${n + 1}. ${i.clause} ${i.title}`));
  if (e.unanswered.length) L.push('', `尚未核对：${e.unanswered.length} 条`);
  if (e.orphans.length) L.push('', `条目已更新（内容调整后不再存在的旧条目）：${e.orphans.map((o) => o.id).join('、')}`);
  L.push('', '主要负责人（签字）：__________    安全管理人员（签字）：__________');
  L.push('说明：本报告由工贸安全自查自学站在本机生成，判定依据为《工贸企业重大事故隐患判定标准》（应急管理部令第10号），以官方文本为准。');
  return L.join('\n');
}

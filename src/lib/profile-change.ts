/**
 * What a profile change would hide: unticking a box can drop answered items from the result and the report. The
 * answers stay stored (they come back when the box is ticked again), but the user is asked first and told which.
 */
import type { Profile } from './applicability';
import type { CheckItem } from './checks';
import { evaluate, type Assessment, type Finding } from './self-check';

export interface HiddenByChange {
  /** 不符合 / 设施失效 findings that would no longer show, in result order. */
  findings: Finding[];
  /** Other answered items (符合、不适用、待核实) that would no longer show. */
  otherAnswers: number;
}

/** The answered items of `a` that apply now but would not under `next`. */
export function hiddenByProfile(a: Assessment, items: readonly CheckItem[], next: Profile): HiddenByChange {
  const now = evaluate(a, items);
  const then = evaluate({ ...a, profile: next }, items);
  const keptFindings = new Set(then.findings.map((f) => f.item.id));
  const answeredThen = then.counts.answered - then.findings.length;
  return {
    findings: now.findings.filter((f) => !keptFindings.has(f.item.id)),
    otherAnswers: Math.max(0, now.counts.answered - now.findings.length - answeredThen),
  };
}

/** The question asked before hiding, or undefined when nothing answered would be hidden. Lists at most `max` titles. */
export function hideQuestion(h: HiddenByChange, max = 8): string | undefined {
  const n = h.findings.length;
  if (n === 0 && h.otherAnswers === 0) return undefined;
  const titles = h.findings.slice(0, max).map((f) => `· ${f.item.clause} ${f.item.title}`);
  if (n > max) titles.push(`……等共 ${n} 项`);
  const lines = [
    n ? `取消这一项后，${n} 项已发现的问题将不再显示在结果和报告中：` : '',
    ...titles,
    h.otherAnswers ? `另有 ${h.otherAnswers} 条已答的其他条目也将隐藏。` : '',
    '答案仍然保存在本机，重新勾选后会恢复。确定取消勾选吗？',
  ];
  return lines.filter(Boolean).join('\n');
}

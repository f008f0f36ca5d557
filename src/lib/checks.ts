import type { AppliesToLike } from './applicability';
import { clauseLabel, requireDomain } from './taxonomy';

/** Fields every self-check item has, whatever its kind. */
interface CheckItemBase {
  /** Criterion id (a4-1) or duty id (wp2024-t2-…): never changes once published. */
  id: string;
  /** Module id: a domain slug (metallurgy, dust…) or 'work-plan'. */
  module: string;
  /** 第四条第（一）项, or 工作要点第2项. */
  clause: string;
  title: string;
  /** Desired state: 符合 means no hazard or duty done. */
  statement: string;
  /** What makes it a hazard (criteria) or what is required (duties). */
  detail: string;
  checks: string[];
  appliesTo: AppliesToLike;
}
/** A criterion of 令第10号: 不符合 is a major hazard. */
export interface CriterionCheckItem extends CheckItemBase {
  kind: 'criterion';
  /** Article 14 applies: a failed or ineffective device counts too (the answer 失效 is offered). */
  article14: boolean;
  /** The devices article 14 is about, e.g. 可燃气体报警装置. */
  devices: string[];
  /** Legal consequence where the sources confirm it, e.g. 安全生产法第一百零三条：…. */
  penalty?: string | undefined;
}
/** A duty of the 2024 work plan: 不符合 is a general gap, not a major hazard. */
export interface DutyCheckItem extends CheckItemBase {
  kind: 'duty';
  /** Work-plan task number, for the link to its page. */
  task: number;
  /** Always false and empty: kept in the published shape (checks.json) so readers need not test the kind first. */
  article14: false;
  devices: [];
  penalty?: undefined;
}
/** One self-check item; `kind` decides which fields it has. */
export type CheckItem = CriterionCheckItem | DutyCheckItem;

interface CriterionInput {
  id: string;
  article: number;
  item: number;
  title: string;
  statement: string;
  desiredState: string;
  checks: string[];
  appliesTo: AppliesToLike;
  article14: boolean;
  devices: string[];
  /** Penalty with its citation already written out, e.g. 安全生产法第一百零三条. */
  penalty?: { citation: string; summary: string; confidence: string } | undefined;
}
interface DutyInput {
  id: string;
  task: number;
  duty: string;
  desiredState: string;
  when: string;
  who: string;
  checks: string[];
  appliesTo: AppliesToLike;
  /** recurring: continues after 2024; one-off: a 2024 deadline that has passed. */
  recurrence: 'recurring' | 'one-off';
}

/** How a duty of the (now historical) 2024 plan stands in December 2026, said the same way on every item. */
export const RECURRENCE_NOTES = {
  recurring: '2024年工作要点已成历史，但这是一项经常性工作，现在仍要坚持。',
  'one-off': '这是2024年计划中的一次性任务，期限已过；现在核对的是当时是否已完成，不再是当前的期限。',
} as const;

/** Appended to a one-off duty's statement in the self-check. */
export const ONE_OFF_MARK = '2024年的一次性任务，期限已过：核对当时是否已完成';

/** Short labels for the duty tables. */
export const RECURRENCE_LABELS = { recurring: '经常性', 'one-off': '一次性，已过期' } as const;

/** Turns criteria and duties into self-check items, criteria first in legal order. */
export function buildCheckItems(criteria: readonly CriterionInput[], duties: readonly DutyInput[]): CheckItem[] {
  const fromCriteria = [...criteria]
    .sort((a, b) => a.article - b.article || a.item - b.item)
    .map<CriterionCheckItem>((c) => ({
      kind: 'criterion',
      id: c.id,
      module: requireDomain(c.article).slug,
      clause: clauseLabel(c.article, c.item),
      title: c.title,
      statement: c.desiredState,
      detail: c.statement,
      checks: c.checks,
      appliesTo: c.appliesTo,
      article14: c.article14,
      devices: c.devices,
      // Only confirmed penalties are stated; an unconfirmed one would need the 待核实 mark, so it is left out here.
      penalty: c.penalty && c.penalty.confidence !== 'M' ? `${c.penalty.citation}：${c.penalty.summary}` : undefined,
    }));
  const fromDuties = [...duties]
    .sort((a, b) => a.task - b.task)
    .map<DutyCheckItem>((d) => ({
      kind: 'duty',
      id: d.id,
      module: 'work-plan',
      clause: `工作要点第${d.task}项`,
      title: d.duty,
      // A passed 2024 deadline says so where the user answers, not only in the report.
      statement: d.recurrence === 'one-off' ? `${d.desiredState}（${ONE_OFF_MARK}）` : d.desiredState,
      detail: `${d.when}（${d.who}）。${RECURRENCE_NOTES[d.recurrence]}`,
      checks: d.checks,
      appliesTo: d.appliesTo,
      article14: false,
      devices: [],
      task: d.task,
    }));
  return [...fromCriteria, ...fromDuties];
}

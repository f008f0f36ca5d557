/**
 * Self-check logic: which items apply to a profile, how answers become findings, whether the action plan is complete,
 * and how two assessments compare. Pure: no DOM, no storage.
 */
import { applies, type Profile } from './applicability';
import type { CheckItem } from './checks';
import { statusOf, type HazardEvent, type HazardStatus, type HazardTrack, type MajorPlanParts, type OwnItem } from './hazards';
import { DOMAINS } from './taxonomy';
import { isOneOf } from './one-of';

/** Answers: 符合 / 不符合 / 不适用 / 待核实, plus 设施失效或无效 for Article 14 items (counts as 不符合). */
export const ANSWERS = ['ok', 'no', 'failed', 'na', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];
/** Whether a stored or imported answer is one this build knows (an unknown one is kept aside as foreign). */
export const isAnswer = (x: string): x is Answer => isOneOf(ANSWERS, x);
export const ANSWER_LABELS: Record<Answer, string> = {
  ok: '符合',
  no: '不符合',
  failed: '设施失效或无效',
  na: '不适用',
  unsure: '待核实',
};

export interface AnswerEntry {
  answer: Answer;
  note?: string;
}
export interface PlanEntry extends MajorPlanParts {
  measure: string;
  owner: string;
  deadline: string;
  funds: string;
}
export interface Assessment {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  profile: Profile;
  answers: Record<string, AnswerEntry>;
  plans: Record<string, PlanEntry>;
  /** Where the user was, to resume exactly there. */
  position?: { module: string; item?: string | undefined } | undefined;
  /** The lifecycle of each hazard, by item id (or own item id); see lib/hazards.ts. */
  hazards?: Record<string, HazardTrack> | undefined;
  /** Hazards the user added that the catalogue does not list, by id (`own-…`). */
  own?: Record<string, OwnItem> | undefined;
  /** 检查人 and 检查日期 of this self-check, printed on the report. */
  inspection?: { by: string; date: string } | undefined;
  /** Time of each field's last change, so edits from two tabs merge (see lib/storage/stamps.ts). */
  ts?: Record<string, string> | undefined;
  /** Values written by another version that this build does not know: kept as they are and shown as 未知选项. */
  foreign?: ForeignValues | undefined;
}

/** Profile values and answers this build does not know, kept so that saving never drops them. */
export interface ForeignValues {
  industries: string[];
  specials: string[];
  subSectors: string[];
  answers: Record<string, { answer: string; note?: string }>;
  /** Lifecycle steps whose status this build does not know, by hazard key and event id (stored shape). */
  events?: Record<string, Record<string, Omit<HazardEvent, 'status'> & { status: string }>>;
  /** Own items whose 等级 this build does not know, by id (stored shape). */
  own?: Record<string, Omit<OwnItem, 'severity'> & { severity: string }>;
  /** Whole fields of the record that this build does not know. */
  fields?: Record<string, unknown>;
}

export interface Module {
  id: string;
  label: string;
  items: CheckItem[];
}

const MODULE_ORDER = [...DOMAINS.map((d) => d.slug), 'work-plan'] as string[];
const MODULE_LABEL: Record<string, string> = {
  ...Object.fromEntries(DOMAINS.map((d) => [d.slug, d.article === 3 ? '管理类' : d.label])),
  'work-plan': '工作要点企业义务',
};

/** The items that apply to a profile, grouped into modules in legal order; empty modules are left out. */
export function selectModules(items: readonly CheckItem[], profile: Profile): Module[] {
  const chosen = items.filter((i) => applies(i.appliesTo, profile));
  return MODULE_ORDER.map((id) => ({ id, label: MODULE_LABEL[id] ?? id, items: chosen.filter((i) => i.module === id) })).filter(
    (m) => m.items.length > 0,
  );
}

/** True when an answer means the item is not met (a failed Article 14 device counts as 不符合). */
export const isNonCompliant = (a: Answer | undefined): boolean => a === 'no' || a === 'failed';

export interface Finding {
  item: CheckItem;
  answer: AnswerEntry;
  /** 重大事故隐患 for criteria, 一般问题 for work-plan duties. */
  severity: 'major' | 'gap';
  plan?: PlanEntry | undefined;
  track?: HazardTrack | undefined;
  status: HazardStatus;
}

/** A hazard the user added (not in the catalogue): tracked like a finding. */
export interface OwnFinding {
  key: string;
  own: OwnItem;
  severity: 'major' | 'gap';
  plan?: PlanEntry | undefined;
  track?: HazardTrack | undefined;
  status: HazardStatus;
}

export interface Evaluation {
  findings: Finding[];
  major: Finding[];
  gaps: Finding[];
  /** Hazards the user added, in the order they were added. */
  own: OwnFinding[];
  /** Items answered 待核实. */
  open: CheckItem[];
  /** Applicable items not yet answered. */
  unanswered: CheckItem[];
  /** Answers whose item no longer exists in the content (kept, shown as 条目已更新). */
  orphans: { id: string; answer: AnswerEntry; plan?: PlanEntry | undefined }[];
  counts: Record<Answer, number> & { total: number; answered: number };
}

/** Turns the answers of an assessment into findings, open items and counts. */
export function evaluate(a: Assessment, items: readonly CheckItem[]): Evaluation {
  const modules = selectModules(items, a.profile);
  const applicable = modules.flatMap((m) => m.items);
  const known = new Set(items.map((i) => i.id));
  const counts = { ok: 0, no: 0, failed: 0, na: 0, unsure: 0, total: applicable.length, answered: 0 };
  const findings: Finding[] = [];
  const open: CheckItem[] = [];
  const unanswered: CheckItem[] = [];
  for (const item of applicable) {
    const ans = a.answers[item.id];
    if (!ans) {
      unanswered.push(item);
      continue;
    }
    counts[ans.answer]++;
    counts.answered++;
    if (isNonCompliant(ans.answer)) {
      const track = a.hazards?.[item.id];
      findings.push({
        item,
        answer: ans,
        severity: item.kind === 'criterion' ? 'major' : 'gap',
        plan: a.plans[item.id],
        track,
        status: statusOf(track),
      });
    }
    if (ans.answer === 'unsure') open.push(item);
  }
  const orphans = Object.entries(a.answers)
    .filter(([id]) => !known.has(id))
    .map(([id, answer]) => ({ id, answer, plan: a.plans[id] }));
  const own = Object.entries(a.own ?? {})
    .sort(([, x], [, y]) => x.createdAt.localeCompare(y.createdAt))
    .map(([key, o]): OwnFinding => {
      const track = a.hazards?.[key];
      return { key, own: o, severity: o.severity, plan: a.plans[key], track, status: statusOf(track) };
    });
  return {
    findings,
    own,
    major: findings.filter((f) => f.severity === 'major'),
    gaps: findings.filter((f) => f.severity === 'gap'),
    open,
    unanswered,
    orphans,
    counts,
  };
}

/**
 * A plan is complete when measure, owner and deadline are filled in (funds may be 无需). A type guard, so callers read
 * the plan's fields after the check without `!`.
 */
export function isPlanComplete(p: PlanEntry | undefined): p is PlanEntry {
  return !!p && p.measure.trim() !== '' && p.owner.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(p.deadline);
}

/** Findings still without a complete action plan. */
export function findingsWithoutPlan(e: Evaluation): Finding[] {
  return e.findings.filter((f) => !isPlanComplete(f.plan));
}

/** Suggested measures for a finding, drawn from the item's site checks. */
export function suggestMeasures(item: CheckItem): string[] {
  const base = item.kind === 'criterion' ? [`按${item.clause}要求整改，使“${item.statement}”成立`] : [`落实${item.clause}：${item.title}`];
  return [...base, ...item.checks.map((c) => `整改后复查：${c}`)];
}

export interface Comparison {
  fixed: string[];
  added: string[];
  still: string[];
}

/** Compares an earlier and a later assessment: what was fixed, what is new, what remains. */
export function compareAssessments(before: Assessment, after: Assessment): Comparison {
  const bad = (a: Assessment) =>
    new Set(
      Object.entries(a.answers)
        .filter(([, v]) => isNonCompliant(v.answer))
        .map(([id]) => id),
    );
  const b = bad(before);
  const l = bad(after);
  return {
    fixed: [...b].filter((id) => !l.has(id) && after.answers[id]?.answer === 'ok'),
    added: [...l].filter((id) => !b.has(id)),
    still: [...l].filter((id) => b.has(id)),
  };
}

/**
 * The keys of an assessment's hazards: items answered 不符合 / 设施失效或无效 (also those the content no longer lists)
 * and own items. Needs no catalogue, so the store can use it.
 */
export function hazardKeys(a: Assessment): string[] {
  const answered = Object.entries(a.answers)
    .filter(([, v]) => isNonCompliant(v.answer))
    .map(([id]) => id);
  return [...answered, ...Object.keys(a.own ?? {})];
}

/**
 * The content of a re-check copy (复制一份复查): answers and plans kept so changes can be compared, and every hazard
 * not yet 已销号 carried over with its steps and location, linked to the earlier record by `carriedFrom`. A closed
 * hazard is not carried: its answer and plan are left out (the item is to be checked again) and a closed own item is
 * not copied. Inspection details belong to the earlier check and are not copied.
 */
export function recheckCopy(a: Assessment): Pick<Assessment, 'answers' | 'plans' | 'profile'> & Pick<Assessment, 'hazards' | 'own'> {
  const answers = structuredClone(a.answers);
  const plans = structuredClone(a.plans);
  const hazards: Record<string, HazardTrack> = {};
  const own: Record<string, OwnItem> = {};
  for (const key of hazardKeys(a)) {
    const t = a.hazards?.[key];
    if (statusOf(t) === 'closed') {
      delete answers[key];
      delete plans[key];
      continue;
    }
    hazards[key] = {
      events: structuredClone(t?.events ?? {}),
      ...(t?.location ? { location: t.location } : {}),
      carriedFrom: { assessment: a.id, key },
    };
    const o = a.own?.[key];
    if (o) own[key] = { ...o };
  }
  return {
    profile: structuredClone(a.profile),
    answers,
    plans,
    ...(Object.keys(hazards).length ? { hazards } : {}),
    ...(Object.keys(own).length ? { own } : {}),
  };
}

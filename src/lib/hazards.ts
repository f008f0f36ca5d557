/**
 * The hazard lifecycle (隐患闭环): every finding of a self-check, and every hazard the user adds that the catalogue
 * does not list, is tracked from 待整改 to 已销号. Pure: no DOM, no storage, the clock passed in.
 *
 * A hazard's status is not stored as a value: it is the status of its latest event. Events are kept by id, so two tabs
 * that each record a step both keep theirs when the record is merged (lib/storage/stamps.ts merges path by path).
 */
import { localDate } from './dates';
import { isOneOf } from './one-of';

export const STATUSES = ['open', 'fixing', 'fixed', 'closed'] as const;
export type HazardStatus = (typeof STATUSES)[number];
/** Whether a string (e.g. a `<select>`'s value) is a hazard status. */
export const isHazardStatus = (x: string): x is HazardStatus => isOneOf(STATUSES, x);
export const STATUS_LABELS: Record<HazardStatus, string> = {
  open: '待整改',
  fixing: '整改中',
  fixed: '已整改待验收',
  closed: '已销号',
};

/** One step in a hazard's life, as the user recorded it. */
export interface HazardEvent {
  /** The status the hazard has after this step. */
  status: HazardStatus;
  /** The day the step happened (yyyy-mm-dd, local), as the user gives it. */
  date: string;
  /** Who did it (整改责任人, 验收人 …). */
  by: string;
  note?: string | undefined;
  /** When it was recorded (ISO time): orders events of the same day. */
  at: string;
  /** True for 重新打开 (a closed or verified hazard found again). */
  reopen?: boolean | undefined;
}

/** The tracking of one hazard, kept in its assessment under the item's id (or an own item's id). */
export interface HazardTrack {
  /** Steps by id. */
  events: Record<string, HazardEvent>;
  /** 验收: required before 销号. */
  acceptance?: { by: string; date: string } | undefined;
  /** Where it is (车间、设备、部位). */
  location?: string | undefined;
  /** The hazard this one continues, in the earlier assessment a re-check was copied from. */
  carriedFrom?: { assessment: string; key: string } | undefined;
}

/** A hazard the catalogue does not list (OiRA's "other risks"): same lifecycle, plan and report as a finding. */
export interface OwnItem {
  title: string;
  /** Its basis as the user knows it (e.g. a standard's clause); may be empty. */
  basis: string;
  severity: 'major' | 'gap';
  note?: string | undefined;
  createdAt: string;
}

/** Extra parts of the treatment plan of a 重大事故隐患 (治理方案), beyond measure, owner, deadline and funds. */
export interface MajorPlanParts {
  /** 治理的目标和任务. */
  goal?: string | undefined;
  /** 安全措施和应急预案 (during the treatment). */
  safety?: string | undefined;
}

/** The parts of a 重大事故隐患治理方案, in order, with the plan field that holds each. */
export const MAJOR_PLAN_PARTS = [
  { field: 'goal', label: '治理的目标和任务' },
  { field: 'measure', label: '采取的方法和措施' },
  { field: 'funds', label: '经费和物资的落实' },
  { field: 'owner', label: '负责治理的机构和人员' },
  { field: 'deadline', label: '治理的时限和要求' },
  { field: 'safety', label: '安全措施和应急预案' },
] as const;
/**
 * Basis of the six parts: 原国家安全监管总局令第16号《安全生产事故隐患排查治理暂行规定》. Its article number and whether
 * it is still in force are not confirmed (shared/sources/regulation-facts.md), so the site shows this basis as 待核实.
 */
export const MAJOR_PLAN_BASIS = '原国家安全监管总局令第16号《安全生产事故隐患排查治理暂行规定》（条款号及现行效力待核实）';

/** Events oldest first (by day, then by the time they were recorded). */
export function eventsInOrder(t: HazardTrack | undefined): HazardEvent[] {
  return Object.values(t?.events ?? {}).sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
}

/** The status of a hazard: that of its latest event; 待整改 when nothing was recorded yet. */
export function statusOf(t: HazardTrack | undefined): HazardStatus {
  return eventsInOrder(t).at(-1)?.status ?? 'open';
}

/** The steps the user may take from a status (重新打开 from 已整改待验收 or 已销号). */
export function nextSteps(status: HazardStatus): { status: HazardStatus; label: string; reopen?: true }[] {
  switch (status) {
    case 'open':
      return [
        { status: 'fixing', label: '开始整改' },
        { status: 'fixed', label: '已整改，待验收' },
      ];
    case 'fixing':
      return [{ status: 'fixed', label: '已整改，待验收' }];
    case 'fixed':
      return [
        { status: 'closed', label: '验收通过，销号' },
        { status: 'fixing', label: '验收未通过，继续整改', reopen: true },
      ];
    case 'closed':
      return [{ status: 'open', label: '重新打开', reopen: true }];
  }
}

export type StepCheck = { ok: true } | { ok: false; error: string };

/** Whether a step may be recorded: it must follow from the current status, and 销号 needs 验收人 and 验收日期. */
export function checkStep(t: HazardTrack | undefined, step: Pick<HazardEvent, 'status' | 'date' | 'by'>): StepCheck {
  const from = statusOf(t);
  if (!nextSteps(from).some((s) => s.status === step.status))
    return { ok: false, error: `“${STATUS_LABELS[from]}”的隐患不能直接改为“${STATUS_LABELS[step.status]}”。` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(step.date)) return { ok: false, error: '请填写日期。' };
  if (!step.by.trim()) return { ok: false, error: step.status === 'closed' ? '销号前请填写验收人。' : '请填写经办人。' };
  if (step.status === 'closed' && !(t?.acceptance?.by.trim() && /^\d{4}-\d{2}-\d{2}$/.test(t.acceptance.date)))
    return { ok: false, error: '销号前请填写验收人和验收日期。' };
  return { ok: true };
}

/** Overdue: the plan's deadline has passed (before today, local) and the hazard is not closed. */
export function isOverdue(deadline: string | undefined, status: HazardStatus, today: string = localDate()): boolean {
  return status !== 'closed' && !!deadline && /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < today;
}

/** The date a hazard was found: its assessment's creation day, local. */
export const foundOn = (createdAt: string): string => localDate(createdAt);

/**
 * Comparing two self-checks as a table: which record is the earlier one (decided here, whatever order the user picked them
 * in), and for each item that was a hazard in either, its answer then and now and what changed. Pure.
 */
import type { CheckItem } from './checks';
import { localDate } from './dates';
import { ANSWER_LABELS, isNonCompliant, type Assessment } from './self-check';

/** The day a self-check was done: its 检查日期 when entered, else the day it was created (local). */
export const checkDay = (a: Assessment): string => a.inspection?.date.trim() || localDate(a.createdAt);

/**
 * The two records, earlier first: by the day of the check, then by creation time. Not by `updatedAt`: editing an old
 * record (adding a plan, a photo) would otherwise make it the "newer" one.
 */
export function orderByDate(x: Assessment, y: Assessment): [earlier: Assessment, later: Assessment] {
  const kx = `${checkDay(x)} ${x.createdAt}`;
  const ky = `${checkDay(y)} ${y.createdAt}`;
  return kx <= ky ? [x, y] : [y, x];
}

export const CHANGE_LABELS = {
  fixed: '已整改',
  added: '新发现',
  still: '仍存在',
  /** A hazard before, and the later check did not answer 符合 (not checked, 待核实 or 不适用): not shown as fixed. */
  unconfirmed: '未确认整改',
} as const;
export type Change = keyof typeof CHANGE_LABELS;

export interface CompareRow {
  id: string;
  /** 第四条第（六）项 title, or the id with 条目已更新 when the item no longer exists. */
  label: string;
  before: string;
  after: string;
  change: Change;
}

const answerOf = (a: Assessment, id: string) => {
  const x = a.answers[id];
  return x ? ANSWER_LABELS[x.answer] : '未核对';
};

/** One row per item that is a hazard in either record, in catalogue order (unknown ids last). */
export function compareRows(earlier: Assessment, later: Assessment, items: readonly CheckItem[]): CompareRow[] {
  const bad = (a: Assessment, id: string) => isNonCompliant(a.answers[id]?.answer);
  const ids = new Set([...Object.keys(earlier.answers), ...Object.keys(later.answers)].filter((id) => bad(earlier, id) || bad(later, id)));
  const order = new Map(items.map((i, n) => [i.id, n]));
  return [...ids]
    .sort((p, q) => (order.get(p) ?? Infinity) - (order.get(q) ?? Infinity) || p.localeCompare(q))
    .map((id): CompareRow => {
      const item = items.find((i) => i.id === id);
      const b = bad(earlier, id);
      const l = bad(later, id);
      const change: Change = b && l ? 'still' : l ? 'added' : later.answers[id]?.answer === 'ok' ? 'fixed' : 'unconfirmed';
      return {
        id,
        label: item ? `${item.clause} ${item.title}` : `${id}（条目已更新）`,
        before: answerOf(earlier, id),
        after: answerOf(later, id),
        change,
      };
    });
}

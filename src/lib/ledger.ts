/**
 * The hazard ledger (隐患排查治理台账): every hazard of every assessment on the device, one row each. A hazard carried
 * to a later re-check (lib/self-check.ts recheckCopy) shows once, as its latest record, with the chain of records it
 * passed through. Pure: the clock is passed in, so overdue is testable.
 */
import type { CheckItem } from './checks';
import { localDate } from './dates';
import { STATUS_LABELS, eventsInOrder, foundOn, isOverdue, type HazardEvent, type HazardStatus } from './hazards';
import { evaluate, type Assessment, type PlanEntry } from './self-check';

/** One record a ledger row's hazard passed through, earliest first. */
export interface ChainLink {
  assessment: string;
  name: string;
  /** The record's creation day (local). */
  date: string;
}

export interface LedgerRow {
  /** 编号: position in the ledger sorted by 期限 (1, 2 …); changes as hazards are added, unlike `id`. */
  no: number;
  /** Stable id: `<assessment id>/<hazard key>` of the latest record. */
  id: string;
  assessment: string;
  assessmentName: string;
  key: string;
  /** 条款 (第十一条第（三）项) of a catalogue item; empty for an own item. */
  clause: string;
  /** 隐患名称: the item's title or the own item's title. */
  title: string;
  /** The own item's basis as the user gave it. */
  basis: string;
  own: boolean;
  severity: 'major' | 'gap';
  location: string;
  /** 发现日期: the day the earliest record of the chain was made (local). */
  found: string;
  measure: string;
  owner: string;
  deadline: string;
  funds: string;
  status: HazardStatus;
  overdue: boolean;
  acceptedBy: string;
  acceptedOn: string;
  /** Steps, oldest first (those of the earlier records come along when carried). */
  history: HazardEvent[];
  /** The records this hazard was in, earliest first; one link when never carried. */
  chain: ChainLink[];
}

const EMPTY_PLAN: PlanEntry = { measure: '', owner: '', deadline: '', funds: '' };

/** Every hazard of the given assessments, carried ones once, sorted (see sortRows) and numbered. */
export function buildLedger(list: readonly Assessment[], items: readonly CheckItem[], today: string = localDate()): LedgerRow[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  const raw: LedgerRow[] = [];
  // A hazard that a later record carried on is shown there, not here.
  const continued = new Set<string>();
  for (const a of list)
    for (const t of Object.values(a.hazards ?? {}))
      if (t.carriedFrom && byId.has(t.carriedFrom.assessment)) continued.add(`${t.carriedFrom.assessment}/${t.carriedFrom.key}`);
  for (const a of list) {
    const e = evaluate(a, items);
    const entries = [
      ...e.findings.map((f) => ({
        key: f.item.id,
        clause: f.item.clause,
        title: f.item.title,
        basis: '',
        own: false,
        severity: f.severity,
      })),
      ...e.own.map((o) => ({ key: o.key, clause: '', title: o.own.title, basis: o.own.basis, own: true, severity: o.severity })),
    ];
    for (const x of entries) {
      const id = `${a.id}/${x.key}`;
      if (continued.has(id)) continue;
      const track = a.hazards?.[x.key];
      const chain = chainOf(a, x.key, byId);
      const plan = a.plans[x.key] ?? EMPTY_PLAN;
      const history = eventsInOrder(track);
      const status = history.at(-1)?.status ?? 'open';
      raw.push({
        no: 0,
        id,
        assessment: a.id,
        assessmentName: a.name,
        ...x,
        location: track?.location ?? '',
        found: chain[0]?.date ?? foundOn(a.createdAt),
        measure: plan.measure,
        owner: plan.owner,
        deadline: plan.deadline,
        funds: plan.funds,
        status,
        overdue: isOverdue(plan.deadline, status, today),
        acceptedBy: status === 'closed' ? (track?.acceptance?.by ?? '') : '',
        acceptedOn: status === 'closed' ? (track?.acceptance?.date ?? '') : '',
        history,
        chain,
      });
    }
  }
  return sortRows(raw).map((r, i) => ({ ...r, no: i + 1 }));
}

/** The records a hazard passed through, following carriedFrom back (stops at a missing record or a loop). */
function chainOf(a: Assessment, key: string, byId: ReadonlyMap<string, Assessment>): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<string>();
  let cur: { a: Assessment; key: string } | undefined = { a, key };
  while (cur && !seen.has(cur.a.id)) {
    seen.add(cur.a.id);
    chain.unshift({ assessment: cur.a.id, name: cur.a.name, date: foundOn(cur.a.createdAt) });
    const from: { assessment: string; key: string } | undefined = cur.a.hazards?.[cur.key]?.carriedFrom;
    const prev: Assessment | undefined = from && byId.get(from.assessment);
    cur = prev && from ? { a: prev, key: from.key } : undefined;
  }
  return chain;
}

/** By 期限, earliest first; rows without one last; then by 发现日期 and title, so the order is stable. */
export function sortRows<T extends Pick<LedgerRow, 'deadline' | 'found' | 'title' | 'id'>>(rows: readonly T[]): T[] {
  const k = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '9999-99-99');
  return [...rows].sort(
    (x, y) =>
      k(x.deadline).localeCompare(k(y.deadline)) ||
      x.found.localeCompare(y.found) ||
      x.title.localeCompare(y.title, 'zh-CN') ||
      x.id.localeCompare(y.id),
  );
}

export interface LedgerFilter {
  /** One status, or every one. */
  status: HazardStatus | 'all';
  /** Only overdue rows. */
  overdue: boolean;
  /** Only 重大事故隐患. */
  major: boolean;
}
export const NO_FILTER: LedgerFilter = { status: 'all', overdue: false, major: false };

export const filterRows = (rows: readonly LedgerRow[], f: LedgerFilter): LedgerRow[] =>
  rows.filter((r) => (f.status === 'all' || r.status === f.status) && (!f.overdue || r.overdue) && (!f.major || r.severity === 'major'));

export interface LedgerCounts {
  total: number;
  major: number;
  overdue: number;
  byStatus: Record<HazardStatus, number>;
}

export function countRows(rows: readonly LedgerRow[]): LedgerCounts {
  const byStatus: Record<HazardStatus, number> = { open: 0, fixing: 0, fixed: 0, closed: 0 };
  for (const r of rows) byStatus[r.status]++;
  return {
    total: rows.length,
    major: rows.filter((r) => r.severity === 'major').length,
    overdue: rows.filter((r) => r.overdue).length,
    byStatus,
  };
}

export const SEVERITY_LABELS = { major: '重大事故隐患', gap: '一般隐患' } as const;

/** The columns an inspector expects, in order, with how each cell is read from a row. */
export const LEDGER_COLUMNS: readonly { header: string; cell: (r: LedgerRow) => string | number; width: number }[] = [
  { header: '编号', cell: (r) => r.no, width: 6 },
  { header: '隐患名称/条款', cell: (r) => nameOf(r), width: 40 },
  { header: '等级', cell: (r) => SEVERITY_LABELS[r.severity], width: 14 },
  { header: '位置', cell: (r) => r.location, width: 16 },
  { header: '发现日期', cell: (r) => r.found, width: 12 },
  { header: '整改措施', cell: (r) => r.measure, width: 40 },
  { header: '责任人', cell: (r) => r.owner, width: 12 },
  { header: '期限', cell: (r) => r.deadline, width: 12 },
  { header: '资金', cell: (r) => r.funds, width: 10 },
  { header: '状态', cell: (r) => STATUS_LABELS[r.status] + (r.overdue ? '（期限已过）' : ''), width: 16 },
  { header: '验收人', cell: (r) => r.acceptedBy, width: 12 },
  { header: '验收日期', cell: (r) => r.acceptedOn, width: 12 },
];

/** 隐患名称/条款 in one text: "条款 名称", or for an own item "名称（依据：…）". */
export function nameOf(r: Pick<LedgerRow, 'clause' | 'title' | 'basis' | 'own'>): string {
  if (!r.own) return `${r.clause} ${r.title}`;
  return r.basis ? `${r.title}（依据：${r.basis}）` : `${r.title}（自行添加）`;
}

/** The ledger as plain text, for pasting into WeChat where downloads fail. */
export function ledgerText(rows: readonly LedgerRow[], today: string = localDate()): string {
  const c = countRows(rows);
  const head = `隐患排查治理台账（${today}）\n共 ${c.total} 项：重大事故隐患 ${c.major} 项；待整改 ${c.byStatus.open}，整改中 ${c.byStatus.fixing}，已整改待验收 ${c.byStatus.fixed}，已销号 ${c.byStatus.closed}；期限已过 ${c.overdue} 项。`;
  const body = rows.map((r) =>
    [
      `${r.no}. 【${SEVERITY_LABELS[r.severity]}】${nameOf(r)}`,
      `位置：${r.location || '未填'}；发现：${r.found}`,
      `措施：${r.measure || '未填'}；责任人：${r.owner || '未填'}；期限：${r.deadline || '未填'}；资金：${r.funds || '未填'}`,
      `状态：${STATUS_LABELS[r.status]}${r.overdue ? '（期限已过）' : ''}${r.acceptedBy ? `；验收：${r.acceptedBy} ${r.acceptedOn}` : ''}`,
    ].join('\n'),
  );
  return [head, ...body].join('\n\n');
}

/** The spreadsheet's name, with the LOCAL date. */
export const ledgerFileName = (today: string = localDate()) => `隐患台账-${today}.xlsx`;

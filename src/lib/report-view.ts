/**
 * The self-check report as a view model: what the printed document, the phone cards and the text version all show, built
 * once so that the three never drift. Pure: the day ("today", local yyyy-mm-dd) is passed in.
 */
import type { CheckItem } from './checks';
import { eventsInOrder, isOverdue, MAJOR_PLAN_BASIS, MAJOR_PLAN_PARTS, STATUS_LABELS, type HazardTrack } from './hazards';
import {
  ANSWER_LABELS,
  ANSWERS,
  evaluate,
  selectModules,
  type Answer,
  type Assessment,
  type Evaluation,
  type PlanEntry,
} from './self-check';

/** What an item's answer reads as in the appendix; an item with no answer is 未核对. */
export const NOT_CHECKED = '未核对';
/** A part of a plan that was left empty. */
export const NOT_FILLED = '未填';

/** One labelled value of a finding (a plan part, the location …); `missing` when the user left it empty. */
export interface ReportField {
  label: string;
  value: string;
  missing: boolean;
}

/** One dated step of a hazard's history, as it prints. */
export interface ReportStep {
  date: string;
  text: string;
}

/** One hazard as it prints: a catalogue finding or an own item. */
export interface ReportFinding {
  /** The item id or own-item id: the photo area and the anchor use it. */
  key: string;
  /** 第四条第（六）项 …, or 自行添加 for an own item. */
  clause: string;
  title: string;
  severity: 'major' | 'gap';
  status: string;
  overdue: boolean;
  /** 现场情况 (answer and note), 位置, the plan's parts, 验收: in print order. */
  fields: ReportField[];
  history: ReportStep[];
  /** 责任人, 期限 and 资金 for the overview table (未填 when empty). */
  owner: ReportField;
  deadline: ReportField;
  funds: ReportField;
}

/** One row of the appendix (the inspection record). */
export interface AppendixRow {
  id: string;
  clause: string;
  title: string;
  answer: string;
  note: string;
  /** The answer as a code (`none` when not checked), for styling. */
  code: Answer | 'none';
}

export interface AppendixModule {
  id: string;
  label: string;
  rows: AppendixRow[];
}

export interface ReportModel {
  name: string;
  /** 检查人 / 检查日期 as entered, or '' (the report prints a line to fill in by hand). */
  inspector: string;
  inspectionDate: string;
  /** The day the report was made, local yyyy-mm-dd. */
  reportDate: string;
  evaluation: Evaluation;
  major: ReportFinding[];
  gaps: ReportFinding[];
  own: ReportFinding[];
  /** Basis of the six parts of a major hazard's plan: not confirmed, so shown as 待核实. */
  majorPlanBasis: string;
  appendix: AppendixModule[];
}

/** Values this short (a 期限, an amount, a name) never break inside: a date split over two lines misreads on paper. */
export const keepsOnOneLine = (value: string): boolean => value.length <= 14;

/** The class of a value cell: 未填 shown muted, short values kept on one line. */
export const valueClass = (x: ReportField): string | undefined =>
  [x.missing ? 'missing' : '', keepsOnOneLine(x.value) ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined;

const field = (label: string, raw: string | undefined): ReportField => {
  const value = (raw ?? '').trim();
  return { label, value: value || NOT_FILLED, missing: !value };
};

/**
 * The plan's parts in print order: the six parts of a 重大事故隐患治理方案 for a major hazard, the four of an action plan
 * otherwise. Every part is printed, typed or 未填, so a partly filled plan keeps what was typed.
 */
export function planFields(plan: PlanEntry | undefined, severity: 'major' | 'gap'): ReportField[] {
  if (severity === 'major') return MAJOR_PLAN_PARTS.map((p) => field(p.label, plan?.[p.field]));
  return [field('整改措施', plan?.measure), field('责任人', plan?.owner), field('期限', plan?.deadline), field('资金', plan?.funds)];
}

/** A hazard's history as dated lines, oldest first: who did what. */
export function historySteps(track: HazardTrack | undefined): ReportStep[] {
  return eventsInOrder(track).map((e) => ({
    date: e.date,
    text: `${e.reopen ? '重新打开：' : ''}${STATUS_LABELS[e.status]}（${e.by.trim() || '未填经办人'}）${e.note?.trim() ? `：${e.note.trim()}` : ''}`,
  }));
}

interface HazardInput {
  key: string;
  clause: string;
  title: string;
  severity: 'major' | 'gap';
  situation: string;
  plan: PlanEntry | undefined;
  track: HazardTrack | undefined;
  status: keyof typeof STATUS_LABELS;
}

function toFinding(h: HazardInput, today: string): ReportFinding {
  const acc = h.track?.acceptance;
  const fields = [
    { label: '现场情况', value: h.situation, missing: false },
    field('位置', h.track?.location),
    ...planFields(h.plan, h.severity),
  ];
  // 验收 is only asked for once the work is done; before that an empty 验收 line would read as an omission.
  if (acc || h.status === 'fixed' || h.status === 'closed') fields.push(field('验收人', acc?.by), field('验收日期', acc?.date));
  return {
    key: h.key,
    clause: h.clause,
    title: h.title,
    severity: h.severity,
    status: STATUS_LABELS[h.status],
    overdue: isOverdue(h.plan?.deadline, h.status, today),
    fields,
    history: historySteps(h.track),
    owner: field('责任人', h.plan?.owner),
    deadline: field('期限', h.plan?.deadline),
    funds: field('资金', h.plan?.funds),
  };
}

/** Every applicable item with its answer, grouped by module in legal order: the printout is the inspection record. */
export function appendixModules(a: Assessment, items: readonly CheckItem[]): AppendixModule[] {
  return selectModules(items, a.profile).map((m) => ({
    id: m.id,
    label: m.label,
    rows: m.items.map((i): AppendixRow => {
      const ans = a.answers[i.id];
      return {
        id: i.id,
        clause: i.clause,
        title: i.title,
        answer: ans ? ANSWER_LABELS[ans.answer] : NOT_CHECKED,
        note: ans?.note?.trim() ?? '',
        code: ans?.answer ?? 'none',
      };
    }),
  }));
}

/** Builds the report of one assessment on the day `today` (local yyyy-mm-dd). */
export function buildReport(a: Assessment, items: readonly CheckItem[], today: string): ReportModel {
  const e = evaluate(a, items);
  const catalogue = (list: Evaluation['findings']) =>
    list.map((f) =>
      toFinding(
        {
          key: f.item.id,
          clause: f.item.clause,
          title: f.item.title,
          severity: f.severity,
          situation: `${ANSWER_LABELS[f.answer.answer]}${f.answer.note?.trim() ? `：${f.answer.note.trim()}` : ''}`,
          plan: f.plan,
          track: f.track,
          status: f.status,
        },
        today,
      ),
    );
  const own = e.own.map((o) =>
    toFinding(
      {
        key: o.key,
        clause: o.own.basis.trim() ? `自行添加（依据：${o.own.basis.trim()}）` : '自行添加（未填依据）',
        title: o.own.title,
        severity: o.severity,
        situation: o.own.note?.trim() || '（未填说明）',
        plan: o.plan,
        track: o.track,
        status: o.status,
      },
      today,
    ),
  );
  return {
    name: a.name,
    inspector: a.inspection?.by.trim() ?? '',
    inspectionDate: a.inspection?.date.trim() ?? '',
    reportDate: today,
    evaluation: e,
    major: catalogue(e.major),
    gaps: catalogue(e.gaps),
    own,
    majorPlanBasis: MAJOR_PLAN_BASIS,
    appendix: appendixModules(a, items),
  };
}

/** A module's answers counted, for the text version's appendix summary: 符合 3，不符合 1 …, only the non-zero ones. */
export function appendixSummary(m: AppendixModule): string {
  const order: (Answer | 'none')[] = [...ANSWERS, 'none'];
  return order
    .map((code) => [m.rows.find((r) => r.code === code)?.answer, m.rows.filter((r) => r.code === code).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`)
    .join('，');
}

/**
 * Parses the transcribed 2024 work plan into header, opening, five parts and twenty tasks,
 * and places each visible mend (校注) right after the text it annotates.
 */

export interface PlanTask {
  number: number;
  /** The task paragraph exactly as transcribed, including its leading "N.". */
  text: string;
}
export interface PlanPart {
  number: number;
  heading: string;
  tasks: PlanTask[];
}
export interface ParsedPlan {
  header: string;
  opening: string;
  parts: PlanPart[];
  issuer: string;
  date: string;
}

const PART_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The numeral a part heading starts with: 1 → 一. */
export function partNumeral(n: number): string {
  const numeral = PART_NUMERALS[n - 1];
  if (!numeral) throw new Error(`工作要点没有第${n}部分`);
  return numeral;
}

/** Splits the plan text; throws if its structure is not header, opening, parts with numbered tasks, issuer and date. */
export function parsePlan(raw: string): ParsedPlan {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [header, ...body] = lines;
  const date = body.pop();
  const issuer = body.pop();
  if (header === undefined || date === undefined || issuer === undefined || body.length < 2) throw new Error('工作要点原文行数太少');
  const parts: PlanPart[] = [];
  const openingLines: string[] = [];
  for (const line of body) {
    const [, numeral = '', heading = ''] = /^([一二三四五六七八九十])、(.+)$/.exec(line) ?? [];
    const taskNumber = /^(\d{1,2})\./.exec(line)?.[1];
    const current = parts.at(-1);
    if (heading) {
      parts.push({ number: PART_NUMERALS.indexOf(numeral) + 1, heading, tasks: [] });
    } else if (taskNumber && current) {
      current.tasks.push({ number: Number(taskNumber), text: line });
    } else if (!current) {
      openingLines.push(line);
    } else {
      throw new Error(`无法归入任务的段落：${line.slice(0, 20)}…`);
    }
  }
  return { header, opening: openingLines.join('\n'), parts, issuer, date };
}

export interface Segment {
  text: string;
  /** Present on the segment that a mend annotates; rendered right after it. */
  note?: string;
  certain?: boolean;
}

interface MendLike {
  id: string;
  transcribed: string;
  note: string;
  certain: boolean;
}

/**
 * Cuts a paragraph into segments so that each mend's note follows its transcribed text.
 * The text itself is never rewritten. Throws when a mend does not occur exactly once.
 */
export function applyMends(text: string, mends: readonly MendLike[]): Segment[] {
  const hits = mends.map((m) => {
    const first = text.indexOf(m.transcribed);
    if (first < 0) throw new Error(`校注 ${m.id}：在原文中找不到“${m.transcribed}”`);
    if (text.indexOf(m.transcribed, first + 1) >= 0) throw new Error(`校注 ${m.id}：“${m.transcribed}”在该段出现不止一次，请写得更长一些`);
    return { m, start: first, end: first + m.transcribed.length };
  });
  hits.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) throw new Error(`校注 ${h.m.id} 与前一条校注重叠`);
    if (h.start > pos) out.push({ text: text.slice(pos, h.start) });
    out.push({ text: text.slice(h.start, h.end), note: h.m.note, certain: h.m.certain });
    pos = h.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

/** Counts the tasks across all parts. */
export function taskCount(plan: ParsedPlan): number {
  return plan.parts.reduce((n, p) => n + p.tasks.length, 0);
}

/** Whether a plan deadline (its sortKey, YYYY-MM-DD) had passed on a given day (the page's 核对日期). */
export function deadlinePassed(sortKey: string, asOf: string): boolean {
  return sortKey < asOf;
}

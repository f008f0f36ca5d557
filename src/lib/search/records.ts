/** Search records: one per criterion, regulation article, work-plan task, case section and question. */
import { routes } from '../routes';

export const KINDS = ['criterion', 'regulation', 'task', 'case', 'question'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, string> = {
  criterion: '判定标准',
  regulation: '法规条款',
  task: '工作要点',
  case: '案例',
  question: '题目',
};

/** One searchable record. `t` title, `w` where (clause label), `l` lead (statement / summary), `b` body. */
export interface SearchRecord {
  id: string;
  k: Kind;
  t: string;
  w: string;
  l: string;
  b: string;
  /** Site path without base. */
  u: string;
}

interface CriterionIn {
  id: string;
  clause: string;
  title: string;
  statement: string;
  conditions: string[];
  keyFacts: string[];
  checks: string[];
  misreadings: string[];
  devices: string[];
  body: string;
}
interface RegulationIn {
  id: string;
  title: string;
  docNumber: string;
  articles: { number?: number | undefined; title: string; summary: string; points: string[]; clause: string }[];
  body: string;
}
interface TaskIn {
  number: number;
  title: string;
  summary: string;
  original: string;
}
interface CaseIn {
  id: string;
  title: string;
  place: string;
  summary: string;
  sections: { id: string; label: string; text: string }[];
}
export interface QuestionIn {
  id: string;
  stem: string;
  options: string[];
  explanation: string;
  clauses: string[];
}

const join = (...parts: (string | string[])[]) => parts.flat().filter(Boolean).join(' ');
/** Strips MDX/Markdown syntax from a body so only prose is indexed. */
export const plain = (md: string) =>
  md
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** Builds every record from the validated content (called at build time). */
export function buildRecords(input: {
  criteria: CriterionIn[];
  regulations: RegulationIn[];
  tasks: TaskIn[];
  cases: CaseIn[];
  /** Questions are left out of the index files (they come from the bank) but tests may pass them. */
  questions?: QuestionIn[];
}): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const c of input.criteria) {
    out.push({
      id: c.id,
      k: 'criterion',
      t: c.title,
      w: c.clause,
      l: join(c.statement, c.keyFacts),
      b: join(c.conditions, c.devices, c.checks, c.misreadings, plain(c.body)),
      u: routes.criterion(c.id),
    });
  }
  for (const r of input.regulations) {
    if (r.id !== 'work-plan-2024')
      out.push({
        id: `reg-${r.id}`,
        k: 'regulation',
        t: r.title,
        w: r.docNumber,
        l: plain(r.body).slice(0, 400),
        b: '',
        u: routes.regulation(r.id),
      });
    for (const a of r.articles) {
      if (!a.number) continue;
      out.push({
        id: `reg-${r.id}-art-${a.number}`,
        k: 'regulation',
        t: `${r.title} ${a.clause} ${a.title}`,
        w: `${r.docNumber} ${a.clause}`,
        l: a.summary,
        b: join(a.points),
        u: routes.regulation(r.id, a.number),
      });
    }
  }
  for (const t of input.tasks) {
    out.push({
      id: `task-${t.number}`,
      k: 'task',
      t: `第${t.number}项 ${t.title}`,
      w: `2024年工作要点第${t.number}项`,
      l: t.summary,
      b: t.original,
      u: routes.workPlanTask(t.number),
    });
  }
  for (const c of input.cases) {
    out.push({ id: c.id, k: 'case', t: c.title, w: c.place, l: c.summary, b: '', u: routes.case(c.id) });
    for (const s of c.sections)
      out.push({
        id: `${c.id}/${s.id}`,
        k: 'case',
        t: `${c.title}：${s.label}`,
        w: `${c.place} · ${s.label}`,
        l: '',
        b: s.text,
        u: routes.caseSection(c.id, s.id),
      });
  }
  for (const q of input.questions ?? []) out.push(questionRecord(q));
  return out;
}

/**
 * A question's record, built from the practice bank: at build time for tests and in the browser from the bank chunks,
 * so the question text is stored once (in the bank) and not again in the search index.
 */
export function questionRecord(q: QuestionIn): SearchRecord {
  return {
    id: q.id,
    k: 'question',
    t: q.stem,
    w: q.clauses.join('；'),
    l: join(q.options),
    b: q.explanation,
    u: routes.practice({ q: q.id }),
  };
}

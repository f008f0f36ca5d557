/**
 * The trainer's class record: result codes of one paper turned into a pass list, a score list and the most-missed
 * questions. Pure, so the same figures appear on screen and on the printed 培训考核记录.
 */
import type { ResultData } from '../result-code';

/** What the class page knows about the paper it was opened for. */
export interface ClassPaper<Q> {
  paper: string;
  version: string;
  /** The paper's questions in order (position 1 = index 0). */
  questions: readonly Q[];
}

export interface ClassRow {
  name: string;
  score: number;
  passed: boolean;
  wrong: number[];
  /** How many codes this trainee handed in (a retake replaces the earlier one). */
  attempts: number;
}

export interface MissedQuestion<Q> {
  /** 1-based position on the paper. */
  position: number;
  question: Q;
  /** Trainees who got it wrong. */
  misses: number;
}

export interface ClassSummary<Q> {
  /** One row per trainee (latest code), highest score first, then by name. */
  rows: ClassRow[];
  passed: string[];
  failed: string[];
  /** Questions missed by anyone, most missed first, then by position. */
  mostMissed: MissedQuestion<Q>[];
  /** Codes of another paper or another version of it: listed, not counted. */
  foreign: ResultData[];
  /** Average score, rounded; null for an empty class. */
  average: number | null;
}

/** Aggregates result codes (in the order they were collected) for one paper and pass mark. */
export function aggregateClass<Q>(results: readonly ResultData[], paper: ClassPaper<Q>, passMark: number): ClassSummary<Q> {
  const foreign: ResultData[] = [];
  const latest = new Map<string, ClassRow>();
  for (const r of results) {
    if (r.paper !== paper.paper || r.version !== paper.version || r.total !== paper.questions.length) {
      foreign.push(r);
      continue;
    }
    const prev = latest.get(r.name);
    latest.set(r.name, { name: r.name, score: r.score, passed: r.score >= passMark, wrong: r.wrong, attempts: (prev?.attempts ?? 0) + 1 });
  }
  const rows = [...latest.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'));
  const misses = new Map<number, number>();
  for (const r of rows) for (const p of r.wrong) misses.set(p, (misses.get(p) ?? 0) + 1);
  const mostMissed = [...misses.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    // decodeResult keeps positions within the paper's total, so every position has its question; flatMap only narrows the type.
    .flatMap(([position, n]) => {
      const question = paper.questions[position - 1];
      return question === undefined ? [] : [{ position, question, misses: n }];
    });
  return {
    rows,
    passed: rows.filter((r) => r.passed).map((r) => r.name),
    failed: rows.filter((r) => !r.passed).map((r) => r.name),
    mostMissed,
    foreign,
    average: rows.length ? Math.round(rows.reduce((s, r) => s + r.score, 0) / rows.length) : null,
  };
}

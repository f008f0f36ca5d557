/**
 * Selection helpers for the practice modes: which questions a drill, an oral drill, a spot-check or a role set gets,
 * and in which order. Pure and seeded, so a reload of the same URL shows the same questions.
 */
import { applies, type Profile } from '../applicability';
import type { Role } from '../practice-link';
import type { BankQuestion } from './bank';
import { seededRandom, shuffle } from './random';

/** Natural order of criterion ids (a3-1 < a4-1 < a10-1), questions without a criterion last. */
function criterionKey(q: BankQuestion): number {
  const c = q.criteria[0];
  const m = c ? /^a(\d+)-(\d+)$/.exec(c) : null;
  return m ? Number(m[1]) * 100 + Number(m[2]) : 10_000;
}

/** True when the question names a condition the profile meets (its industry, special domain, sub-sector…). */
export function specificTo(q: BankQuestion, p: Profile): boolean {
  const a = q.appliesTo;
  const named = !!(a.industries || a.specials || a.subSectors || a.metalSmelting || a.contractors || a.specialOps || a.dustWorkers30);
  return named && applies(a, p);
}

/**
 * Orders a pool for a profile: questions about the enterprise's own industries and domains first, then those for every
 * enterprise, each in the order of the criteria (an aluminium plant starts with 有色, not with file order).
 */
export function relevanceOrder(pool: readonly BankQuestion[], p: Profile | null | undefined): BankQuestion[] {
  const keyed = pool.map((q, i) => ({ q, i, own: p && specificTo(q, p) ? 0 : 1, c: criterionKey(q) }));
  keyed.sort((a, b) => a.own - b.own || a.c - b.c || a.i - b.i);
  return keyed.map((k) => k.q);
}

/** Topics with at least one question in the pool and their counts, in the order given. */
export function topicCounts(pool: readonly BankQuestion[], order: readonly string[]): { topic: string; count: number }[] {
  return order.map((topic) => ({ topic, count: pool.filter((q) => q.topics.includes(topic)).length })).filter((t) => t.count > 0);
}

/** Oral drill: due cards first, then questions written for speaking, then any; five in all. */
export function oralPick(pool: readonly BankQuestion[], due: readonly string[], seed: string, n = 5): BankQuestion[] {
  const rand = seededRandom(`oral:${seed}`);
  const isDue = (q: BankQuestion) => due.includes(q.id);
  const spoken = shuffle(
    pool.filter((q) => q.oral && !isDue(q)),
    rand,
  );
  const rest = shuffle(
    pool.filter((q) => !q.oral && !isDue(q)),
    rand,
  );
  return [...pool.filter(isDue), ...spoken, ...rest].slice(0, n);
}

/**
 * Spot-check as an inspector runs it: 3–5 questions, from the enterprise's own industries and domains when a profile
 * is known (then the general ones), preferring questions written to be asked aloud.
 */
export function spotPick(pool: readonly BankQuestion[], p: Profile | null | undefined, seed: string, n = 4): BankQuestion[] {
  const rand = seededRandom(`spot:${seed}`);
  const count = Math.min(5, Math.max(3, n));
  const own = p ? pool.filter((q) => specificTo(q, p)) : [];
  const rest = pool.filter((q) => !own.includes(q));
  const byVoice = (qs: BankQuestion[]) => {
    const s = shuffle(qs, rand);
    return [...s.filter((q) => q.oral || q.modelAnswer), ...s.filter((q) => !q.oral && !q.modelAnswer)];
  };
  // Mostly the own industry, but at least one question on duties every principal is asked about.
  const ownPart = byVoice(own).slice(0, own.length && rest.length ? count - 1 : count);
  return [...ownPart, ...byVoice(rest)].slice(0, count);
}

/**
 * Role sets. 主要负责人: the criteria of the enterprise's industry and domains, the management articles and their
 * duties; not the detailed site checks. 安全管理人员: everything, site checks (scenario and detail questions) included.
 */
export function rolePool(pool: readonly BankQuestion[], role: Role): BankQuestion[] {
  if (role !== 'principal') return [...pool];
  return pool.filter((q) => q.angle !== 'detail' && q.type !== 'scenario');
}

/** 易错: questions the user got wrong at least once, highest error rate first (then most recent mistakes). */
export function hardIds(
  answered: Readonly<Record<string, { n: number; right: number; at: string }>>,
  known: ReadonlySet<string>,
  limit = 50,
): string[] {
  return Object.entries(answered)
    .filter(([id, a]) => known.has(id) && a.right < a.n)
    .sort((a, b) => (b[1].n - b[1].right) / b[1].n - (a[1].n - a[1].right) / a[1].n || b[1].at.localeCompare(a[1].at))
    .slice(0, limit)
    .map(([id]) => id);
}

/** Key points of a question for self-marking: the model answer's clauses, or the right options. */
export function keyPoints(q: BankQuestion): string[] {
  if (q.modelAnswer) {
    const parts = q.modelAnswer
      .split(/[；;。]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 1);
    if (parts.length) return parts.slice(0, 6);
  }
  if (q.type === 'judge') return [`${q.options[q.answer[0] ?? -1] ?? ''}：${q.explanation}`];
  return q.answer.flatMap((i) => q.options[i] ?? []);
}

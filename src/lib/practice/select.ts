import { applies, type Profile } from '../applicability';
import type { BankQuestion } from './bank';
import { hashSeed, seededRandom, shuffle } from './random';

export interface Filter {
  /** Domain slugs; empty = all. */
  topics?: readonly string[];
  /** Criterion ids; empty = all. */
  criteria?: readonly string[];
  /** Only questions whose criteria apply to this profile. */
  profile?: Profile | undefined;
}

/** The questions that pass a filter, in bank order. */
export function filterQuestions(bank: readonly BankQuestion[], f: Filter): BankQuestion[] {
  const { topics, criteria } = f;
  return bank.filter(
    (q) =>
      (!topics?.length || q.topics.some((t) => topics.includes(t))) &&
      (!criteria?.length || q.criteria.some((c) => criteria.includes(c))) &&
      (!f.profile || applies(q.appliesTo, f.profile)),
  );
}

/** True for a 拓展 question (article counts, item numbers, passed 2024 deadlines). */
export const isExtension = (q: Pick<BankQuestion, 'pool'>): boolean => q.pool === 'extension';

/** The questions an exam or trainer paper may draw: the bank without the 拓展 set. */
export function examPool(bank: readonly BankQuestion[]): BankQuestion[] {
  return bank.filter((q) => !isExtension(q));
}

/**
 * Draws a paper: n questions spread across topics (round-robin over shuffled topic pools), deterministic for a seed.
 * Spreading keeps one large domain from filling a mock exam.
 */
export function drawPaper(candidates: readonly BankQuestion[], n: number, seed: string): BankQuestion[] {
  // Mock exams and trainer papers test what a principal must know today: 拓展 questions are never drawn.
  const pool = examPool(candidates);
  const rand = seededRandom(`paper:${seed}`);
  const byTopic = new Map<string, BankQuestion[]>();
  for (const q of pool) {
    const t = q.topics[0] ?? 'other';
    byTopic.set(t, [...(byTopic.get(t) ?? []), q]);
  }
  const queues = shuffle([...byTopic.keys()].sort(), rand).map((t) => shuffle(byTopic.get(t) ?? [], rand));
  const out: BankQuestion[] = [];
  while (out.length < Math.min(n, pool.length)) {
    for (const q of queues) {
      const next = q.shift();
      if (next && out.length < n) out.push(next);
    }
  }
  return shuffle(out, rand);
}

/** The display order of a question's options, deterministic per seed and question. */
export function optionOrder(q: BankQuestion, seed: string): number[] {
  const idx = q.options.map((_, i) => i);
  return q.type === 'judge' ? idx : shuffle(idx, seededRandom(`opts:${seed}:${q.id}`));
}

/** A short paper code for trainees to show: same params → same code. */
export function paperCode(seed: string, ids: readonly string[]): string {
  return hashSeed(`${seed}|${ids.join(',')}`)
    .toString(36)
    .toUpperCase()
    .padStart(6, '0')
    .slice(-6);
}

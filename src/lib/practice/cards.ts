/**
 * Review cards as stored, self-ratings and due counts. Kept free of the scheduler library so the practice page can
 * show what is due without loading ts-fsrs; scheduling (review.ts) is loaded when the first answer is recorded.
 */

/** Self-ratings of the oral drill and review, mapped to FSRS grades (1 Again, 2 Hard, 3 Good, 4 Easy). */
export const SELF_RATINGS = [
  { id: 'again', label: '忘了', grade: 1 },
  { id: 'hard', label: '模糊', grade: 2 },
  { id: 'good', label: '记得', grade: 3 },
  { id: 'easy', label: '熟练', grade: 4 },
] as const;

/**
 * A ts-fsrs card as plain JSON (dates as ISO strings). The one definition: the stored schema (CardSchema in
 * src/stores/practice-schema.ts) is pinned to it by a type test.
 */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string | undefined;
}

/** Ids of cards due at `now` (only ids still in the bank), soonest first. */
export function dueIds(cards: Readonly<Record<string, StoredCard>>, now: Date, known: ReadonlySet<string>): string[] {
  return Object.entries(cards)
    .filter(([id, c]) => known.has(id) && new Date(c.due).getTime() <= now.getTime())
    .sort((a, b) => a[1].due.localeCompare(b[1].due))
    .map(([id]) => id);
}

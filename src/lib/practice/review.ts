/**
 * Spaced review with ts-fsrs (the FSRS scheduler, well kept and tested; writing our own would be worse).
 * Stored cards are plain JSON (dates as ISO strings) so they survive localStorage and export.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

/** Self-ratings of the oral drill and review, mapped to FSRS grades. */
export const SELF_RATINGS = [
  { id: 'again', label: '忘了', grade: Rating.Again },
  { id: 'hard', label: '模糊', grade: Rating.Hard },
  { id: 'good', label: '记得', grade: Rating.Good },
  { id: 'easy', label: '熟练', grade: Rating.Easy },
] as const;
export type SelfRating = (typeof SELF_RATINGS)[number]['id'];

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

const scheduler = fsrs({ enable_fuzz: false });

const toStored = (c: Card): StoredCard => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  last_review: c.last_review?.toISOString(),
});

const fromStored = (s: StoredCard): Card => ({
  ...s,
  due: new Date(s.due),
  state: s.state,
  last_review: s.last_review ? new Date(s.last_review) : undefined,
});

/** Schedules the next review of a card after a grade; a missing card starts new. */
export function scheduleCard(card: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
  const base = card ? fromStored(card) : createEmptyCard(now);
  return toStored(scheduler.next(base, now, grade).card);
}

/** Grade for a practice answer: a mistake is Again, a right answer on a reviewed card is Good. */
export const gradeForAnswer = (correct: boolean): Grade => (correct ? Rating.Good : Rating.Again);

/** Ids of cards due at `now` (only ids still in the bank), soonest first. */
export function dueIds(cards: Readonly<Record<string, StoredCard>>, now: Date, known: ReadonlySet<string>): string[] {
  return Object.entries(cards)
    .filter(([id, c]) => known.has(id) && new Date(c.due).getTime() <= now.getTime())
    .sort((a, b) => a[1].due.localeCompare(b[1].due))
    .map(([id]) => id);
}

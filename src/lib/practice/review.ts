/**
 * Spaced review with ts-fsrs (the FSRS scheduler, well kept and tested; writing our own would be worse).
 * Stored cards are plain JSON (dates as ISO strings) so they survive localStorage and export.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './cards';

export type { StoredCard };

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

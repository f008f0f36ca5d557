/** Client-side schema of saved practice data (zod/mini keeps the island small). */
import * as z from 'zod/mini';
import { ProfileSchema } from './self-check-schema';

const iso = z.string().check(z.maxLength(40));
const ids = z.array(z.string().check(z.maxLength(80))).check(z.maxLength(5000));

export const CardSchema = z.object({
  due: iso,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  last_review: z.optional(iso),
});

export const ExamRecordSchema = z.object({
  id: z.string().check(z.maxLength(60)),
  at: iso,
  kind: z.enum(['exam', 'paper']),
  seed: z.string().check(z.maxLength(60)),
  code: z.string().check(z.maxLength(12)),
  questionIds: ids,
  answers: z.record(z.string(), z.array(z.number())),
  score: z.number(),
  passed: z.boolean(),
  passMark: z.number(),
  seconds: z.number(),
  /** Trainee name entered on a trainer paper (optional, added 2026-12; older records have none). */
  name: z.optional(z.string().check(z.maxLength(40))),
  /** Questions flagged during the exam (optional, added 2026-12). */
  flagged: z.optional(ids),
});

/** A mock exam or trainer paper in progress, so an interrupted principal can resume it after a call or a reload. */
export const ExamProgressSchema = z.object({
  kind: z.enum(['exam', 'paper']),
  seed: z.string().check(z.maxLength(60)),
  ids: ids,
  answers: z.record(z.string(), z.array(z.number())),
  index: z.number(),
  /** Epoch milliseconds; the timer runs on wall-clock time, so time away counts. */
  startedAt: z.number(),
  minutes: z.number(),
  passMark: z.number(),
  /** Optional fields added 2026-12 (absent in older saves): trainee name, flagged questions, 考场模式 (no going back). */
  name: z.optional(z.string().check(z.maxLength(40))),
  flagged: z.optional(ids),
  strict: z.optional(z.boolean()),
});

export const PracticeStateSchema = z.object({
  answered: z.record(z.string(), z.object({ n: z.number(), right: z.number(), last: z.boolean(), at: iso })),
  wrong: z.record(z.string(), z.object({ streak: z.number(), lastWrong: iso, misses: z.number() })),
  favorites: ids,
  history: z.array(ExamRecordSchema).check(z.maxLength(200)),
  cards: z.record(z.string(), CardSchema),
  settings: z.object({
    examN: z.number(),
    examMinutes: z.number(),
    passMark: z.number(),
    onlyMine: z.boolean(),
    /** Optional settings added 2026-12 (absent in older saves): auto-advance after a right answer, 考场模式, role set. */
    autoNext: z.optional(z.boolean()),
    strict: z.optional(z.boolean()),
    role: z.optional(z.enum(['all', 'principal', 'manager'])),
  }),
  quickProfile: z.nullable(ProfileSchema),
  exam: z.nullable(ExamProgressSchema),
});
export type PracticeState = z.output<typeof PracticeStateSchema>;
export type ExamRecord = z.output<typeof ExamRecordSchema>;
export type ExamProgress = z.output<typeof ExamProgressSchema>;
/** v1 → v2 (2026-11): added `exam` (the paper in progress). */
export const PRACTICE_VERSION = 2;

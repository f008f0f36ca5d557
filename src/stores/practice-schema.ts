/**
 * Stored shapes of practice data (zod/mini keeps the island small). Each is its own record kind (see db.ts):
 * - "qp" (v1), one per question: accuracy, wrong-book entry, review card, favourite — one answer writes one record;
 * - "exam" (v1), one per finished exam or trainer paper (the history);
 * - "attempt" (v1), one per exam or paper in progress; several may exist at once;
 * - "practice-settings" (v1), one record: mock-exam settings and the quick profile.
 *
 * Released formats still read: the first release's localStorage value `gmaq:practice` = { v: 1 | 2, data: PracticeStateV2 }
 * and export files / text codes of kind "practice" version 1 and 2 (one object with everything); version 3 exports
 * (this build) hold the same object with `attempts` instead of the single `exam`.
 * Unknown fields are kept (looseObject), and ids of questions no longer in the bank are kept and ignored where read.
 */
import * as z from 'zod/mini';
import type { Profile } from '../lib/applicability';
import { INDUSTRIES, SPECIALS, SUB_SECTORS } from '../lib/taxonomy';
import { StoredProfileSchema } from './profile-schema';

const iso = z.string().check(z.maxLength(40));
const ids = z.array(z.string().check(z.maxLength(80))).check(z.maxLength(5000));
const stamps = z.record(z.string().check(z.maxLength(120)), iso);

/**
 * A review card as stored: the shape is `StoredCard` (src/lib/practice/cards.ts, which the scheduler reads and writes);
 * tests/unit/stores/practice-schema.test-d.ts fails `npm test` if the two ever differ.
 */
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

const StatsSchema = z.object({ n: z.number(), right: z.number(), last: z.boolean(), at: iso });
const WrongSchema = z.object({ streak: z.number(), lastWrong: iso, misses: z.number() });

/** One question's progress. */
export const QuestionProgressSchema = z.looseObject({
  stats: z.optional(StatsSchema),
  wrong: z.optional(WrongSchema),
  card: z.optional(CardSchema),
  fav: z.optional(z.boolean()),
  ts: stamps,
  updatedAt: iso,
});
export type QuestionProgress = z.output<typeof QuestionProgressSchema>;

const answersSchema = z.record(z.string().check(z.maxLength(80)), z.array(z.number()));

export const ExamRecordSchema = z.looseObject({
  id: z.string().check(z.maxLength(60)),
  at: iso,
  kind: z.enum(['exam', 'paper']),
  seed: z.string().check(z.maxLength(60)),
  code: z.string().check(z.maxLength(12)),
  questionIds: ids,
  answers: answersSchema,
  score: z.number(),
  passed: z.boolean(),
  passMark: z.number(),
  seconds: z.number(),
  /** Trainee name entered on a trainer paper (added 2026-12; older records have none). */
  name: z.optional(z.string().check(z.maxLength(40))),
  /** Questions flagged during the exam (added 2026-12). */
  flagged: z.optional(ids),
});
export type ExamRecord = z.output<typeof ExamRecordSchema>;

/** A mock exam or trainer paper in progress, so an interrupted principal can resume it after a call or a reload. */
export const AttemptSchema = z.looseObject({
  kind: z.enum(['exam', 'paper']),
  seed: z.string().check(z.maxLength(60)),
  ids: ids,
  answers: answersSchema,
  index: z.number(),
  /** Epoch milliseconds; the timer runs on wall-clock time, so time away counts. */
  startedAt: z.number(),
  minutes: z.number(),
  passMark: z.number(),
  /** Trainee name (trainer papers), questions flagged, and 考场模式 (no going back). */
  name: z.optional(z.string().check(z.maxLength(40))),
  flagged: z.optional(ids),
  strict: z.optional(z.boolean()),
  /** A trainer paper's link parameters, so the practice home can reopen it. */
  query: z.optional(z.string().check(z.maxLength(600))),
  ts: stamps,
  updatedAt: iso,
});
export type Attempt = z.output<typeof AttemptSchema>;

export const SettingsSchema = z.object({
  examN: z.number(),
  examMinutes: z.number(),
  passMark: z.number(),
  onlyMine: z.boolean(),
  /** Added 2026-12: go on after a one-tap answer, 考场模式, and the question set (主要负责人 / 安全管理人员). */
  autoNext: z.optional(z.boolean()),
  strict: z.optional(z.boolean()),
  role: z.optional(z.enum(['all', 'principal', 'manager'])),
});
export type Settings = z.output<typeof SettingsSchema>;

// The same stored profile as an assessment's: values this build does not know are read, then dropped by knownProfile.
const LooseProfileSchema = StoredProfileSchema;

export const PracticeSettingsSchema = z.looseObject({
  settings: SettingsSchema,
  quickProfile: z.nullable(LooseProfileSchema),
  ts: stamps,
  updatedAt: iso,
});
/** The settings record as held in memory (the quick profile reduced to known values). */
export interface PracticeSettings {
  settings: Settings;
  quickProfile: Profile | null;
  ts: Record<string, string>;
  updatedAt: string;
}

/** Keeps only the profile values this build knows (the quick profile is a quick choice, re-made in two taps). */
export function knownProfile(p: z.output<typeof LooseProfileSchema> | null): Profile | null {
  if (!p) return null;
  const only = <T extends string>(set: readonly T[], list: readonly string[]) => list.filter((x): x is T => set.includes(x as T));
  return {
    industries: only(INDUSTRIES, p.industries),
    specials: only(SPECIALS, p.specials),
    subSectors: only(SUB_SECTORS, p.subSectors),
    metalSmelting: p.metalSmelting,
    contractors: p.contractors,
    specialOps: p.specialOps,
    dustWorkers30: p.dustWorkers30,
  };
}

/** What every one-object practice format holds besides the exams in progress. */
const WHOLE_PRACTICE = {
  answered: z.record(z.string(), StatsSchema),
  wrong: z.record(z.string(), WrongSchema),
  favorites: ids,
  history: z.array(ExamRecordSchema),
  cards: z.record(z.string(), CardSchema),
  settings: SettingsSchema,
  quickProfile: z.nullable(LooseProfileSchema),
};

/** The legacy single object (first release, v2; v1 lacked `exam`), also the body of export versions 1 and 2. */
export const LegacyPracticeSchema = z.looseObject({
  ...WHOLE_PRACTICE,
  exam: z.optional(
    z.nullable(
      z.looseObject({
        kind: z.enum(['exam', 'paper']),
        seed: z.string(),
        ids,
        answers: answersSchema,
        index: z.number(),
        startedAt: z.number(),
        minutes: z.number(),
        passMark: z.number(),
      }),
    ),
  ),
});

/** Export version 3: the same object with every attempt in progress (id → attempt). */
export const PracticeExportSchema = z.looseObject({
  ...WHOLE_PRACTICE,
  attempts: z.record(z.string().check(z.maxLength(60)), AttemptSchema),
});
export type PracticeExport = z.output<typeof PracticeExportSchema>;

export { PRACTICE_EXPORT_VERSION, PRACTICE_RECORD_VERSION } from './practice-versions';

/** Reads an export (or the legacy stored object) of any released version into the version-3 shape; undefined if it cannot. */
export function readPracticeExport(version: number, data: unknown, now = new Date().toISOString()): PracticeExport | undefined {
  if (version === 3) {
    const r = PracticeExportSchema.safeParse(data);
    return r.success ? r.data : undefined;
  }
  if (version !== 1 && version !== 2) return undefined;
  const r = LegacyPracticeSchema.safeParse(data);
  if (!r.success) return undefined;
  const { exam, ...rest } = r.data;
  const attempts: PracticeExport['attempts'] = {};
  if (exam) attempts[`at-legacy-${exam.startedAt.toString(36)}`] = { ...exam, ts: {}, updatedAt: now };
  return { ...rest, attempts };
}

/**
 * Pins the stored practice shapes (zod/mini, src/stores/practice-schema.ts) to the types the logic in src/lib works
 * with. A schema edit that drifts from the lib type fails `npm test` here, before a saved record and the code that reads
 * it disagree at run time.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Answered } from '../../../src/lib/practice/analysis';
import type { StoredCard } from '../../../src/lib/practice/cards';
import type { WrongEntry } from '../../../src/lib/practice/wrong-book';
import type { Role } from '../../../src/lib/practice-link';
import type { Stamped } from '../../../src/lib/storage/stamps';
import type {
  AttemptSchema,
  CardSchema,
  ExamRecordSchema,
  PracticeExportSchema,
  QuestionProgressSchema,
  SettingsSchema,
} from '../../../src/stores/practice-schema';
import type { PracticeState } from '../../../src/stores/practice';

type Progress = z.output<typeof QuestionProgressSchema>;

describe('practice-schema ↔ lib types', () => {
  it('a stored review card is exactly the StoredCard the scheduler reads and writes', () => {
    expectTypeOf<z.output<typeof CardSchema>>().toEqualTypeOf<StoredCard>();
    expectTypeOf<NonNullable<Progress['card']>>().toEqualTypeOf<StoredCard>();
    expectTypeOf<z.output<typeof PracticeExportSchema>['cards']>().toEqualTypeOf<Record<string, StoredCard>>();
  });

  it('a stored wrong-book entry is exactly the lib WrongEntry', () => {
    expectTypeOf<NonNullable<Progress['wrong']>>().toEqualTypeOf<WrongEntry>();
  });

  it('stored answer stats carry what the analysis counts', () => {
    expectTypeOf<NonNullable<Progress['stats']>>().toMatchTypeOf<Answered>();
  });

  it('the stored question set is one of the lib roles', () => {
    expectTypeOf<z.output<typeof SettingsSchema>['role']>().toEqualTypeOf<Role | undefined>();
  });

  it('per-question records, exams in progress carry the merge stamps of lib/storage/stamps.ts', () => {
    expectTypeOf<Progress>().toMatchTypeOf<Stamped>();
    expectTypeOf<z.output<typeof AttemptSchema>>().toMatchTypeOf<Stamped>();
  });

  it('answers are option indexes by question id, as the scorer takes them', () => {
    expectTypeOf<z.output<typeof ExamRecordSchema>['answers']>().toEqualTypeOf<Record<string, number[]>>();
    expectTypeOf<z.output<typeof AttemptSchema>['answers']>().toEqualTypeOf<Record<string, number[]>>();
  });

  it('the state practice shows is built from the stored shapes', () => {
    expectTypeOf<PracticeState['cards']>().toEqualTypeOf<Record<string, StoredCard>>();
    expectTypeOf<PracticeState['wrong']>().toEqualTypeOf<Record<string, WrongEntry>>();
  });
});

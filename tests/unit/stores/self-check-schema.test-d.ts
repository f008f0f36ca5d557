/**
 * Pins the stored assessment (src/stores/self-check-schema.ts) to the self-check logic's types (src/lib/self-check.ts,
 * src/lib/applicability.ts). Written against the schema as of 2026-12-01; the lead re-runs it after the hazard-lifecycle
 * fields land in the schema.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Profile } from '../../../src/lib/applicability';
import type { Answer, Assessment, PlanEntry } from '../../../src/lib/self-check';
import type { Stamps } from '../../../src/lib/storage/stamps';
import type { StoredAssessmentSchema, StoredProfileSchema } from '../../../src/stores/self-check-schema';

type StoredProfile = z.output<typeof StoredProfileSchema>;
type Stored = z.output<typeof StoredAssessmentSchema>;

describe('self-check-schema ↔ lib types', () => {
  it('the stored profile has exactly the fields of the lib Profile, with codes kept as strings', () => {
    expectTypeOf<keyof StoredProfile>().toEqualTypeOf<keyof Profile>();
    // Every profile this build makes can be stored; a stored code this build does not know still reads.
    expectTypeOf<Profile>().toMatchTypeOf<StoredProfile>();
    expectTypeOf<StoredProfile['industries']>().toEqualTypeOf<string[]>();
  });

  it('every answer this build knows can be stored, and the stored answer tolerates unknown ones', () => {
    expectTypeOf<Answer>().toMatchTypeOf<Stored['answers'][string]['answer']>();
    expectTypeOf<Stored['answers'][string]['answer']>().toEqualTypeOf<string>();
  });

  it('a stored plan carries the four texts of a lib PlanEntry', () => {
    expectTypeOf<Stored['plans'][string]>().toMatchTypeOf<PlanEntry>();
    expectTypeOf<Pick<PlanEntry, 'measure' | 'owner' | 'deadline' | 'funds'>>().toMatchTypeOf<Stored['plans'][string]>();
  });

  it('the resume position and the merge stamps keep the lib shapes', () => {
    expectTypeOf<NonNullable<Assessment['position']>>().toMatchTypeOf<NonNullable<Stored['position']>>();
    expectTypeOf<Stored['ts']>().toEqualTypeOf<Stamps>();
  });

  it('the identity fields are the same plain strings', () => {
    expectTypeOf<Pick<Stored, 'id' | 'name' | 'createdAt' | 'updatedAt'>>().toEqualTypeOf<
      Pick<Assessment, 'id' | 'name' | 'createdAt' | 'updatedAt'>
    >();
  });
});

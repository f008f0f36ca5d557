/** Client-side schema of saved self-check data (zod/mini keeps the island small). */
import * as z from 'zod/mini';
import { INDUSTRIES, SPECIALS, SUB_SECTORS } from '../lib/taxonomy';
import { ANSWERS, type Assessment } from '../lib/self-check';

export const ProfileSchema = z.object({
  industries: z.array(z.enum(INDUSTRIES)),
  specials: z.array(z.enum(SPECIALS)),
  metalSmelting: z.boolean(),
  contractors: z.boolean(),
  specialOps: z.boolean(),
  dustWorkers30: z.boolean(),
  // Unknown sub-sectors (removed from content) are dropped rather than failing the whole record.
  subSectors: z.pipe(
    z.array(z.string()),
    z.transform((a) => a.filter((s): s is (typeof SUB_SECTORS)[number] => (SUB_SECTORS as readonly string[]).includes(s))),
  ),
});

const short = (max: number) => z.string().check(z.maxLength(max));

export const AssessmentSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{4,40}$/)),
  name: short(80),
  createdAt: short(40),
  updatedAt: short(40),
  profile: ProfileSchema,
  answers: z.record(short(80), z.object({ answer: z.enum(ANSWERS), note: z.optional(short(2000)) })),
  plans: z.record(short(80), z.object({ measure: short(2000), owner: short(200), deadline: short(20), funds: short(200) })),
  position: z.optional(z.object({ module: short(40), item: z.optional(short(80)) })),
});

export const SelfCheckStateSchema = z.object({
  assessments: z.array(AssessmentSchema).check(z.maxLength(200)),
  currentId: z.nullable(z.string()),
});
export interface SelfCheckState {
  assessments: Assessment[];
  currentId: string | null;
}
export const SELF_CHECK_VERSION = 1;

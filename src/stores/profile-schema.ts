/**
 * The enterprise profile as stored, shared by an assessment (self-check-schema.ts) and practice's quick profile
 * (practice-schema.ts). Its own file so the practice page does not load the self-check schema to read its settings.
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));
const codes = z.array(text(60)).check(z.maxLength(100));

/** The enterprise profile as stored (an assessment's, and practice's quick profile): codes kept as strings. */
export const StoredProfileSchema = z.object({
  /** Industry codes (lib/taxonomy.ts INDUSTRIES); unknown codes are kept and shown as 未知选项. */
  industries: codes,
  /** Special-hazard codes (SPECIALS), kept as strings like industries. */
  specials: codes,
  /** The enterprise is a 金属冶炼 enterprise. */
  metalSmelting: z.boolean(),
  /** Contractors or tenants work on site (承包、承租单位). */
  contractors: z.boolean(),
  /** Special-operation workers are employed. */
  specialOps: z.boolean(),
  /** 30 or more workers are exposed to metal or wood dust. */
  dustWorkers30: z.boolean(),
  /** Sub-sector codes (SUB_SECTORS). */
  subSectors: codes,
});

/** Client-side schema of the trainer's saved class results (zod/mini keeps the island small). */
import * as z from 'zod/mini';

/** Limits the store enforces, so the UI can never save what the next load would reject. */
export const CLASS_LIMITS = { classes: 50, codes: 300, codeLength: 120, title: 60 };

/** One class: the result codes collected for one paper, as pasted (decoded again on every load). */
export const ClassEntrySchema = z.object({
  /** Result codes in the order collected; a later code of the same trainee replaces the earlier one in the record. */
  codes: z.array(z.string().check(z.maxLength(CLASS_LIMITS.codeLength))).check(z.maxLength(CLASS_LIMITS.codes)),
  /** Pass mark for this class: 80 or 85. */
  passMark: z.union([z.literal(80), z.literal(85)]),
  /** Training title printed on the 培训考核记录. */
  title: z.string().check(z.maxLength(CLASS_LIMITS.title)),
  /** ISO time of the last change. */
  updatedAt: z.string().check(z.maxLength(40)),
});

export const ClassStateSchema = z.object({
  /** Classes by paper key (the paper link's query, e.g. seed=SZ0613&n=20&topics=dust). */
  classes: z.record(z.string().check(z.maxLength(300)), ClassEntrySchema),
});
export type ClassState = z.output<typeof ClassStateSchema>;
export type ClassEntry = z.output<typeof ClassEntrySchema>;
export const CLASS_VERSION = 1;

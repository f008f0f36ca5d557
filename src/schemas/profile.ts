import { z } from 'astro/zod';
import { INDUSTRIES, SPECIALS, SUB_SECTORS } from '../lib/taxonomy';

/**
 * Profile conditions under which a criterion, question or duty applies.
 * Every listed condition must hold; inside a list any one member is enough.
 * An empty object applies to every 工贸 enterprise.
 */
export const AppliesToSchema = z
  .object({
    /** Applies if the enterprise is in any of these industries. */
    industries: z.array(z.enum(INDUSTRIES)).min(1).optional(),
    /** Applies if the enterprise has any of these special domains (粉尘、液氨、有限空间). */
    specials: z.array(z.enum(SPECIALS)).min(1).optional(),
    /** Applies only to 金属冶炼 enterprises (91号令 Art 3 definition). */
    metalSmelting: z.literal(true).optional(),
    /** Applies only where contractors or tenants work on site. */
    contractors: z.literal(true).optional(),
    /** Applies only where special-operation workers are employed. */
    specialOps: z.literal(true).optional(),
    /** Applies only where 30 or more workers are exposed to metal or wood dust (work plan task 8). */
    dustWorkers30: z.literal(true).optional(),
    /** Applies only to these sub-sectors (any one), when the rule's own wording limits the item to them. */
    subSectors: z.array(z.enum(SUB_SECTORS)).min(1).optional(),
  })
  .strict();
export type AppliesTo = z.output<typeof AppliesToSchema>;

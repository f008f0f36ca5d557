import { z } from 'astro/zod';
import { BasisSchema, IdSchema } from './common';
import { AppliesToSchema } from './profile';

/**
 * An enterprise duty from the 2024 work plan (an item of content/checks/work-plan-2024.yaml).
 * The self-check turns each into a question; 不符合 is a general gap, not a major hazard.
 */
export const DutySchema = z
  .object({
    /** Stable id: wp2024-t{task}-{words}, e.g. wp2024-t2-quarterly-inspection. */
    id: IdSchema.refine((id) => /^wp2024-t\d{1,2}-/.test(id), 'id 要以 wp2024-t{任务号}- 开头'),
    /** Work-plan task number (1–20). */
    task: z.number().int().min(1).max(20),
    /** The duty in a few words, e.g. 主要负责人带队检查. */
    duty: z.string().min(4),
    /** Desired state for the self-check (符合 = done). */
    desiredState: z.string().min(10),
    /** Frequency or deadline, e.g. 每季度至少1次（金属冶炼企业每月至少1次）. */
    when: z.string().min(2),
    /** Which enterprises, in words, e.g. 全部工贸企业. */
    who: z.string().min(2),
    /** Profile conditions under which the duty applies. */
    appliesTo: AppliesToSchema,
    /** What to look at or ask for. */
    checks: z.array(z.string().min(4)).min(1),
    /**
     * recurring: a standing duty that continues after 2024 (quarterly inspection, drills, ledgers, training);
     * one-off: a 2024 action with a deadline that has passed (kept as history, not a current gap).
     */
    recurrence: z.enum(['recurring', 'one-off']),
    /** Further legal basis (安全生产法 articles etc.). The work-plan task itself is implied. */
    basis: z.array(BasisSchema).default([]),
  })
  .strict();
export type Duty = z.output<typeof DutySchema>;

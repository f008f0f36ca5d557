import { z } from 'astro/zod';
import { IdSchema } from './common';
import { TOPICS } from '../lib/taxonomy';

/** One step of the suggested 20-minute session. */
export const OutlineStepSchema = z.object({
  /** Minutes for this step. */
  minutes: z.number().int().min(1).max(10),
  /** What the trainer does, in one or two sentences. */
  step: z.string().min(6),
});

/** A trainer kit for one topic (an item of content/training/kits.yaml). Its cases are the cases tagged with the topic. */
export const KitSchema = z
  .object({
    /** The topic id (see TOPICS in src/lib/taxonomy.ts); also the URL /training/{id}/. */
    id: z.enum(TOPICS),
    /** Who the kit is for, e.g. 冶金、有色、机械铸造企业的班组长和岗位人员. */
    audience: z.string().min(4),
    /** Two or three sentences: why this topic matters. */
    intro: z.string().min(20),
    /** Criteria of the topic, in teaching order. */
    criteria: z.array(IdSchema).min(1),
    /** Three key messages for the handout. */
    keyMessages: z.array(z.string().min(6)).length(3, '写 3 条要点'),
    /** Suggested 20-minute session. */
    outline: z.array(OutlineStepSchema).min(3),
    /** Questions to ask the room. */
    discussion: z.array(z.string().min(6)).min(2),
  })
  .strict()
  .superRefine((k, ctx) => {
    const total = k.outline.reduce((n, s) => n + s.minutes, 0);
    if (total !== 20) ctx.addIssue({ code: 'custom', path: ['outline'], message: `各步骤分钟数合计应为 20，现在是 ${total}` });
  });
export type Kit = z.output<typeof KitSchema>;

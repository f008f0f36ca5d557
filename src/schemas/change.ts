import { z } from 'astro/zod';
import { ConfidenceSchema, DateSchema, IdSchema } from './common';

/** What kind of change an entry records. */
export const CHANGE_KINDS = ['rule', 'content'] as const;
export const CHANGE_KIND_LABELS = { rule: '规则变化', content: '本站内容更新' } as const;

/**
 * One dated entry of the change log (content/changes.yaml): a rule that changed and affects the criteria, or a content
 * update the site made. Shown on /changes/, on every criterion page it names, and in /data/changes.json.
 */
export const ChangeSchema = z
  .object({
    /** Stable id, e.g. 2026-12-a11-2-correction. */
    id: IdSchema,
    /** Date of the change (a rule: its 施行 date; a content update: the day it was made). */
    date: DateSchema,
    kind: z.enum(CHANGE_KINDS),
    /** One line, e.g. 第十一条第（二）项表述更正. */
    title: z.string().min(4).max(40),
    /** What changed and what it means for an enterprise, in our own words. */
    summary: z.string().min(10),
    /** Criteria it concerns (their pages list the entry). */
    criteria: z.array(IdSchema).default([]),
    /** Regulations it concerns. */
    regulations: z.array(IdSchema).default([]),
    /** Questions rewritten or moved. */
    questions: z.array(IdSchema).default([]),
    /** Other pages it touched, as site paths such as /regulations/work-plan-2024/. */
    pages: z.array(z.string().regex(/^\/([a-z0-9-]+\/)*$/, '页面路径写成 /regulations/work-plan-2024/ 这样，以 / 开头和结尾')).default([]),
    /** Confidence of the facts the entry states; M is shown as 待核实. */
    confidence: ConfidenceSchema,
  })
  .strict();
export type Change = z.output<typeof ChangeSchema>;

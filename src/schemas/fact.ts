import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema } from './common';

/**
 * A fact that several pages state (content/facts.yaml): it is written once here and pages that show it render this
 * text. The content suite scans all of content/ for `detect` and fails on any wording that is neither `text` nor
 * one of `allowed`, so the same fact cannot drift apart on two pages.
 */
export const FactSchema = z
  .object({
    /** Stable id, e.g. kunshan-2014-deaths. */
    id: IdSchema,
    /** What the fact is about, for the list on /changes/ and reviewers, e.g. 昆山中荣事故死亡人数. */
    topic: z.string().min(2),
    /** The one wording the site uses, in our own words. */
    text: z.string().min(6),
    /** How sure the fact is; M is rendered with 〔待核实〕. */
    confidence: ConfidenceSchema,
    /**
     * A regular expression (JavaScript syntax) that finds any statement of this fact in content/, however worded,
     * e.g. `书面(委托|授权)`. Every match must lie inside `text` or an `allowed` wording.
     */
    detect: z.string().refine((s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'detect 不是有效的正则表达式'),
    /** Other accepted wordings (short forms), each consistent with `text`. */
    allowed: z.array(z.string().min(2)).default([]),
    /** Source references for reviewers, e.g. "regulation-facts §7 (S27, V)". */
    source: z.string().min(2),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!new RegExp(f.detect, 'u').test(f.text)) {
      ctx.addIssue({ code: 'custom', path: ['detect'], message: 'detect 必须能匹配 text 本身，否则检查不到这条事实' });
    }
  });
export type Fact = z.output<typeof FactSchema>;

import { z } from 'astro/zod';
import { BasisSchema, ConfidenceSchema, DateSchema, IdSchema, PendingSchema, SourceRefSchema } from './common';
import { AppliesToSchema } from './profile';
import { LOGICS } from '../lib/criteria';

export { LOGICS, type Logic } from '../lib/criteria';

/**
 * A place where the rule's grammar leaves the reading open (未设置A或者B; 隔开或者单独设置; 并且) and no official 解读
 * settles it. Every page shows it the same way (components/OpenReading.astro): the words, the literal reading, and
 * that the reading is unconfirmed. See content/README.md, "One hedging rule".
 */
export const OpenReadingSchema = z
  .object({
    /** The rule's own words that are open, e.g. 隔开或者单独设置. */
    words: z.string().min(2).max(40),
    /** The literal reading the page follows, in our own words. */
    literal: z.string().min(10),
    /** The other reading a reader may meet, if any (never used as a quiz key). */
    other: z.string().min(6).optional(),
  })
  .strict();
export type OpenReading = z.output<typeof OpenReadingSchema>;

/** The legal consequence where the sources confirm it. */
export const PenaltySchema = z.object({
  /** Regulation id, e.g. "work-safety-law". */
  regulation: z.string(),
  /** Article number. */
  article: z.number().int().positive(),
  /** Item number inside the article, if any. */
  item: z.number().int().positive().optional(),
  /** What the penalty is, in our own words (amounts exactly as the source has them). */
  summary: z.string().min(4),
  confidence: ConfidenceSchema,
});

/**
 * Frontmatter of one of the 64 situations of 令第10号 (content/criteria/a{article}-{item}.mdx).
 * The MDX body explains why the situation is dangerous (the accident mechanism).
 */
export const CriterionSchema = z
  .object({
    /** Article of 令第10号 (3–13). */
    article: z.number().int().min(3).max(13),
    /** Item inside the article, 1-based (第（一）项 = 1). */
    item: z.number().int().min(1).max(13),
    /** Short title (≤ 24 characters), e.g. 吊运跨内设人员聚集场所. */
    title: z.string().min(4).max(24),
    /**
     * The criterion stated faithfully in plain words: every place, device, substance and number exactly
     * as the rule has it. Starts with what makes it a major hazard.
     */
    statement: z.string().min(20),
    /** How the conditions combine: any = 或者, all = 并且, single = one situation. */
    logic: z.enum(LOGICS),
    /**
     * The word the rule itself uses to join the conditions, only when it is not 或者 (any) or 并且 (all),
     * e.g. 以及 in 第四条第（一）项. The page quotes it, so it must be the rule's own word.
     */
    connective: z.string().min(1).max(4).optional(),
    /** The alternatives (any), the conditions that must all hold (all), or the one situation (single). */
    conditions: z.array(z.string().min(4)).min(1),
    /** Numbers and named lists to remember, e.g. "30 kPa", "6类人员聚集场所：…". */
    keyFacts: z.array(z.string()).default([]),
    /** True if the item names a monitoring, alarm or protection device, so Article 14 applies. */
    article14: z.boolean(),
    /** The devices named (required when article14 is true). */
    devices: z.array(z.string()).default([]),
    /** Profile conditions under which the item applies. */
    appliesTo: AppliesToSchema,
    /** The desired state for the self-check, written so that 符合 means no hazard. */
    desiredState: z.string().min(10),
    /** How to check it on site: 2–5 concrete things to look at or records to ask for. */
    checks: z.array(z.string().min(6)).min(2, '至少写 2 条现场检查要点').max(5, '现场检查要点最多 5 条'),
    /** Common misreadings (2017 vs 2023 wording, 冶金 vs 有色 vs 机械, scope limits). */
    misreadings: z.array(z.string().min(6)).default([]),
    /** Legal basis beyond 令第10号 itself (e.g. 安全生产法 Art 49 for a3-1). */
    basis: z.array(BasisSchema).default([]),
    /** Penalty basis where the sources confirm it. */
    penalty: PenaltySchema.optional(),
    /** Sources with confidence. */
    sources: z.array(SourceRefSchema).min(1, '至少注明 1 个来源'),
    /** Unconfirmed points, shown only with the mark 待核实. */
    pending: z.array(PendingSchema).default([]),
    /** Readings the grammar leaves open (see OpenReadingSchema); shown with the one hedge. */
    openReadings: z.array(OpenReadingSchema).default([]),
    /** Ids of shared facts (content/facts.yaml) the page states; their text comes from there, not retyped here. */
    facts: z.array(IdSchema).default([]),
    /** Date this item's content was last reviewed against the sources (shown on the page). */
    reviewedOn: DateSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.article14 && c.devices.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['devices'], message: 'article14 为 true 时必须列出所涉设施设备' });
    }
    if (!c.article14 && c.devices.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['article14'], message: '列出了监控、报警、防护设施设备，article14 必须为 true' });
    }
    if (c.logic !== 'single' && c.conditions.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'logic 为 any/all 时至少列 2 个条件' });
    }
    if (c.logic === 'single' && c.conditions.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'logic 为 single 时只列 1 个情形' });
    }
    if (c.logic === 'single' && c.connective) {
      ctx.addIssue({ code: 'custom', path: ['connective'], message: 'logic 为 single 时没有连接词，请删去 connective' });
    }
  });
export type Criterion = z.output<typeof CriterionSchema>;

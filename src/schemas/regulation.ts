import { z } from 'astro/zod';
import { ConfidenceSchema, DateSchema, IdSchema, OfficialUrlSchema, PendingSchema, SourceRefSchema, StatusSchema } from './common';

/** Kinds of instrument, by legal force. */
export const REGULATION_KINDS = ['法律', '部门规章', '规范性文件', '地方工作文件', '国家标准'] as const;

/** One article of a regulation as the site summarises it (our own words, never the legal text pasted). */
export const ArticleSchema = z.object({
  /** Article number (第X条); omit for a document without article numbers. */
  number: z.number().int().positive().optional(),
  /** Short heading, e.g. 主要负责人七项职责. */
  title: z.string().min(2),
  /** What it requires of an enterprise, in plain words. */
  summary: z.string().min(6),
  /** Points to remember. */
  points: z.array(z.string()).default([]),
  /** Confidence of the article number and content; M is shown as 待核实. */
  confidence: ConfidenceSchema,
});
export type Article = z.output<typeof ArticleSchema>;

/** Frontmatter of a regulation page (content/regulations/{id}.mdx). The body is the overview in plain words. */
export const RegulationSchema = z
  .object({
    /** Full title without book-title marks, e.g. 工贸企业重大事故隐患判定标准. */
    title: z.string().min(4),
    /** Short name used in lists and citations, e.g. 判定标准. */
    shortTitle: z.string().min(2),
    /** 文号, e.g. 应急管理部令第10号. */
    docNumber: z.string().min(2),
    /** A note on the 文号 (e.g. a 校注 on a mended number). */
    docNumberNote: z.string().optional(),
    /** Issuing body, e.g. 应急管理部. */
    issuer: z.string().min(2),
    /** Confidence in the issuer; M when the sources do not name it (the page marks it 待核实). */
    issuerConfidence: ConfidenceSchema.default('V'),
    kind: z.enum(REGULATION_KINDS),
    /** Adopted (通过) date. */
    adopted: DateSchema.optional(),
    /** Promulgated or issued (公布/印发) date. */
    promulgated: DateSchema.optional(),
    /** In force from (施行). */
    effective: DateSchema.optional(),
    /** 现行有效 / 已废止 / 已被替代 / 已到期 (a time-limited plan whose period has ended). */
    status: StatusSchema,
    /**
     * Confidence in the status itself. M when the sources record no status (the page then marks it 待核实 instead
     * of showing an unqualified 现行有效).
     */
    statusConfidence: ConfidenceSchema.default('V'),
    /** A short qualification of the status, e.g. for an annual plan whose deadlines have passed. */
    statusNote: z.string().optional(),
    /** Id of the regulation that replaced this one (required when status is 已被替代). */
    replacedBy: z.string().optional(),
    /** What this regulation repealed, in words. */
    repeals: z.string().optional(),
    /** Official page (only *.gov.cn). Omit when none is known; the page then says so. */
    officialUrl: OfficialUrlSchema.optional(),
    /** Confidence in the official URL (V-repo = recorded by datasets, not yet opened). */
    officialUrlConfidence: ConfidenceSchema.optional(),
    /** Date these facts were last checked against the sources (核对日期). */
    checkedOn: DateSchema,
    /** Article-by-article summary where the sources confirm article numbers. */
    articles: z.array(ArticleSchema).default([]),
    /** Unconfirmed points, shown only with the mark 待核实. */
    pending: z.array(PendingSchema).default([]),
    /** Misreadings in circulation (third-party banks, hearsay) and the correct rule, in one sentence each. */
    misreadings: z.array(z.string().min(10)).default([]),
    /** Ids of shared facts (content/facts.yaml) the page states, rendered from there. */
    facts: z.array(IdSchema).default([]),
    sources: z.array(SourceRefSchema).min(1, '至少注明 1 个来源'),
    /** Sort order on /regulations/. */
    order: z.number().int(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.status === '已被替代' && !r.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: '状态为“已被替代”时必须写 replacedBy（替代它的法规 id）' });
    }
    if (r.officialUrl && !r.officialUrlConfidence) {
      ctx.addIssue({ code: 'custom', path: ['officialUrlConfidence'], message: '写了 officialUrl 就要写它的可信度' });
    }
  });
export type Regulation = z.output<typeof RegulationSchema>;

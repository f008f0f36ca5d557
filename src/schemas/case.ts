import { z } from 'astro/zod';
import { DateSchema, IdSchema, OfficialUrlSchema, SourceRefSchema } from './common';
import { PROVINCE_IDS, TOPICS } from '../lib/taxonomy';

/** Sections of a case page, in order. Their ids are stable URL segments: /cases/{id}/{section}/. */
export const CASE_SECTIONS = ['process', 'direct-cause', 'management-cause', 'lessons', 'criteria', 'sources'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];
export const CASE_SECTION_LABELS: Record<CaseSection, string> = {
  process: '经过',
  'direct-cause': '直接原因',
  'management-cause': '管理原因',
  lessons: '教训',
  criteria: '对应条款',
  sources: '来源',
};

/** Fields that can carry an unconfirmed (M) fact; listing one in `unverified` shows it as 待核实. */
export const CASE_FACT_FIELDS = ['date', 'place', 'casualties', 'process', 'directCause', 'managementCause', 'criteria'] as const;
export type CaseFactField = (typeof CASE_FACT_FIELDS)[number];

/** The frontmatter field each section shows: the one map that the case pages, the slides and the search records read. */
export const CASE_SECTION_FIELD = {
  process: 'process',
  'direct-cause': 'directCause',
  'management-cause': 'managementCause',
  lessons: 'lessons',
  criteria: 'criteria',
  sources: 'sources',
} as const satisfies Record<CaseSection, string>;

/** A criterion that the accident illustrates (the site's analysis, not the report's words). */
export const CaseCriterionSchema = z.object({
  /** Criterion id, e.g. a11-3. */
  id: IdSchema,
  /** Why this case illustrates it, in one sentence. */
  why: z.string().min(6),
});

/** Where the facts come from. Link only official pages; otherwise name publisher and document. */
export const CaseSourceSchema = z.object({
  /** Who published it, e.g. 国家安全监管总局, 辽宁省应急管理厅. */
  publisher: z.string().min(2),
  /** Document or report, e.g. 事故调查报告, 事故快报. */
  document: z.string().min(2),
  /** Date of publication, if known. */
  date: DateSchema.optional(),
  /** Official page only (*.gov.cn). */
  url: OfficialUrlSchema.optional(),
});

/** Frontmatter of an accident case (content/cases/{yyyy}-{place}-{company}.mdx). The body is optional background. */
export const CaseSchema = z
  .object({
    /** Title, e.g. 江苏昆山中荣金属制品“8·2”特别重大铝粉尘爆炸事故. */
    title: z.string().min(6),
    /** Date of the accident. */
    date: DateSchema,
    /** Place as precise as the sources allow, e.g. 江苏省昆山市开发区. */
    place: z.string().min(2),
    /** Province slug (see PROVINCE_IDS in src/lib/taxonomy.ts). */
    province: z.enum(PROVINCE_IDS),
    /** Industry in words, e.g. 机械（铝轮毂抛光）. */
    industry: z.string().min(2),
    /** Topics for filters and trainer kits (first one is the main topic). */
    topics: z.array(z.enum(TOPICS)).min(1),
    /** Deaths (a number), as confirmed. */
    deaths: z.number().int().min(0),
    /** Injured, if the sources give a number. */
    injured: z.number().int().min(0).optional(),
    /** Casualties as a phrase, e.g. 97人死亡、163人受伤（30日报告期内）. */
    casualties: z.string().min(2),
    /** One-paragraph summary. */
    summary: z.string().min(30),
    /** 经过: paragraphs. */
    process: z.array(z.string().min(10)).min(1),
    /** 直接原因: paragraphs or points. */
    directCause: z.array(z.string().min(6)).min(1),
    /** 管理原因: paragraphs or points. */
    managementCause: z.array(z.string().min(6)).min(1),
    /** 教训: at least three, each one sentence (the handout prints the first three). */
    lessons: z.array(z.string().min(6)).min(3, '至少写 3 条教训'),
    /** Criteria it illustrates (site's analysis). */
    criteria: z.array(CaseCriterionSchema).min(1, '至少对应 1 条判定标准'),
    /** Sources: publisher and document; url only for official pages. */
    sources: z.array(CaseSourceSchema).min(1, '至少注明 1 个来源'),
    /** Fields holding unconfirmed (M) facts: each is shown with the mark 待核实. */
    unverified: z.array(z.enum(CASE_FACT_FIELDS)).default([]),
    /** Reviewer provenance: research-note references (not shown as links). */
    provenance: z.array(SourceRefSchema).default([]),
  })
  .strict();
export type Case = z.output<typeof CaseSchema>;

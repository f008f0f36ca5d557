import { z } from 'astro/zod';
import { CONFIDENCES, STATUSES } from '../lib/taxonomy';
import { isOfficialUrl } from '../lib/official-url';

export { isOfficialUrl };

/** A stable ASCII id: lower-case letters, digits and hyphens. Never change one once published. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id 只能用小写英文字母、数字和连字符（例如 a4-1、2014-kunshan-zhongrong）');

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted and normalised). */
export const DateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 YYYY-MM-DD，例如 2023-05-15'),
);

/** Confidence mark from ../shared/sources: V, V2, V-repo, or M (unconfirmed: shown as 待核实). */
export const ConfidenceSchema = z.enum(CONFIDENCES);

/** Status of a regulation as the site shows it. */
export const StatusSchema = z.enum(STATUSES);

/** A link the site shows. Only official government pages (*.gov.cn) may be linked; mirrors are provenance, not links. */
export const OfficialUrlSchema = z
  .string()
  .refine(
    isOfficialUrl,
    '只能链接官方页面（mem.gov.cn、gov.cn、npc.gov.cn 等 *.gov.cn 政府网站）；转载和镜像网站只能写进 provenance，不能作为链接',
  );

/** A research source from ../shared/sources, e.g. { ref: "S1", confidence: "V" }. */
export const SourceRefSchema = z.object({
  /** Source id from regulation-facts.md §5 (S1…S41c) or a case number such as "case-19". */
  ref: z.string().min(1),
  /** How sure the fact is; M must be shown as 待核实. */
  confidence: ConfidenceSchema,
  /** Optional note for reviewers (never a mirror-site link on the page). */
  note: z.string().optional(),
});
export type SourceRef = z.output<typeof SourceRefSchema>;

/** A pointer to the legal basis: a regulation id plus article, item or work-plan task. */
export const BasisSchema = z.object({
  /** Id of an entry in content/regulations (e.g. "major-hazard-criteria", "work-safety-law", "work-plan-2024"). */
  regulation: IdSchema,
  /** Article number (第X条), as an Arabic number. */
  article: z.number().int().positive().optional(),
  /** Item number (第（Y）项), as an Arabic number. */
  item: z.number().int().positive().optional(),
  /** Task number of the 2024 work plan (1–20). */
  task: z.number().int().min(1).max(20).optional(),
  /** What this basis says, in our own words. */
  note: z.string().optional(),
  /** Confidence of the article number and content; M is shown as 待核实. */
  confidence: ConfidenceSchema.default('V'),
});
export type Basis = z.output<typeof BasisSchema>;

/** A plain-language sentence that is not yet confirmed: always rendered with the mark 待核实. */
export const PendingSchema = z.object({
  /** The statement, in our own words. */
  text: z.string().min(4),
  /** Why it is unconfirmed or what to check. */
  note: z.string().optional(),
});
export type Pending = z.output<typeof PendingSchema>;

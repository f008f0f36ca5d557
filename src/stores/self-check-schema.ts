/**
 * The stored shape of one assessment (zod/mini keeps the island small), and how older and foreign data is read.
 *
 * Record versions (record kind "assessment", one record per assessment, see db.ts):
 * - v1: the first release's shape, inside one localStorage value `gmaq:self-check` = { v: 1, data: { assessments, currentId } },
 *   and the data of export files and text codes of kind "self-check" version 1;
 * - v2 (2026-12): v1 plus `ts`, the time of each field's last change, so two tabs' edits merge (lib/storage/stamps.ts).
 *
 * Tolerance: values this build does not know (an industry, a sub-sector, an answer kind, a profile flag) are kept as
 * they are and shown as 未知选项, never a reason to reject the record; over-long texts (written by an older build that
 * did not enforce the limits) are cut to the limit instead of rejecting the whole record.
 */
import * as z from 'zod/mini';
import type { Profile } from '../lib/applicability';
import { ANSWERS, type AnswerEntry, type Assessment, type PlanEntry } from '../lib/self-check';
import { LIMITS, clampText, cleanDate } from '../lib/storage/limits';
import { INDUSTRIES, SPECIALS, SUB_SECTORS } from '../lib/taxonomy';

const text = (max: number) => z.string().check(z.maxLength(max));
const codes = z.array(text(60)).check(z.maxLength(100));

/** The enterprise profile as stored (an assessment's, and practice's quick profile): codes kept as strings. */
export const StoredProfileSchema = z.object({
  industries: codes,
  specials: codes,
  metalSmelting: z.boolean(),
  contractors: z.boolean(),
  specialOps: z.boolean(),
  dustWorkers30: z.boolean(),
  subSectors: codes,
});

const StoredAnswerSchema = z.object({ answer: text(40), note: z.optional(text(LIMITS.note)) });
const PlanSchema = z.object({
  measure: text(LIMITS.measure),
  owner: text(LIMITS.owner),
  deadline: text(20),
  funds: text(LIMITS.funds),
});

const PositionSchema = z.object({ module: text(40), item: z.optional(text(80)) });

export const StoredAssessmentSchema = z.looseObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{4,40}$/)),
  name: text(LIMITS.name),
  createdAt: text(40),
  updatedAt: text(40),
  profile: StoredProfileSchema,
  answers: z.record(text(80), StoredAnswerSchema),
  plans: z.record(text(80), PlanSchema),
  position: z.optional(PositionSchema),
  ts: z.record(text(200), text(40)),
});
export type StoredAssessment = z.output<typeof StoredAssessmentSchema>;

/** Version of the assessment record this build writes. */
export const ASSESSMENT_VERSION = 2;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const clampField = (o: Obj, key: string, max: number) => {
  if (typeof o[key] === 'string') o[key] = clampText(o[key], max);
};

/** Cuts texts that are over a limit (so old over-long data loads) and brings v1 to v2. Works on unknown input. */
export function repairAssessment(version: number, data: unknown): unknown {
  if (!isObj(data) || version < 1 || version > ASSESSMENT_VERSION) return undefined;
  const d = structuredClone(data);
  clampField(d, 'name', LIMITS.name);
  if (isObj(d.answers)) for (const a of Object.values(d.answers)) if (isObj(a)) clampField(a, 'note', LIMITS.note);
  if (isObj(d.plans))
    for (const p of Object.values(d.plans))
      if (isObj(p)) {
        clampField(p, 'measure', LIMITS.measure);
        clampField(p, 'owner', LIMITS.owner);
        clampField(p, 'funds', LIMITS.funds);
        if (typeof p.deadline === 'string') p.deadline = cleanDate(p.deadline);
      }
  if (version === 1 || !isObj(d.ts)) d.ts = {};
  return d;
}

const known = <T extends string>(set: readonly T[], list: readonly string[]) => list.filter((x): x is T => set.includes(x as T));
const unknown = (set: readonly string[], list: readonly string[]) => list.filter((x) => !set.includes(x));

/** Reads one stored or imported assessment of any released version; undefined when it cannot be read even after repair. */
export function decodeAssessment(version: number, data: unknown): Assessment | undefined {
  const r = StoredAssessmentSchema.safeParse(repairAssessment(version, data));
  if (!r.success) return undefined;
  const s = r.data;
  const answers: Record<string, AnswerEntry> = {};
  const foreignAnswers: Record<string, { answer: string; note?: string }> = {};
  for (const [id, e] of Object.entries(s.answers)) {
    const entry = { answer: e.answer, ...(e.note !== undefined ? { note: e.note } : {}) };
    if ((ANSWERS as readonly string[]).includes(e.answer)) answers[id] = entry as AnswerEntry;
    else foreignAnswers[id] = entry;
  }
  const p = s.profile;
  const profile: Profile = {
    industries: known(INDUSTRIES, p.industries),
    specials: known(SPECIALS, p.specials),
    subSectors: known(SUB_SECTORS, p.subSectors),
    metalSmelting: p.metalSmelting,
    contractors: p.contractors,
    specialOps: p.specialOps,
    dustWorkers30: p.dustWorkers30,
  };
  const foreign = {
    industries: unknown(INDUSTRIES, p.industries),
    specials: unknown(SPECIALS, p.specials),
    subSectors: unknown(SUB_SECTORS, p.subSectors),
    answers: foreignAnswers,
  };
  const plans: Record<string, PlanEntry> = {};
  for (const [id, x] of Object.entries(s.plans)) plans[id] = { measure: x.measure, owner: x.owner, deadline: x.deadline, funds: x.funds };
  // Top-level fields a newer build added (same record version): kept and written back as they were.
  const fields = Object.fromEntries(Object.entries(s).filter(([k]) => !OWN_FIELDS.has(k)));
  const hasForeign =
    foreign.industries.length +
      foreign.specials.length +
      foreign.subSectors.length +
      Object.keys(foreignAnswers).length +
      Object.keys(fields).length >
    0;
  return {
    id: s.id,
    name: s.name,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    profile,
    answers,
    plans,
    ...(s.position ? { position: s.position } : {}),
    ts: s.ts,
    ...(hasForeign ? { foreign: { ...foreign, fields } } : {}),
  };
}

const OWN_FIELDS = new Set(['id', 'name', 'createdAt', 'updatedAt', 'profile', 'answers', 'plans', 'position', 'ts']);

/** The data stored for an assessment: values this build does not know are put back where they were. */
export function encodeAssessment(a: Assessment): StoredAssessment {
  const f = a.foreign;
  return {
    ...(f?.fields ?? {}),
    id: a.id,
    name: a.name,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    profile: {
      ...a.profile,
      industries: [...a.profile.industries, ...(f?.industries ?? [])],
      specials: [...a.profile.specials, ...(f?.specials ?? [])],
      subSectors: [...a.profile.subSectors, ...(f?.subSectors ?? [])],
    },
    answers: { ...(f?.answers ?? {}), ...a.answers },
    plans: a.plans,
    ...(a.position ? { position: a.position } : {}),
    ts: a.ts ?? {},
  };
}

/**
 * Recovers what can be read from an assessment that does not validate: each answer or plan entry that is invalid is
 * left out (and counted), missing texts get defaults. Used only when the user imports a set-aside record back and
 * agrees; loading never drops parts silently.
 */
export function salvageAssessment(version: number, data: unknown): { a: Assessment; dropped: number } | undefined {
  const strict = decodeAssessment(version, data);
  if (strict) return { a: strict, dropped: 0 };
  const d = repairAssessment(Math.min(Math.max(version, 1), ASSESSMENT_VERSION), data);
  if (!isObj(d) || typeof d.id !== 'string') return undefined;
  let dropped = 0;
  const keepValid = (entries: unknown, schema: { safeParse: (x: unknown) => { success: boolean } }) => {
    const out: Obj = {};
    if (isObj(entries))
      for (const [k, v] of Object.entries(entries)) {
        if (k.length <= 80 && schema.safeParse(v).success) out[k] = v;
        else dropped++;
      }
    return out;
  };
  const now = new Date().toISOString();
  const profile = StoredProfileSchema.safeParse(d.profile);
  if (!profile.success) dropped++;
  const str = (v: unknown, fallback: string, max: number) => (typeof v === 'string' ? clampText(v, max) : (dropped++, fallback));
  const fixed: Obj = {
    ...d,
    name: str(d.name, '未命名企业', LIMITS.name),
    createdAt: str(d.createdAt, now, 40),
    updatedAt: str(d.updatedAt, now, 40),
    profile: profile.success
      ? profile.data
      : { industries: [], specials: [], subSectors: [], metalSmelting: false, contractors: false, specialOps: false, dustWorkers30: false },
    answers: keepValid(d.answers, StoredAnswerSchema),
    plans: keepValid(d.plans, PlanSchema),
    ts: isObj(d.ts) ? d.ts : {},
  };
  if (fixed.position !== undefined && !PositionSchema.safeParse(fixed.position).success) {
    delete fixed.position;
    dropped++;
  }
  const a = decodeAssessment(ASSESSMENT_VERSION, fixed);
  return a ? { a, dropped } : undefined;
}

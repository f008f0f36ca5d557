/**
 * The stored shape of one assessment (zod/mini keeps the island small), and how older and foreign data is read.
 *
 * Record versions (record kind "assessment", one record per assessment, see db.ts):
 * - v1: the first release's shape, inside one localStorage value `gmaq:self-check` = { v: 1, data: { assessments, currentId } },
 *   and the data of export files and text codes of kind "self-check" version 1;
 * - v2 (2026-12): v1 plus `ts`, the time of each field's last change, so two tabs' edits merge (lib/storage/stamps.ts).
 * - v3 (2026-12): v2 plus the hazard lifecycle (lib/hazards.ts): `hazards` (per item or own-item key: events by id,
 *   acceptance, location, carriedFrom), `own` items, `inspection` {by, date}, and plan `goal`/`safety`. All optional, so
 *   a v1/v2 record is a valid v3 record as it is. v2 never shipped in a release (tests/fixtures/pre-release/).
 *
 * Tolerance: values this build does not know (an industry, a sub-sector, an answer kind, a profile flag) are kept as
 * they are and shown as 未知选项, never a reason to reject the record; over-long texts (written by an older build that
 * did not enforce the limits) are cut to the limit instead of rejecting the whole record.
 */
import * as z from 'zod/mini';
import type { Profile } from '../lib/applicability';
import { STATUSES, type HazardEvent, type HazardTrack, type OwnItem } from '../lib/hazards';
import { isAnswer, type AnswerEntry, type Assessment, type ForeignValues, type PlanEntry } from '../lib/self-check';
import { LIMITS, clampText, cleanDate } from '../lib/storage/limits';
import { INDUSTRIES, SPECIALS, SUB_SECTORS } from '../lib/taxonomy';
import { StoredProfileSchema } from './profile-schema';
import { isOneOf } from '../lib/one-of';

const text = (max: number) => z.string().check(z.maxLength(max));

export { StoredProfileSchema };

const StoredAnswerSchema = z.object({ answer: text(40), note: z.optional(text(LIMITS.note)) });
const PlanSchema = z.object({
  measure: text(LIMITS.measure),
  owner: text(LIMITS.owner),
  deadline: text(20),
  funds: text(LIMITS.funds),
  goal: z.optional(text(LIMITS.planPart)),
  safety: z.optional(text(LIMITS.planPart)),
});

/** One lifecycle step; the status is kept as a string so a step of a newer build survives (see decode). */
const EventSchema = z.object({
  status: text(40),
  date: text(20),
  by: text(LIMITS.person),
  note: z.optional(text(LIMITS.eventNote)),
  at: text(40),
  reopen: z.optional(z.boolean()),
});
const PersonDateSchema = z.object({ by: text(LIMITS.person), date: text(20) });
const TrackSchema = z.object({
  events: z.record(text(80), EventSchema),
  acceptance: z.optional(PersonDateSchema),
  location: z.optional(text(LIMITS.location)),
  carriedFrom: z.optional(z.object({ assessment: text(40), key: text(80) })),
});
const OwnSchema = z.object({
  title: text(LIMITS.ownTitle),
  basis: text(LIMITS.ownBasis),
  severity: text(20),
  note: z.optional(text(LIMITS.note)),
  createdAt: text(40),
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
  hazards: z.optional(z.record(text(80), TrackSchema)),
  own: z.optional(z.record(text(80), OwnSchema)),
  inspection: z.optional(PersonDateSchema),
  ts: z.record(text(200), text(40)),
});
export type StoredAssessment = z.output<typeof StoredAssessmentSchema>;

/** Version of the assessment record this build writes. */
export const ASSESSMENT_VERSION = 3;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const clampField = (o: Obj, key: string, max: number) => {
  if (typeof o[key] === 'string') o[key] = clampText(o[key], max);
};

const values = (o: unknown): Obj[] => (isObj(o) ? Object.values(o).filter(isObj) : []);

/** Cuts texts that are over a limit (so old over-long data loads) and brings v1 and v2 to v3. Works on unknown input. */
export function repairAssessment(version: number, data: unknown): unknown {
  if (!isObj(data) || version < 1 || version > ASSESSMENT_VERSION) return undefined;
  const d = structuredClone(data);
  clampField(d, 'name', LIMITS.name);
  if (isObj(d.answers)) for (const a of Object.values(d.answers)) if (isObj(a)) clampField(a, 'note', LIMITS.note);
  if (isObj(d.plans))
    for (const p of Object.values(d.plans))
      if (isObj(p)) {
        // A merge may bring one plan field without the others (see the v3 note below).
        for (const k of ['measure', 'owner', 'deadline', 'funds']) if (p[k] === undefined) p[k] = '';
        clampField(p, 'measure', LIMITS.measure);
        clampField(p, 'owner', LIMITS.owner);
        clampField(p, 'funds', LIMITS.funds);
        if (typeof p.deadline === 'string') p.deadline = cleanDate(p.deadline);
        clampField(p, 'goal', LIMITS.planPart);
        clampField(p, 'safety', LIMITS.planPart);
      }
  // v3 parts (a v1/v2 record has none, so nothing else is needed to bring it to v3). A merge of two tabs sets paths
  // one by one (lib/storage/stamps.ts), so a part may arrive without its siblings (a location set in one tab on a
  // hazard the other never had): missing parts get their empty value instead of failing the record.
  for (const t of values(d.hazards)) {
    if (!isObj(t.events)) t.events = {};
    for (const e of values(t.events)) {
      clampField(e, 'by', LIMITS.person);
      clampField(e, 'note', LIMITS.eventNote);
      clampField(e, 'date', 20);
    }
    if (isObj(t.acceptance)) clampField(t.acceptance, 'by', LIMITS.person);
    clampField(t, 'location', LIMITS.location);
  }
  for (const o of values(d.own)) {
    if (typeof o.title !== 'string') o.title = '未命名隐患';
    if (typeof o.basis !== 'string') o.basis = '';
    if (typeof o.severity !== 'string') o.severity = 'gap';
    if (typeof o.createdAt !== 'string') o.createdAt = '';
    clampField(o, 'title', LIMITS.ownTitle);
    clampField(o, 'basis', LIMITS.ownBasis);
    clampField(o, 'note', LIMITS.note);
  }
  if (isObj(d.inspection)) {
    const inspection: Obj = { by: '', date: '', ...d.inspection };
    clampField(inspection, 'by', LIMITS.person);
    d.inspection = inspection;
  }
  if (version === 1 || !isObj(d.ts)) d.ts = {};
  return d;
}

const known = <T extends string>(set: readonly T[], list: readonly string[]) => list.filter((x): x is T => isOneOf(set, x));
const unknown = (set: readonly string[], list: readonly string[]) => list.filter((x) => !set.includes(x));

/** Reads one stored or imported assessment of any released version; undefined when it cannot be read even after repair. */
export function decodeAssessment(version: number, data: unknown): Assessment | undefined {
  const r = StoredAssessmentSchema.safeParse(repairAssessment(version, data));
  if (!r.success) return undefined;
  const s = r.data;
  const answers: Record<string, AnswerEntry> = {};
  const foreignAnswers: Record<string, { answer: string; note?: string }> = {};
  for (const [id, e] of Object.entries(s.answers)) {
    const note = e.note !== undefined ? { note: e.note } : {};
    if (isAnswer(e.answer)) answers[id] = { answer: e.answer, ...note };
    else foreignAnswers[id] = { answer: e.answer, ...note };
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
  for (const [id, x] of Object.entries(s.plans))
    plans[id] = {
      measure: x.measure,
      owner: x.owner,
      deadline: x.deadline,
      funds: x.funds,
      ...(x.goal !== undefined ? { goal: x.goal } : {}),
      ...(x.safety !== undefined ? { safety: x.safety } : {}),
    };
  const { hazards, foreignEvents } = decodeHazards(s.hazards);
  const { own, foreignOwn } = decodeOwn(s.own);
  // Top-level fields a newer build added (same record version): kept and written back as they were.
  const fields = Object.fromEntries(Object.entries(s).filter(([k]) => !OWN_FIELDS.has(k)));
  const hasForeign =
    foreign.industries.length +
      foreign.specials.length +
      foreign.subSectors.length +
      Object.keys(foreignAnswers).length +
      Object.keys(foreignEvents).length +
      Object.keys(foreignOwn).length +
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
    ...(hazards ? { hazards } : {}),
    ...(own ? { own } : {}),
    ...(s.inspection ? { inspection: s.inspection } : {}),
    ts: s.ts,
    ...(hasForeign ? { foreign: { ...foreign, events: foreignEvents, own: foreignOwn, fields } } : {}),
  };
}

type StoredTracks = NonNullable<StoredAssessment['hazards']>;
type StoredOwn = NonNullable<StoredAssessment['own']>;
const isStatus = (s: string): s is HazardEvent['status'] => isOneOf(STATUSES, s);

/** Hazard tracks; a step whose status this build does not know is set aside (kept in `foreign.events`, written back). */
function decodeHazards(stored: StoredTracks | undefined) {
  const foreignEvents: NonNullable<ForeignValues['events']> = {};
  if (!stored) return { hazards: undefined, foreignEvents };
  const hazards: Record<string, HazardTrack> = {};
  for (const [key, t] of Object.entries(stored)) {
    const events: Record<string, HazardEvent> = {};
    for (const [eid, e] of Object.entries(t.events)) {
      if (isStatus(e.status)) events[eid] = { ...e, status: e.status };
      else (foreignEvents[key] ??= {})[eid] = e;
    }
    hazards[key] = { ...t, events };
  }
  return { hazards, foreignEvents };
}

/** Own items; one whose 等级 this build does not know is kept whole in `foreign.own` and written back as it was. */
function decodeOwn(stored: StoredOwn | undefined) {
  const foreignOwn: NonNullable<ForeignValues['own']> = {};
  if (!stored) return { own: undefined, foreignOwn };
  const own: Record<string, OwnItem> = {};
  for (const [key, o] of Object.entries(stored)) {
    if (o.severity === 'major' || o.severity === 'gap') own[key] = { ...o, severity: o.severity };
    else foreignOwn[key] = o;
  }
  return { own, foreignOwn };
}

const OWN_FIELDS = new Set([
  'id',
  'name',
  'createdAt',
  'updatedAt',
  'profile',
  'answers',
  'plans',
  'position',
  'hazards',
  'own',
  'inspection',
  'ts',
]);

/** Hazard tracks with the steps of a newer build put back. */
function encodeHazards(a: Assessment): StoredTracks | undefined {
  const fe = a.foreign?.events ?? {};
  if (!a.hazards && Object.keys(fe).length === 0) return undefined;
  const out: StoredTracks = {};
  for (const [key, t] of Object.entries(a.hazards ?? {})) out[key] = { ...t, events: { ...(fe[key] ?? {}), ...t.events } };
  for (const [key, ev] of Object.entries(fe)) if (!out[key]) out[key] = { events: { ...ev } };
  return out;
}

/** The data stored for an assessment: values this build does not know are put back where they were. */
export function encodeAssessment(a: Assessment): StoredAssessment {
  const f = a.foreign;
  const encodedHazards = encodeHazards(a);
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
    ...(encodedHazards ? { hazards: encodedHazards } : {}),
    ...(a.own || f?.own ? { own: { ...(f?.own ?? {}), ...(a.own ?? {}) } } : {}),
    ...(a.inspection ? { inspection: a.inspection } : {}),
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
    ...(d.hazards !== undefined ? { hazards: keepValid(d.hazards, TrackSchema) } : {}),
    ...(d.own !== undefined ? { own: keepValid(d.own, OwnSchema) } : {}),
    ts: isObj(d.ts) ? d.ts : {},
  };
  if (fixed.inspection !== undefined && !PersonDateSchema.safeParse(fixed.inspection).success) {
    delete fixed.inspection;
    dropped++;
  }
  if (fixed.position !== undefined && !PositionSchema.safeParse(fixed.position).success) {
    delete fixed.position;
    dropped++;
  }
  const a = decodeAssessment(ASSESSMENT_VERSION, fixed);
  return a ? { a, dropped } : undefined;
}

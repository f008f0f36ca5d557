/**
 * Self-check state: the assessments kept on this device, each its own record (kind "assessment", shape in
 * self-check-schema.ts), and the one open in this tab.
 *
 * This module is the only writer of assessments and keeps every limit of the schema itself (lib/storage/limits.ts):
 * texts are cut to their limit, a copy's name is shortened to fit, and creating past the record cap is refused with a
 * message, so nothing the UI does can produce a record the next load would reject.
 * The open assessment is per tab (sessionStorage), so opening a record in one tab does not switch another.
 */
import { computed } from 'nanostores';
import { EMPTY_PROFILE, type Profile } from '../lib/applicability';
import { checkStep, nextSteps, statusOf, type HazardEvent, type HazardStatus, type OwnItem } from '../lib/hazards';
import { recheckCopy, type AnswerEntry, type Assessment, type PlanEntry } from '../lib/self-check';
import { localDate, zhDateTime } from '../lib/dates';
import { LIMITS, clampText, cleanDate, copyName } from '../lib/storage/limits';
import { mergeStamped, stamp, stampNow } from '../lib/storage/stamps';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { LEGACY_SELF_CHECK_KEY, legacyKeys } from './legacy-keys';
import { ASSESSMENT_VERSION, decodeAssessment, encodeAssessment, salvageAssessment } from './self-check-schema';
import { vault } from './site';
import { tabValue } from './tab';
import type { ImportFlow } from './transfer-flow';

/** Export files and text codes: version 1 (first release), 2 (with change stamps) and 3 (hazard lifecycle) are read. */
export const SELF_CHECK_EXPORT_VERSION = 3;

const exportOf = (a: Assessment) => {
  const env = makeEnvelope('self-check', SELF_CHECK_EXPORT_VERSION, encodeAssessment(a));
  return { json: toJsonText(env), code: toTextCode(env) };
};

/*
 * Photos are their own records (stores/photos.ts) with their own code, loaded only where photos are shown. The
 * self-check store reaches them on demand: to export and import them with a file, to delete them with their
 * assessment, and to carry them into a re-check with the hazards they belong to.
 */
const photoStore = () => import('./photos');

export const assessments = vault.collection<Assessment>({
  kind: 'assessment',
  version: ASSESSMENT_VERSION,
  label: '自查记录',
  decode: decodeAssessment,
  encode: encodeAssessment,
  merge: (local, stored) => mergeStamped({ ...local, ts: local.ts ?? {} }, { ...stored, ts: stored.ts ?? {} }),
  rescue: (a) => ({ text: exportOf(a).code, fileName: `自查-${a.name}-${localDate(a.updatedAt)}.json` }),
});
// The first release's data is moved once per device: the mover is fetched only when its old keys are there.
vault.migrate(async (v, b) => {
  if (!legacyKeys(LEGACY_SELF_CHECK_KEY).length) return;
  const { moveLegacySelfCheck } = await import('./legacy');
  await moveLegacySelfCheck(v, b, assessments);
});

/** All assessments, oldest first (the order they were made in). */
export const $assessments = computed(assessments.$items, (m) => Object.values(m).sort((a, b) => a.createdAt.localeCompare(b.createdAt)));

/** The id of the assessment open in this tab. */
export const $currentId = tabValue('current-assessment');

/** The assessment open in this tab, if any. */
export const $current = computed([assessments.$items, $currentId], (m, id) => (id ? m[id] : undefined));

/** True once saved assessments have been read. */
export const $selfCheckLoaded = assessments.$loaded;

export type Result = { ok: true; id: string } | { ok: false; error: string };

const CAP_MESSAGE = `本机最多保存 ${LIMITS.assessments} 份自查记录。请先导出备份并删除不再需要的记录，再新建或复制。`;
const newId = () => `sc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const get = (id: string) => assessments.$items.get()[id];
const full = () => Object.keys(assessments.$items.get()).length >= LIMITS.assessments;
const notLoaded: Result = { ok: false, error: '本机记录还没有读取完成，请稍候再试。' };

/** Applies a change to one assessment, stamping the changed fields, and saves it; false when nothing was saved. */
function change(id: string, paths: string[], fn: (a: Assessment) => Assessment, what: string): boolean {
  const a = get(id);
  if (!a) return false;
  const at = stampNow();
  const next = { ...fn(a), updatedAt: at, ts: stamp(a.ts ?? {}, paths, at) };
  return vault.write([{ coll: assessments, id, value: next }], what);
}

/** Starts a new assessment with a profile and opens it in this tab; refused at the record cap. */
export function createAssessment(name: string, profile: Profile = EMPTY_PROFILE): Result {
  if (full()) return { ok: false, error: CAP_MESSAGE };
  const id = newId();
  const at = stampNow();
  const a: Assessment = {
    id,
    name: clampText(name.trim(), LIMITS.name) || '未命名企业',
    createdAt: at,
    updatedAt: at,
    profile,
    answers: {},
    plans: {},
    ts: {},
  };
  if (!vault.write([{ coll: assessments, id, value: a }], '新建自查')) return notLoaded;
  $currentId.set(id);
  return { ok: true, id };
}

/** Opens an assessment in this tab. */
export function openAssessment(id: string) {
  $currentId.set(id);
}

/** Leaves the open assessment (back to the list). */
export function closeAssessment() {
  $currentId.set(null);
}

/** Changes the name and profile of an assessment. Values this build does not know stay as they were. */
export function saveProfile(id: string, name: string, profile: Profile) {
  change(id, ['name', 'profile'], (a) => ({ ...a, name: clampText(name.trim(), LIMITS.name) || a.name, profile }), '企业概况');
}

/** Records an answer (and optional note, cut to its limit) for an item. */
export function answerItem(id: string, itemId: string, entry: AnswerEntry): boolean {
  const clean: AnswerEntry = { answer: entry.answer, ...(entry.note ? { note: clampText(entry.note, LIMITS.note) } : {}) };
  return change(id, [`answers/${itemId}`], (a) => ({ ...a, answers: { ...a.answers, [itemId]: clean } }), '核对结果');
}

/** Clears the answer to an item. */
export function clearAnswer(id: string, itemId: string) {
  change(
    id,
    [`answers/${itemId}`],
    (a) => {
      const answers = { ...a.answers };
      delete answers[itemId];
      return { ...a, answers };
    },
    '清除答案',
  );
}

const PLAN_LIMITS: Record<keyof PlanEntry, (s: string) => string> = {
  measure: (s) => clampText(s, LIMITS.measure),
  owner: (s) => clampText(s, LIMITS.owner),
  funds: (s) => clampText(s, LIMITS.funds),
  deadline: cleanDate,
  goal: (s) => clampText(s, LIMITS.planPart),
  safety: (s) => clampText(s, LIMITS.planPart),
};

/** Updates fields of the action plan for a finding, each cut to its limit; only the changed fields are stamped. */
export function planFinding(id: string, itemId: string, patch: Partial<PlanEntry>) {
  // Object.keys is typed string[] by design (an object may carry more keys than its type): the patch is built by the UI.
  const keys = Object.keys(patch) as (keyof PlanEntry)[];
  const clean: Partial<PlanEntry> = {};
  for (const k of keys) clean[k] = PLAN_LIMITS[k](patch[k] ?? '');
  change(
    id,
    keys.map((k) => `plans/${itemId}/${k}`),
    (a) => ({ ...a, plans: { ...a.plans, [itemId]: { measure: '', owner: '', deadline: '', funds: '', ...a.plans[itemId], ...clean } } }),
    '整改计划',
  );
}

/** Remembers where the user is, to resume exactly there. */
export function rememberPosition(id: string, module: string, item?: string) {
  const a = get(id);
  if (!a || (a.position?.module === module && a.position.item === item)) return;
  change(id, ['position'], (x) => ({ ...x, position: { module, ...(item ? { item } : {}) } }), '当前位置');
}

/**
 * Copies an assessment to re-check later (answers and plans kept, so changes can be compared); hazards not yet 已销号
 * are carried over linked to this one, closed ones are left to be checked again (lib/self-check.ts recheckCopy).
 * Refused at the cap.
 */
export function duplicateAssessment(id: string): Result {
  const a = get(id);
  if (!a) return { ok: false, error: '找不到这份自查记录。' };
  if (full()) return { ok: false, error: CAP_MESSAGE };
  const at = stampNow();
  const { inspection: _earlier, hazards: _h, own: _o, ...rest } = structuredClone(a);
  const copy: Assessment = { ...rest, ...recheckCopy(a), id: newId(), name: copyName(a.name), createdAt: at, updatedAt: at, ts: {} };
  if (!vault.write([{ coll: assessments, id: copy.id, value: copy }], '复制自查')) return notLoaded;
  const carried = Object.keys(copy.hazards ?? {});
  if (carried.length) void photoStore().then((m) => m.copyPhotosWhenLoaded(a.id, copy.id, carried));
  $currentId.set(copy.id);
  return { ok: true, id: copy.id };
}

export type StepResult = { ok: true } | { ok: false; error: string };
const MISSING: StepResult = { ok: false, error: '找不到这份自查记录。' };
const NOT_SAVED: StepResult = { ok: false, error: '本机记录还没有读取完成，未保存，请稍候再试。' };
const KEY = /^[A-Za-z0-9-]{1,80}$/;
const newEventId = () => `e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const person = (s: string) => clampText(s.trim(), LIMITS.person);
const day = (s: string | undefined) => cleanDate(s ?? '') || localDate();

/** What the user gives for a step: the date defaults to today (local). */
export interface StepInput {
  status: HazardStatus;
  by: string;
  date?: string | undefined;
  note?: string | undefined;
}

/** A step as stored: person and note cut to their limits, the date today when none is given, 重新打开 marked. */
function makeEvent(from: HazardStatus, step: StepInput, at: string): HazardEvent {
  const note = step.note?.trim() ? clampText(step.note.trim(), LIMITS.eventNote) : undefined;
  const reopen = nextSteps(from).find((s) => s.status === step.status)?.reopen;
  return {
    status: step.status,
    date: day(step.date),
    by: person(step.by),
    at,
    ...(note ? { note } : {}),
    ...(reopen ? { reopen } : {}),
  };
}

/**
 * Records one step of a hazard's life (开始整改, 已整改, 重新打开 …). Refuses with a Chinese message what checkStep
 * refuses (a step that does not follow, no 经办人, 销号 without 验收), and past the step cap.
 */
export function recordStep(id: string, key: string, step: StepInput): StepResult {
  const a = get(id);
  if (!a) return MISSING;
  if (!KEY.test(key)) return { ok: false, error: '隐患编号无效。' };
  const track = a.hazards?.[key];
  const at = stampNow();
  const event = makeEvent(statusOf(track), step, at);
  const check = checkStep(track, event);
  if (!check.ok) return check;
  if (Object.keys(track?.events ?? {}).length >= LIMITS.events)
    return { ok: false, error: `这项隐患已记录 ${LIMITS.events} 个步骤，达到上限，不能再添加。` };
  const eid = newEventId();
  // 重新打开 (or 验收未通过) voids the earlier 验收: the next 销号 needs a new one, not the stale one.
  const voids = event.reopen === true && track?.acceptance !== undefined;
  const ok = change(
    id,
    [`hazards/${key}/events/${eid}`, ...(voids ? [`hazards/${key}/acceptance`] : [])],
    (x) => {
      const { acceptance, ...rest } = x.hazards?.[key] ?? { events: {} };
      const kept = voids ? rest : { ...rest, ...(acceptance ? { acceptance } : {}) };
      return { ...x, hazards: { ...x.hazards, [key]: { ...kept, events: { ...kept.events, [eid]: event } } } };
    },
    '隐患整改进度',
  );
  return ok ? { ok: true } : NOT_SAVED;
}

/** 验收 then 销号, in one write: 验收人 and 验收日期 (today when not given) are kept on the hazard, and the step closes it. */
export function acceptHazard(
  id: string,
  key: string,
  acceptance: { by: string; date?: string | undefined; note?: string | undefined },
): StepResult {
  const a = get(id);
  if (!a) return MISSING;
  if (!KEY.test(key)) return { ok: false, error: '隐患编号无效。' };
  const by = person(acceptance.by);
  if (!by) return { ok: false, error: '请填写验收人。' };
  const acc = { by, date: day(acceptance.date) };
  const track = { events: {}, ...a.hazards?.[key], acceptance: acc };
  const at = stampNow();
  const event = makeEvent(statusOf(track), { status: 'closed', by, date: acc.date, note: acceptance.note }, at);
  const check = checkStep(track, event);
  if (!check.ok) return check;
  const eid = newEventId();
  const ok = change(
    id,
    [`hazards/${key}/acceptance`, `hazards/${key}/events/${eid}`],
    (x) => ({ ...x, hazards: { ...x.hazards, [key]: { ...track, events: { ...track.events, [eid]: event } } } }),
    '隐患验收销号',
  );
  return ok ? { ok: true } : NOT_SAVED;
}

/** Where the hazard is (车间、设备、部位), cut to its limit. */
export function setHazardLocation(id: string, key: string, location: string) {
  if (!KEY.test(key)) return;
  const loc = clampText(location, LIMITS.location);
  change(
    id,
    [`hazards/${key}/location`],
    (x) => ({ ...x, hazards: { ...x.hazards, [key]: { events: {}, ...x.hazards?.[key], location: loc } } }),
    '隐患位置',
  );
}

/** What the user types for an own item. */
export type OwnInput = Pick<OwnItem, 'title' | 'basis' | 'severity'> & { note?: string | undefined };
const cleanOwn = (o: Partial<OwnInput>): Partial<OwnItem> => ({
  ...(o.title !== undefined ? { title: clampText(o.title.trim(), LIMITS.ownTitle) } : {}),
  ...(o.basis !== undefined ? { basis: clampText(o.basis.trim(), LIMITS.ownBasis) } : {}),
  ...(o.severity !== undefined ? { severity: o.severity === 'major' ? 'major' : 'gap' } : {}),
  ...(o.note !== undefined ? { note: clampText(o.note, LIMITS.note) } : {}),
});

/** Adds a hazard the catalogue does not list (添加其他隐患); needs a title; refused past the cap. */
export function addOwnItem(id: string, input: OwnInput): Result {
  const a = get(id);
  if (!a) return { ok: false, error: '找不到这份自查记录。' };
  const clean = cleanOwn(input);
  if (!clean.title) return { ok: false, error: '请填写隐患名称。' };
  if (Object.keys(a.own ?? {}).length >= LIMITS.ownItems) return { ok: false, error: `一份自查最多添加 ${LIMITS.ownItems} 项其他隐患。` };
  const key = `own-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const item: OwnItem = {
    title: clean.title,
    basis: clean.basis ?? '',
    severity: clean.severity ?? 'gap',
    createdAt: stampNow(),
    ...(clean.note ? { note: clean.note } : {}),
  };
  const ok = change(id, [`own/${key}`], (x) => ({ ...x, own: { ...x.own, [key]: item } }), '添加其他隐患');
  return ok ? { ok: true, id: key } : notLoaded;
}

/** Changes fields of an own item; only the changed fields are stamped. */
export function updateOwnItem(id: string, key: string, patch: Partial<OwnInput>) {
  const a = get(id);
  const cur = a?.own?.[key];
  if (!cur) return;
  const clean = cleanOwn(patch);
  if (clean.title === '') delete clean.title; // a name is required: clearing it keeps the old one
  const keys = Object.keys(clean);
  change(
    id,
    keys.map((k) => `own/${key}/${k}`),
    (x) => ({ ...x, own: { ...x.own, [key]: { ...cur, ...clean } } }),
    '修改其他隐患',
  );
}

/** Removes an own item with its plan and its lifecycle (the UI asks first). */
export function removeOwnItem(id: string, key: string) {
  if (!get(id)?.own?.[key]) return;
  change(
    id,
    [`own/${key}`, `plans/${key}`, `hazards/${key}`],
    (x) => {
      const own = { ...x.own };
      const plans = { ...x.plans };
      const hazards = { ...x.hazards };
      delete own[key];
      delete plans[key];
      delete hazards[key];
      return { ...x, own, plans, hazards };
    },
    '删除其他隐患',
  );
}

/** 检查人 and 检查日期 of the self-check; the date stays empty until given (the report shows it as 未填). */
export function setInspection(id: string, patch: { by?: string | undefined; date?: string | undefined }) {
  const a = get(id);
  if (!a) return;
  const next = {
    by: patch.by !== undefined ? clampText(patch.by, LIMITS.person) : (a.inspection?.by ?? ''),
    date: patch.date !== undefined ? cleanDate(patch.date) : (a.inspection?.date ?? ''),
  };
  const paths = [...(patch.by !== undefined ? ['inspection/by'] : []), ...(patch.date !== undefined ? ['inspection/date'] : [])];
  change(id, paths, (x) => ({ ...x, inspection: next }), '检查人和检查日期');
}

/** Deletes an assessment (the UI asks for confirmation first). */
export function deleteAssessment(id: string) {
  if (!vault.write([{ coll: assessments, id, value: undefined }], '删除自查')) return;
  void photoStore().then((m) => m.removePhotosOf(id));
  if ($currentId.get() === id) $currentId.set(null);
}

/** Export of one assessment as a JSON file text and as a text code. */
export function exportAssessment(id: string): { json: string; code: string } | undefined {
  const a = get(id);
  return a && exportOf(a);
}

/** The export file of one assessment with its photos beside the record (the text code carries none). */
export async function exportAssessmentFile(id: string): Promise<string | undefined> {
  const a = get(id);
  if (!a) return undefined;
  const { exportPhotos } = await photoStore();
  const photos = await exportPhotos(id);
  const env = makeEnvelope('self-check', SELF_CHECK_EXPORT_VERSION, encodeAssessment(a));
  return toJsonText(photos.length ? { ...env, photos } : env);
}

/**
 * Validates an import fully without changing anything. When an assessment with the same id exists, offers to merge
 * (each field's later change wins) or to replace it; past the record cap a new one is refused.
 */
export function checkImport(text: string): ImportFlow {
  const r = readTransfer(text, 'self-check', SELF_CHECK_EXPORT_VERSION);
  if (!r.ok) return { error: r.error };
  // Data that does not validate (e.g. a set-aside record) can still be imported in part, if the user agrees.
  const salvaged = salvageAssessment(r.envelope.version, r.envelope.data);
  if (!salvaged) return { error: '数据内容不符合自查记录的格式，未导入。' };
  const { a, dropped } = salvaged;
  const partly = dropped ? `这份数据有 ${dropped} 处无法读取，导入时会略过这些内容，其余照常导入。` : '';
  const existing = get(a.id);
  const photos = r.envelope.photos;
  let saved = false;
  // Photos go in after the record is saved (their own records, their own code); the message then says how many.
  const later = photos?.length
    ? async () => {
        if (!saved) return '';
        const { importPhotos } = await photoStore();
        const p = await importPhotos(photos);
        return `照片：导入 ${p.added} 张${p.present ? `，本机已有 ${p.present} 张` : ''}。${p.problems.join('')}`;
      }
    : undefined;
  const put = (value: Assessment, done: string) => ({
    run: () => {
      if (!vault.write([{ coll: assessments, id: value.id, value }], '导入自查')) return notLoadedText;
      saved = true;
      $currentId.set(value.id);
      return done;
    },
    ...(later ? { later } : {}),
  });
  if (!existing) {
    if (full()) return { error: CAP_MESSAGE };
    return {
      ...(partly ? { question: partly } : {}),
      choices: [{ label: partly ? '导入可读的部分' : '导入', ...put(a, `已导入“${a.name}”。`) }],
    };
  }
  return {
    question: `${partly}本机已有同一份自查“${existing.name}”（更新于 ${zhDateTime(existing.updatedAt)}）。导入的这份更新于 ${zhDateTime(a.updatedAt)}。`,
    choices: [
      {
        label: '合并（两边的答案和计划都保留，同一项取较新的）',
        ...put(assessments.spec.merge(existing, a), `已合并“${a.name}”。`),
      },
      { label: '用导入的替换本机这份', ...put(a, `已用导入的内容替换“${a.name}”。`) },
    ],
  };
}
const notLoadedText = '本机记录还没有读取完成，未导入，请稍候再试。';

/** Whether a re-check copy of this name would be shortened to fit (the UI says so beside the button). */
export const copyWouldShorten = (name: string) => !copyName(name).startsWith(name.replace(/（复查\d*）$/, ''));

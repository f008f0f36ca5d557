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
import type { AnswerEntry, Assessment, PlanEntry } from '../lib/self-check';
import { LIMITS, clampText, cleanDate, copyName } from '../lib/storage/limits';
import { mergeStamped, stamp, stampNow } from '../lib/storage/stamps';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { LEGACY_SELF_CHECK_KEY, legacyKeys } from './legacy-keys';
import { ASSESSMENT_VERSION, decodeAssessment, encodeAssessment, salvageAssessment } from './self-check-schema';
import { vault } from './site';
import { tabValue } from './tab';
import type { ImportFlow } from './transfer-flow';

/** Export files and text codes: version 1 (first release) and 2 (with change stamps) are read. */
export const SELF_CHECK_EXPORT_VERSION = 2;

const exportOf = (a: Assessment) => {
  const env = makeEnvelope('self-check', SELF_CHECK_EXPORT_VERSION, encodeAssessment(a));
  return { json: toJsonText(env), code: toTextCode(env) };
};

export const assessments = vault.collection<Assessment>({
  kind: 'assessment',
  version: ASSESSMENT_VERSION,
  label: '自查记录',
  decode: decodeAssessment,
  encode: encodeAssessment,
  merge: (local, stored) => mergeStamped({ ...local, ts: local.ts ?? {} }, { ...stored, ts: stored.ts ?? {} }),
  rescue: (a) => ({ text: exportOf(a).code, fileName: `自查-${a.name}.json` }),
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
  goal: (s) => clampText(s, LIMITS.measure),
  safety: (s) => clampText(s, LIMITS.measure),
};

/** Updates fields of the action plan for a finding, each cut to its limit; only the changed fields are stamped. */
export function planFinding(id: string, itemId: string, patch: Partial<PlanEntry>) {
  const keys = Object.keys(patch) as (keyof PlanEntry)[];
  const clean = Object.fromEntries(keys.map((k) => [k, PLAN_LIMITS[k](patch[k] ?? '')])) as Partial<PlanEntry>;
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

/** Copies an assessment to re-check later (answers and plans kept, so changes can be compared); refused at the cap. */
export function duplicateAssessment(id: string): Result {
  const a = get(id);
  if (!a) return { ok: false, error: '找不到这份自查记录。' };
  if (full()) return { ok: false, error: CAP_MESSAGE };
  const at = stampNow();
  const copy: Assessment = { ...structuredClone(a), id: newId(), name: copyName(a.name), createdAt: at, updatedAt: at, ts: {} };
  if (!vault.write([{ coll: assessments, id: copy.id, value: copy }], '复制自查')) return notLoaded;
  $currentId.set(copy.id);
  return { ok: true, id: copy.id };
}

/** Deletes an assessment (the UI asks for confirmation first). */
export function deleteAssessment(id: string) {
  if (!vault.write([{ coll: assessments, id, value: undefined }], '删除自查')) return;
  if ($currentId.get() === id) $currentId.set(null);
}

/** Export of one assessment as a JSON file text and as a text code. */
export function exportAssessment(id: string): { json: string; code: string } | undefined {
  const a = get(id);
  return a && exportOf(a);
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
  const put = (value: Assessment, done: string) => () => {
    if (!vault.write([{ coll: assessments, id: value.id, value }], '导入自查')) return notLoadedText;
    $currentId.set(value.id);
    return done;
  };
  if (!existing) {
    if (full()) return { error: CAP_MESSAGE };
    return {
      ...(partly ? { question: partly } : {}),
      choices: [{ label: partly ? '导入可读的部分' : '导入', run: put(a, `已导入“${a.name}”。`) }],
    };
  }
  return {
    question: `${partly}本机已有同一份自查“${existing.name}”（更新于 ${existing.updatedAt.slice(0, 10)}）。导入的这份更新于 ${a.updatedAt.slice(0, 10)}。`,
    choices: [
      {
        label: '合并（两边的答案和计划都保留，同一项取较新的）',
        run: put(assessments.spec.merge(existing, a), `已合并“${a.name}”。`),
      },
      { label: '用导入的替换本机这份', run: put(a, `已用导入的内容替换“${a.name}”。`) },
    ],
  };
}
const notLoadedText = '本机记录还没有读取完成，未导入，请稍候再试。';

/** Whether a re-check copy of this name would be shortened to fit (the UI says so beside the button). */
export const copyWouldShorten = (name: string) => !copyName(name).startsWith(name.replace(/（复查\d*）$/, ''));

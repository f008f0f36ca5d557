/**
 * Self-check state: several assessments kept on this device, the current one, answers and action plans.
 * Stored under "gmaq:self-check" as { v: 1, data: SelfCheckState } (see persist.ts); validated on load,
 * synced across tabs by @nanostores/persistent's storage events.
 */
import { computed } from 'nanostores';
import { EMPTY_PROFILE, type Profile } from '../lib/applicability';
import type { AnswerEntry, Assessment, PlanEntry } from '../lib/self-check';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { versionedAtom } from './persist';
import { AssessmentSchema, SELF_CHECK_VERSION, SelfCheckStateSchema, type SelfCheckState } from './self-check-schema';

const INITIAL: SelfCheckState = { assessments: [], currentId: null };

export const $selfCheck = versionedAtom<SelfCheckState>('gmaq:self-check', INITIAL, {
  version: SELF_CHECK_VERSION,
  label: '自查记录',
  migrate: () => undefined,
  validate: (d) => {
    const r = SelfCheckStateSchema.safeParse(d);
    return r.success ? (r.data as SelfCheckState) : undefined;
  },
});

/** The assessment being worked on, if any. */
export const $current = computed($selfCheck, (s) => s.assessments.find((a) => a.id === s.currentId));

const now = () => new Date().toISOString();
const newId = () => `sc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

function update(id: string, fn: (a: Assessment) => Assessment) {
  const s = $selfCheck.get();
  $selfCheck.set({ ...s, assessments: s.assessments.map((a) => (a.id === id ? { ...fn(a), updatedAt: now() } : a)) });
}

/** Starts a new assessment with a profile and makes it current. */
export function createAssessment(name: string, profile: Profile = EMPTY_PROFILE): string {
  const id = newId();
  const a: Assessment = { id, name: name.trim() || '未命名企业', createdAt: now(), updatedAt: now(), profile, answers: {}, plans: {} };
  const s = $selfCheck.get();
  $selfCheck.set({ assessments: [...s.assessments, a], currentId: id });
  return id;
}

/** Makes an assessment current. */
export function openAssessment(id: string) {
  $selfCheck.set({ ...$selfCheck.get(), currentId: id });
}

/** Leaves the current assessment (back to the list). */
export function closeAssessment() {
  $selfCheck.set({ ...$selfCheck.get(), currentId: null });
}

/** Changes the name and profile of an assessment. */
export function saveProfile(id: string, name: string, profile: Profile) {
  update(id, (a) => ({ ...a, name: name.trim() || a.name, profile }));
}

/** Records an answer (and optional note) for an item. */
export function answerItem(id: string, itemId: string, entry: AnswerEntry) {
  update(id, (a) => ({ ...a, answers: { ...a.answers, [itemId]: entry } }));
}

/** Clears the answer to an item. */
export function clearAnswer(id: string, itemId: string) {
  update(id, (a) => {
    const answers = { ...a.answers };
    delete answers[itemId];
    return { ...a, answers };
  });
}

/** Updates fields of the action plan for a finding, merged with what is stored (so quick successive edits never overwrite each other). */
export function planFinding(id: string, itemId: string, patch: Partial<PlanEntry>) {
  update(id, (a) => ({
    ...a,
    plans: { ...a.plans, [itemId]: { measure: '', owner: '', deadline: '', funds: '', ...a.plans[itemId], ...patch } },
  }));
}

/** Remembers where the user is, to resume exactly there. */
export function rememberPosition(id: string, module: string, item?: string) {
  const a = $selfCheck.get().assessments.find((x) => x.id === id);
  if (a?.position?.module === module && a.position.item === item) return;
  update(id, (x) => ({ ...x, position: { module, item } }));
}

/** Copies an assessment to re-check later; answers are kept so changes can be compared. */
export function duplicateAssessment(id: string): string | undefined {
  const a = $selfCheck.get().assessments.find((x) => x.id === id);
  if (!a) return undefined;
  const copy: Assessment = { ...structuredClone(a), id: newId(), name: `${a.name}（复查）`, createdAt: now(), updatedAt: now() };
  const s = $selfCheck.get();
  $selfCheck.set({ assessments: [...s.assessments, copy], currentId: copy.id });
  return copy.id;
}

/** Deletes an assessment (the UI asks for confirmation first). */
export function deleteAssessment(id: string) {
  const s = $selfCheck.get();
  $selfCheck.set({ assessments: s.assessments.filter((a) => a.id !== id), currentId: s.currentId === id ? null : s.currentId });
}

/** Export of one assessment as a JSON file text and as a text code. */
export function exportAssessment(id: string): { json: string; code: string } | undefined {
  const a = $selfCheck.get().assessments.find((x) => x.id === id);
  if (!a) return undefined;
  const env = makeEnvelope('self-check', SELF_CHECK_VERSION, a);
  return { json: toJsonText(env), code: toTextCode(env) };
}

export type ImportCheck = { ok: false; error: string } | { ok: true; assessment: Assessment; exists: boolean };

/** Validates an import fully without changing anything; says whether it would replace an existing assessment. */
export function checkImport(text: string): ImportCheck {
  const r = readTransfer(text, 'self-check', SELF_CHECK_VERSION);
  if (!r.ok) return r;
  const v = AssessmentSchema.safeParse(r.envelope.data);
  if (!v.success) {
    const where = v.error.issues[0]?.path.join('.') || '整体';
    return { ok: false, error: `数据内容不符合自查记录的格式（${where}），未导入。` };
  }
  const assessment = v.data as Assessment;
  return { ok: true, assessment, exists: $selfCheck.get().assessments.some((a) => a.id === assessment.id) };
}

/** Adds an imported assessment, replacing one with the same id (the UI asks first). */
export function importAssessment(a: Assessment) {
  const s = $selfCheck.get();
  $selfCheck.set({ assessments: [...s.assessments.filter((x) => x.id !== a.id), a], currentId: a.id });
}

/**
 * The trainer's class results, kept on the trainer's device only.
 * Stored under "gmaq:class" as { v: 1, data: ClassState } (see persist.ts and class-schema.ts):
 *   { classes: { "<paper query>": { codes: string[], passMark: 80 | 85, title: string, updatedAt: ISO } } }
 * Codes are stored as pasted text and decoded on use, so a code stays readable even if decoding rules get stricter.
 * Exported and imported like the other stores (kind "class").
 */
import { decodeResult } from '../lib/result-code';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { versionedAtom } from './persist';
import { CLASS_LIMITS, CLASS_VERSION, ClassStateSchema, type ClassEntry, type ClassState } from './class-schema';

const INITIAL: ClassState = { classes: {} };

export const $classes = versionedAtom<ClassState>('gmaq:class', INITIAL, {
  version: CLASS_VERSION,
  label: '班级成绩',
  migrate: () => undefined,
  validate: (d) => {
    const r = ClassStateSchema.safeParse(d);
    return r.success ? r.data : undefined;
  },
});

const empty = (): ClassEntry => ({ codes: [], passMark: 80, title: '', updatedAt: new Date().toISOString() });
const update = (key: string, fn: (c: ClassEntry) => ClassEntry) => {
  const s = $classes.get();
  const cur = s.classes[key] ?? empty();
  const others = Object.entries(s.classes).filter(([k]) => k !== key);
  // Keep the newest classes within the limit: the oldest is dropped first.
  others.sort((a, b) => b[1].updatedAt.localeCompare(a[1].updatedAt));
  const kept = Object.fromEntries(others.slice(0, CLASS_LIMITS.classes - 1));
  $classes.set({ classes: { ...kept, [key]: { ...fn(cur), updatedAt: new Date().toISOString() } } });
};

export interface AddOutcome {
  added: number;
  /** Lines that were not added, with the reason in Chinese. */
  errors: { line: number; text: string; error: string }[];
}

/** Adds pasted result codes (one per line); bad lines are reported, duplicates skipped, the limit enforced. */
export function addCodes(key: string, pasted: string): AddOutcome {
  const out: AddOutcome = { added: 0, errors: [] };
  const cur = $classes.get().classes[key]?.codes ?? [];
  const next = [...cur];
  pasted.split(/\r?\n/).forEach((raw, k) => {
    const text = raw.trim();
    if (!text) return;
    const r = decodeResult(text);
    if (!r.ok) return out.errors.push({ line: k + 1, text: text.slice(0, 40), error: r.error });
    const norm = text
      .replace(/[。．]/g, '.')
      .replace(/，/g, ',')
      .replace(/\s+/g, '');
    if (next.includes(norm)) return;
    if (next.length >= CLASS_LIMITS.codes)
      return out.errors.push({ line: k + 1, text: text.slice(0, 40), error: `每个班最多 ${CLASS_LIMITS.codes} 个成绩码` });
    next.push(norm);
    out.added++;
  });
  if (out.added) update(key, (c) => ({ ...c, codes: next }));
  return out;
}

/** Removes one code from a class. */
export function removeCode(key: string, code: string) {
  update(key, (c) => ({ ...c, codes: c.codes.filter((x) => x !== code) }));
}

/** Sets a class's pass mark (80 or 85). */
export function setClassPassMark(key: string, passMark: 80 | 85) {
  update(key, (c) => ({ ...c, passMark }));
}

/** Sets the training title printed on the record (cut to the limit). */
export function setClassTitle(key: string, title: string) {
  update(key, (c) => ({ ...c, title: title.slice(0, CLASS_LIMITS.title) }));
}

/** Empties a class (the UI asks first). */
export function clearClass(key: string) {
  const rest = { ...$classes.get().classes };
  delete rest[key];
  $classes.set({ classes: rest });
}

/** Export of all classes. */
export function exportClasses() {
  const env = makeEnvelope('class', CLASS_VERSION, $classes.get());
  return { json: toJsonText(env), code: toTextCode(env) };
}

/** Validates and applies an import; replaces the classes on this device after confirmation (asked by the UI). */
export function checkClassImport(text: string): { error: string } | { confirm?: string; apply: () => void; done: string } {
  const r = readTransfer(text, 'class', CLASS_VERSION);
  if (!r.ok) return { error: r.error };
  const v = ClassStateSchema.safeParse(r.envelope.data);
  if (!v.success) return { error: `数据内容不符合班级成绩的格式（${v.error.issues[0]?.path.join('.') || '整体'}），未导入。` };
  const has = Object.keys($classes.get().classes).length > 0;
  return {
    confirm: has ? '导入会替换本机现有的班级成绩，确定吗？' : undefined,
    apply: () => $classes.set(v.data),
    done: '班级成绩已导入。',
  };
}

/**
 * The trainer's class results, kept on the trainer's device only: one record per class (kind "class", v1, keyed by
 * the paper link's query), shape in class-schema.ts: { codes: string[], passMark: 80 | 85, title, updatedAt }.
 * Codes are stored as pasted text and decoded on use, so a code stays readable even if decoding rules get stricter.
 * Two tabs adding codes to one class keep both sets (codes are merged). Exported and imported like the other stores
 * (kind "class"). This module is the only writer and keeps the limits of class-schema.ts.
 */
import { computed } from 'nanostores';
import { decodeResult } from '../lib/result-code';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { CLASS_LIMITS, CLASS_VERSION, ClassEntrySchema, ClassStateSchema, type ClassEntry } from './class-schema';
import { vault } from './site';
import type { ImportFlow } from './transfer-flow';

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].slice(0, CLASS_LIMITS.codes);

export const classRecords = vault.collection<ClassEntry>({
  kind: 'class',
  version: CLASS_VERSION,
  label: '班级成绩',
  decode: (v, d) => {
    if (v !== CLASS_VERSION) return undefined;
    const r = ClassEntrySchema.safeParse(d);
    return r.success ? r.data : undefined;
  },
  encode: (x) => x,
  merge: (local, stored) => {
    const newer = local.updatedAt >= stored.updatedAt ? local : stored;
    return { ...newer, codes: union(local.codes, stored.codes) };
  },
});

/** All classes by paper key. */
export const $classes = computed(classRecords.$items, (classes) => ({ classes }));
/** True once saved classes have been read. */
export const $classesLoaded = classRecords.$loaded;

const empty = (): ClassEntry => ({ codes: [], passMark: 80, title: '', updatedAt: new Date().toISOString() });
const update = (key: string, fn: (c: ClassEntry) => ClassEntry) => {
  const all = classRecords.$items.get();
  const cur = all[key] ?? empty();
  // Keep the newest classes within the limit: the oldest is dropped first, in the same write.
  const others = Object.entries(all)
    .filter(([k]) => k !== key)
    .sort((a, b) => b[1].updatedAt.localeCompare(a[1].updatedAt));
  const drop = others.slice(CLASS_LIMITS.classes - 1).map(([k]) => ({ coll: classRecords, id: k, value: undefined }));
  vault.write([...drop, { coll: classRecords, id: key, value: { ...fn(cur), updatedAt: new Date().toISOString() } }], '班级成绩');
};

export interface AddOutcome {
  added: number;
  /** Lines that were not added, with the reason in Chinese. */
  errors: { line: number; text: string; error: string }[];
}

/** Adds pasted result codes (one per line); bad lines are reported, duplicates skipped, the limit enforced. */
export function addCodes(key: string, pasted: string): AddOutcome {
  const out: AddOutcome = { added: 0, errors: [] };
  const cur = classRecords.$items.get()[key]?.codes ?? [];
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
  vault.write([{ coll: classRecords, id: key, value: undefined }], '清空班级');
}

/** Export of all classes. */
export function exportClasses() {
  const env = makeEnvelope('class', CLASS_VERSION, $classes.get());
  return { json: toJsonText(env), code: toTextCode(env) };
}

/** Validates an import; when this device has classes, asks: merge (codes of both kept) or replace. */
export function checkClassImport(text: string): ImportFlow {
  const r = readTransfer(text, 'class', CLASS_VERSION);
  if (!r.ok) return { error: r.error };
  const v = ClassStateSchema.safeParse(r.envelope.data);
  if (!v.success) return { error: `数据内容不符合班级成绩的格式（${v.error.issues[0]?.path.join('.') || '整体'}），未导入。` };
  const local = classRecords.$items.get();
  const put = (merge: boolean) => () => {
    const changes = Object.entries(v.data.classes).map(([id, c]) => ({
      coll: classRecords,
      id,
      value: merge && local[id] ? classRecords.spec.merge(local[id], c) : c,
    }));
    const drop = merge
      ? []
      : Object.keys(local)
          .filter((id) => !v.data.classes[id])
          .map((id) => ({ coll: classRecords, id, value: undefined }));
    return vault.write([...drop, ...changes], '导入班级成绩') ? '班级成绩已导入。' : '本机记录还没有读取完成，未导入，请稍候再试。';
  };
  if (!Object.keys(local).length) return { choices: [{ label: '导入', run: put(false) }] };
  return {
    question: `本机已有 ${Object.keys(local).length} 个班的成绩。`,
    choices: [
      { label: '合并（两边的成绩码都保留）', run: put(true) },
      { label: '替换（删除本机这些班级）', run: put(false) },
    ],
  };
}

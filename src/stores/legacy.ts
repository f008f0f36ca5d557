/**
 * Moves the first release's localStorage data into IndexedDB records, once.
 *
 * The first release (2026-11) kept everything in localStorage: `gmaq:self-check` = { v: 1, data: { assessments,
 * currentId } }, and copies it could not read under `gmaq:self-check:corrupt:<time>` (often whole lists rejected for one
 * over-long name). Each assessment, from the main value and from those copies, becomes its own record; over-long texts
 * are cut to fit, so lists the old build had given up on come back. What still cannot be read is set aside, never dropped.
 * The old keys are removed only after the records are written and read back; if the write fails the data is shown from
 * memory with a notice, and the move is tried again on the next load.
 * Loaded on demand (self-check.ts imports it only when legacy-keys.ts finds an old key).
 */
import type { Assessment } from '../lib/self-check';
import { recordKey, type AsideRecord, type Backend, type StoredRecord } from './db';
import { raiseNotice } from './notices';
import { ASSESSMENT_VERSION, decodeAssessment, encodeAssessment } from './self-check-schema';
import type { Collection, Vault } from './vault';
import { LEGACY_SELF_CHECK_KEY, legacyKeys } from './legacy-keys';

export { LEGACY_SELF_CHECK_KEY, legacyKeys };

const read = (k: string): string | null => {
  try {
    return localStorage.getItem(k);
  } catch {
    return null;
  }
};

/** Parses a legacy value { v, data } (JSON text); undefined when it is not one. */
export function parseLegacy(text: string | null): { v: number; data: unknown } | undefined {
  if (!text) return undefined;
  try {
    const x: unknown = JSON.parse(text);
    return typeof x === 'object' && x !== null && 'v' in x && typeof x.v === 'number'
      ? { v: x.v, data: 'data' in x ? x.data : undefined }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes moved records and set-aside ones, checks they are there, then removes the old keys. */
export async function commitMove(
  b: Backend,
  flag: string,
  keys: string[],
  rows: StoredRecord[],
  aside: AsideRecord[],
  onFail: () => void,
): Promise<void> {
  try {
    await b.write(rows);
    for (const r of aside) await b.setAside(r);
    for (const r of rows) if (!(await b.get(r.key))) throw new Error('not written');
    await b.metaPut(flag, new Date().toISOString());
    for (const k of keys) localStorage.removeItem(k);
  } catch {
    onFail();
  }
}

/** Moves legacy self-check data into assessment records (see the module comment). */
export async function moveLegacySelfCheck(v: Vault, b: Backend, coll: Collection<Assessment>): Promise<void> {
  const keys = legacyKeys(LEGACY_SELF_CHECK_KEY);
  if (!keys.length || !b.persistent) return;
  const now = new Date().toISOString();
  const found = new Map<string, Assessment>();
  const fromMain = new Set<string>();
  const aside: AsideRecord[] = [];
  for (const k of keys) {
    const text = read(k);
    const parsed = parseLegacy(text);
    const data = parsed?.data;
    const list = typeof data === 'object' && data !== null && 'assessments' in data ? data.assessments : undefined;
    if (!parsed || parsed.v !== 1 || !Array.isArray(list)) {
      aside.push({ key: `legacy:${k}`, kind: 'assessment', at: now, reason: '旧版本保存的数据无法读取', raw: text });
      continue;
    }
    list.forEach((raw: unknown, i) => {
      const a = decodeAssessment(1, raw);
      if (!a) aside.push({ key: `legacy:${k}#${i}`, kind: 'assessment', at: now, reason: '旧版本保存的一份自查无法读取', raw });
      // The main value (read first) wins over a set-aside copy of the same assessment; between copies the newer one.
      else if (!found.has(a.id)) found.set(a.id, a);
      else if (k !== LEGACY_SELF_CHECK_KEY && !fromMain.has(a.id) && (found.get(a.id)?.updatedAt ?? '') < a.updatedAt) found.set(a.id, a);
      if (a && k === LEGACY_SELF_CHECK_KEY) fromMain.add(a.id);
    });
  }
  const rows: StoredRecord[] = [];
  for (const a of found.values()) {
    const key = recordKey('assessment', a.id);
    // Already moved (a previous move that could not set its flag): never overwrite newer work with the old copy.
    if (await b.get(key)) continue;
    rows.push({ key, kind: 'assessment', id: a.id, v: ASSESSMENT_VERSION, at: now, data: encodeAssessment(a) });
  }
  await commitMove(b, 'legacy:self-check', keys, rows, aside, () => {
    for (const a of found.values()) v.preload(coll, a.id, a);
    raiseNotice({
      id: 'legacy-unsaved',
      level: 'alert',
      text: '本站的存储方式已升级，但本机空间不足，旧的自查记录未能转存（仍保留在原处，下次打开会再试）。请先“导出”备份。',
    });
  });
}

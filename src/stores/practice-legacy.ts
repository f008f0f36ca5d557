/**
 * Moves the first release's practice data (`gmaq:practice`, v1 or v2, and its set-aside copies) from localStorage into
 * practice records, once, by the same rules as legacy.ts. Loaded on demand: practice.ts imports it only when
 * legacy-keys.ts finds an old key.
 */
import { recordKey, type AsideRecord, type Backend, type StoredRecord } from './db';
import { commitMove, parseLegacy } from './legacy';
import { LEGACY_PRACTICE_KEY, legacyKeys } from './legacy-keys';
import { raiseNotice } from './notices';
import { splitExport } from './practice-records';
import {
  PRACTICE_RECORD_VERSION,
  readPracticeExport,
  type Attempt,
  type ExamRecord,
  type PracticeSettings,
  type QuestionProgress,
} from './practice-schema';
import type { Collection, Vault } from './vault';

interface Colls {
  progress: Collection<QuestionProgress>;
  exams: Collection<ExamRecord>;
  attempts: Collection<Attempt>;
  settingsRecord: Collection<PracticeSettings>;
}

/** Moves `gmaq:practice` (v1 or v2) and its set-aside copies into practice records, once. */
export async function moveLegacyPractice(v: Vault, b: Backend, c: Colls): Promise<void> {
  const keys = legacyKeys(LEGACY_PRACTICE_KEY);
  if (!keys.length || !b.persistent) return;
  const now = new Date().toISOString();
  const rows: StoredRecord[] = [];
  const aside: AsideRecord[] = [];
  const preload: (() => void)[] = [];
  for (const k of keys) {
    let text: string | null = null;
    try {
      text = localStorage.getItem(k);
    } catch {
      // refused
    }
    const parsed = parseLegacy(text);
    const data = parsed && readPracticeExport(parsed.v, parsed.data, now);
    if (!data) {
      aside.push({ key: `legacy:${k}`, kind: 'qp', at: now, reason: '旧版本保存的练习记录无法读取', raw: text });
      continue;
    }
    const rec = splitExport(data, now);
    const add = <T>(coll: Collection<T>, id: string, value: T) => {
      rows.push({ key: recordKey(coll.spec.kind, id), kind: coll.spec.kind, id, v: PRACTICE_RECORD_VERSION, at: now, data: value });
      preload.push(() => v.preload(coll, id, value));
    };
    for (const [id, p] of Object.entries(rec.qp)) add(c.progress, id, p);
    for (const [id, e] of Object.entries(rec.exams)) add(c.exams, id, e);
    for (const [id, a] of Object.entries(rec.attempts)) add(c.attempts, id, a);
    if (k === LEGACY_PRACTICE_KEY) add(c.settingsRecord, 'main', rec.settings);
  }
  // Records already there (a move that could not set its flag) are newer work: keep them.
  const fresh: StoredRecord[] = [];
  const seen = new Set<string>();
  for (const r of rows) if (!seen.has(r.key) && !(await b.get(r.key)) && seen.add(r.key)) fresh.push(r);
  await commitMove(b, 'legacy:practice', keys, fresh, aside, () => {
    preload.forEach((f) => f());
    raiseNotice({
      id: 'legacy-unsaved-practice',
      level: 'alert',
      text: '本站的存储方式已升级，但本机空间不足，旧的练习记录未能转存（仍保留在原处，下次打开会再试）。请先“导出”备份。',
    });
  });
}

/**
 * Export and import of practice data (export version 3; versions 1 and 2 are read too). Apart from the store because
 * it needs the zod/mini schemas: the practice home loads it, a first tap on a mode button does not wait for it.
 */
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { $practice, attempts, exams, progress, settingsRecord, SETTINGS_ID, type PracticeState } from './practice';
import { splitExport } from './practice-records';
import { PRACTICE_EXPORT_VERSION, readPracticeExport, type PracticeExport, type QuestionProgress } from './practice-schema';
import { vault } from './site';
import type { ImportFlow } from './transfer-flow';

/** Everything, as one object (export version 3). */
function toExport(s: PracticeState): PracticeExport {
  return {
    answered: s.answered,
    wrong: s.wrong,
    favorites: s.favorites,
    history: s.history,
    cards: s.cards,
    settings: s.settings,
    quickProfile: s.quickProfile,
    attempts: Object.fromEntries(s.attempts.map(({ id, ...a }) => [id, a])),
  };
}

/** Export of all practice data. */
export function exportPractice() {
  const env = makeEnvelope('practice', PRACTICE_EXPORT_VERSION, toExport($practice.get()));
  return { json: toJsonText(env), code: toTextCode(env) };
}

const laterOf = <T>(a: T | undefined, b: T | undefined, when: (x: T) => string): T | undefined =>
  !a ? b : !b ? a : when(b) > when(a) ? b : a;

/** Merges imported progress into local progress without losing either side: the later of each part, favourites kept. */
function mergeImported(local: QuestionProgress | undefined, incoming: QuestionProgress): QuestionProgress {
  if (!local) return incoming;
  const merged: QuestionProgress = {
    ...local,
    stats: laterOf(local.stats, incoming.stats, (s) => s.at),
    wrong: laterOf(local.wrong, incoming.wrong, (w) => w.lastWrong),
    card: laterOf(local.card, incoming.card, (c) => c.last_review ?? c.due),
    fav: local.fav || incoming.fav || undefined,
    ts: { ...incoming.ts, ...local.ts },
    updatedAt: local.updatedAt > incoming.updatedAt ? local.updatedAt : incoming.updatedAt,
  };
  for (const k of ['stats', 'wrong', 'card', 'fav'] as const) if (merged[k] === undefined) delete merged[k];
  return merged;
}

/**
 * Validates an import. When this device has any practice data, asks: merge (nothing on either side is lost) or replace
 * (everything here is replaced by the import), so favourites, review cards and history are never replaced unasked.
 */
export function checkPracticeImport(text: string): ImportFlow {
  const r = readTransfer(text, 'practice', PRACTICE_EXPORT_VERSION);
  if (!r.ok) return { error: r.error };
  const data = readPracticeExport(r.envelope.version, r.envelope.data);
  if (!data) return { error: '数据内容不符合练习记录的格式，未导入。' };
  const inc = splitExport(data, new Date().toISOString());
  const s = $practice.get();
  const local = {
    qp: progress.$items.get(),
    exams: exams.$items.get(),
    attempts: attempts.$items.get(),
  };
  const replace = () => {
    const ok = vault.write(
      [
        ...Object.keys(local.qp).map((id) => ({ coll: progress, id, value: undefined })),
        ...Object.keys(local.exams).map((id) => ({ coll: exams, id, value: undefined })),
        ...Object.keys(local.attempts).map((id) => ({ coll: attempts, id, value: undefined })),
        ...Object.entries(inc.qp).map(([id, value]) => ({ coll: progress, id, value })),
        ...Object.entries(inc.exams).map(([id, value]) => ({ coll: exams, id, value })),
        ...Object.entries(inc.attempts).map(([id, value]) => ({ coll: attempts, id, value })),
        { coll: settingsRecord, id: SETTINGS_ID, value: inc.settings },
      ],
      '导入练习记录',
    );
    return ok ? '练习记录已导入（已替换本机原有记录）。' : '本机记录还没有读取完成，未导入，请稍候再试。';
  };
  const merge = () => {
    const ok = vault.write(
      [
        ...Object.entries(inc.qp).map(([id, value]) => ({ coll: progress, id, value: mergeImported(local.qp[id], value) })),
        ...Object.entries(inc.exams)
          .filter(([id]) => !local.exams[id])
          .map(([id, value]) => ({ coll: exams, id, value })),
        ...Object.entries(inc.attempts)
          .filter(([id]) => !local.attempts[id])
          .map(([id, value]) => ({ coll: attempts, id, value })),
      ],
      '合并练习记录',
    );
    return ok ? '练习记录已合并：两边的答题、错题、收藏、复习计划和历史都保留。' : '本机记录还没有读取完成，未导入，请稍候再试。';
  };
  const counts = (x: PracticeExport | PracticeState) =>
    `答过 ${Object.keys(x.answered).length} 题、错题 ${Object.keys(x.wrong).length}、收藏 ${x.favorites.length}、复习卡片 ${Object.keys(x.cards).length}、考试 ${x.history.length} 次`;
  const hasLocal = Object.keys(local.qp).length + Object.keys(local.exams).length + Object.keys(local.attempts).length > 0;
  if (!hasLocal) return { choices: [{ label: '导入', run: replace }] };
  return {
    question: `本机已有练习记录（${counts(s)}）。导入的数据有：${counts(data)}。`,
    choices: [
      { label: '合并（推荐，两边都保留）', run: merge },
      { label: '替换（删除本机这些记录）', run: replace },
    ],
  };
}

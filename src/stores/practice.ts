/**
 * Practice state: answers per question, wrong-answer book, favourites, exam history, review cards, settings.
 * Stored under "gmaq:practice" as { v: 2, data: PracticeState } (see persist.ts); validated on load.
 * Migration: v1 had no `exam` field; it is added as null.
 * Ids of questions removed from the bank are ignored where they are read, never a crash.
 */
import { computed } from 'nanostores';
import type { Profile } from '../lib/applicability';
import { recordInBook } from '../lib/practice/wrong-book';
import type { StoredCard } from '../lib/practice/cards';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../lib/transfer';
import { versionedAtom } from './persist';
import { $selfCheck } from './self-check';
import { PRACTICE_VERSION, PracticeStateSchema, type ExamProgress, type ExamRecord, type PracticeState } from './practice-schema';

/** Brings older saved or exported practice data to the current shape; undefined when it cannot. */
export function migratePractice(version: number, data: unknown): unknown {
  if (version === 1 && data && typeof data === 'object') return { ...data, exam: null };
  return undefined;
}

export const DEFAULT_SETTINGS = { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false };
const INITIAL: PracticeState = {
  answered: {},
  wrong: {},
  favorites: [],
  history: [],
  cards: {},
  settings: DEFAULT_SETTINGS,
  quickProfile: null,
  exam: null,
};

export const $practice = versionedAtom<PracticeState>('gmaq:practice', INITIAL, {
  version: PRACTICE_VERSION,
  label: '练习记录',
  migrate: migratePractice,
  validate: (d) => {
    const r = PracticeStateSchema.safeParse(d);
    return r.success ? r.data : undefined;
  },
});

/** The profile used by "只练我企业适用的": the latest self-check's, else the quick profile chosen here. */
export const $practiceProfile = computed([$practice, $selfCheck], (p, s): Profile | null => {
  const latest = [...s.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return latest?.profile ?? p.quickProfile;
});

const set = (fn: (s: PracticeState) => PracticeState) => $practice.set(fn($practice.get()));

/** Loads the FSRS scheduler on first use, so the practice page itself does not ship it. */
const loadScheduler = () => import('../lib/practice/review');

/** Schedules a card after the scheduler loads; reads the latest state then, so nothing recorded meanwhile is lost. */
function scheduleLater(id: string, grade: 1 | 2 | 3 | 4, now: Date): Promise<void> {
  return loadScheduler().then(({ scheduleCard }) => {
    const s = $practice.get();
    $practice.set({ ...s, cards: { ...s.cards, [id]: scheduleCard(s.cards[id] as StoredCard | undefined, grade, now) } });
  });
}

/**
 * Records an answer: accuracy and the wrong book (exit rule) at once; a missed question, or one already under review,
 * is (re)scheduled: a mistake as 忘了 (Again), a right answer as 记得 (Good).
 */
export function recordAnswer(id: string, correct: boolean, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const before = $practice.get();
  const prev = before.answered[id];
  set((s) => ({
    ...s,
    answered: { ...s.answered, [id]: { n: (prev?.n ?? 0) + 1, right: (prev?.right ?? 0) + (correct ? 1 : 0), last: correct, at } },
    wrong: recordInBook(s.wrong, id, correct, at),
  }));
  return !correct || before.cards[id] ? scheduleLater(id, correct ? 3 : 1, now) : Promise.resolve();
}

/** Rates a card after the oral drill or review (1 忘了, 2 模糊, 3 记得, 4 熟练). */
export function rateCard(id: string, grade: 1 | 2 | 3 | 4, now = new Date()): Promise<void> {
  return scheduleLater(id, grade, now);
}

/** Adds or removes a favourite. */
export function toggleFavorite(id: string) {
  set((s) => ({ ...s, favorites: s.favorites.includes(id) ? s.favorites.filter((x) => x !== id) : [...s.favorites, id] }));
}

/** Removes one question from the wrong-answer book. */
export function removeFromWrongBook(id: string) {
  set((s) => {
    const wrong = { ...s.wrong };
    delete wrong[id];
    return { ...s, wrong };
  });
}

/** Empties the wrong-answer book (the UI asks first). */
export function clearWrongBook() {
  set((s) => ({ ...s, wrong: {} }));
}

/** Saves a finished exam or trainer paper and clears the one in progress. */
export function saveExam(record: ExamRecord) {
  set((s) => ({ ...s, history: [record, ...s.history].slice(0, 200), exam: null }));
}

/** Remembers the paper in progress (answers and position). */
export function saveExamProgress(exam: ExamProgress) {
  set((s) => ({ ...s, exam }));
}

/** Abandons the paper in progress (the UI asks first). */
export function discardExam() {
  set((s) => ({ ...s, exam: null }));
}

/** Changes the mock-exam settings and the "only mine" switch. */
export function changeSettings(settings: PracticeState['settings']) {
  set((s) => ({ ...s, settings }));
}

/** Chooses a quick profile for practice when there is no self-check. */
export function chooseQuickProfile(profile: Profile | null) {
  set((s) => ({ ...s, quickProfile: profile }));
}

/** Export of all practice data. */
export function exportPractice() {
  const env = makeEnvelope('practice', PRACTICE_VERSION, $practice.get());
  return { json: toJsonText(env), code: toTextCode(env) };
}

/** Validates and applies an import; replaces current practice data after confirmation (asked by the UI). */
export function checkPracticeImport(text: string): { error: string } | { confirm?: string; apply: () => void; done: string } {
  const r = readTransfer(text, 'practice', PRACTICE_VERSION);
  if (!r.ok) return { error: r.error };
  const data = r.envelope.version === PRACTICE_VERSION ? r.envelope.data : migratePractice(r.envelope.version, r.envelope.data);
  const v = PracticeStateSchema.safeParse(data);
  if (!v.success) return { error: `数据内容不符合练习记录的格式（${v.error.issues[0]?.path.join('.') || '整体'}），未导入。` };
  const hasData = Object.keys($practice.get().answered).length > 0;
  return {
    confirm: hasData ? '导入会替换本机现有的练习记录（错题本、收藏、历史、复习计划），确定吗？' : undefined,
    apply: () => $practice.set(v.data),
    done: '练习记录已导入。',
  };
}

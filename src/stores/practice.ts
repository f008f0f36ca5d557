/**
 * Practice state, stored as small records (shapes and versions in practice-schema.ts): one per question's progress,
 * one per finished exam, one per exam or paper in progress, one for settings. An answer writes one record; submitting
 * an exam writes once (the exam, its questions' progress and the end of the attempt, in one transaction).
 * `$practice` assembles them into one view for the islands. This module is the only writer of practice data (with
 * practice-transfer.ts, its export and import).
 */
import { computed } from 'nanostores';
import type { Profile } from '../lib/applicability';
import type { StoredCard } from '../lib/practice/cards';
import { recordInBook } from '../lib/practice/wrong-book';
import { LIMITS } from '../lib/storage/limits';
import { mergeStamped, stamp, stampNow } from '../lib/storage/stamps';
import { LEGACY_PRACTICE_KEY, legacyKeys } from './legacy-keys';
import type { Attempt, ExamRecord, PracticeSettings, QuestionProgress, Settings } from './practice-schema';
import { PRACTICE_RECORD_VERSION } from './practice-versions';
import { $selfCheckProfile } from './practice-profile';
import { vault } from './site';

export type { Attempt, ExamRecord, Settings };

// The zod/mini schemas (and zod itself) load only when this device holds practice records to read (the vault awaits
// `prepare` first): a first visit's tap on 继续顺序练习 does not wait for them.
type Schemas = typeof import('./practice-schema');
let schemas: Schemas | undefined;
const prepare = () =>
  import('./practice-schema').then((m) => {
    schemas = m;
  });
type Parser<T> = { safeParse: (d: unknown) => { success: true; data: T } | { success: false } };
const parse =
  <T>(schema: (s: Schemas) => Parser<T>) =>
  (v: number, d: unknown): T | undefined => {
    // prepare() has run: the vault decodes no record before it resolves.
    if (v !== PRACTICE_RECORD_VERSION || !schemas) return undefined;
    const r = schema(schemas).safeParse(d);
    return r.success ? r.data : undefined;
  };
const same = <T>(x: T) => x;

export const progress = vault.collection<QuestionProgress>({
  kind: 'qp',
  version: PRACTICE_RECORD_VERSION,
  label: '练习记录',
  decode: parse((s) => s.QuestionProgressSchema),
  prepare,
  encode: same,
  merge: mergeStamped,
});
export const exams = vault.collection<ExamRecord>({
  kind: 'exam',
  version: PRACTICE_RECORD_VERSION,
  label: '考试记录',
  decode: parse((s) => s.ExamRecordSchema),
  prepare,
  encode: same,
  merge: (local) => local,
});
export const attempts = vault.collection<Attempt>({
  kind: 'attempt',
  version: PRACTICE_RECORD_VERSION,
  label: '未交卷的试卷',
  decode: parse((s) => s.AttemptSchema),
  prepare,
  encode: same,
  merge: mergeStamped,
});
export const settingsRecord = vault.collection<PracticeSettings>({
  kind: 'practice-settings',
  version: PRACTICE_RECORD_VERSION,
  label: '练习设置',
  decode: (v, d) => {
    const r = parse((s) => s.PracticeSettingsSchema)(v, d);
    return r && schemas && { ...r, quickProfile: schemas.knownProfile(r.quickProfile) };
  },
  prepare,
  encode: same,
  merge: mergeStamped,
});
// The first release's data is moved once per device: the mover is fetched only when its old keys are there.
vault.migrate(async (v, b) => {
  if (!legacyKeys(LEGACY_PRACTICE_KEY).length) return;
  const { moveLegacyPractice } = await import('./practice-legacy');
  await moveLegacyPractice(v, b, { progress, exams, attempts, settingsRecord });
});

export const DEFAULT_SETTINGS: Settings = { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false };
/** Id of the one settings record. */
export const SETTINGS_ID = 'main';

/** Everything practice shows, assembled from the records. */
export interface PracticeState {
  answered: Record<string, NonNullable<QuestionProgress['stats']>>;
  wrong: Record<string, NonNullable<QuestionProgress['wrong']>>;
  cards: Record<string, StoredCard>;
  /** Favourites in the order they were added. */
  favorites: string[];
  /** Finished exams, newest first. */
  history: ExamRecord[];
  settings: Settings;
  quickProfile: Profile | null;
  /** Exams and papers in progress, most recently touched first. */
  attempts: (Attempt & { id: string })[];
}

export const $practice = computed(
  [progress.$items, exams.$items, attempts.$items, settingsRecord.$items],
  (qp, ex, at, st): PracticeState => {
    const answered: PracticeState['answered'] = {};
    const wrong: PracticeState['wrong'] = {};
    const cards: PracticeState['cards'] = {};
    const favs: [string, string][] = [];
    for (const [id, p] of Object.entries(qp)) {
      if (p.stats) answered[id] = p.stats;
      if (p.wrong) wrong[id] = p.wrong;
      if (p.card) cards[id] = p.card;
      if (p.fav) favs.push([id, p.ts.fav ?? '']);
    }
    const s = st[SETTINGS_ID];
    return {
      answered,
      wrong,
      cards,
      favorites: favs.sort((a, b) => a[1].localeCompare(b[1])).map(([id]) => id),
      history: Object.values(ex).sort((a, b) => b.at.localeCompare(a.at)),
      settings: s?.settings ?? DEFAULT_SETTINGS,
      quickProfile: s?.quickProfile ?? null,
      attempts: Object.entries(at)
        .map(([id, a]) => ({ ...a, id }))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    };
  },
);

/** True once every practice record has been read. */
export const $practiceLoaded = computed([progress.$loaded, exams.$loaded, attempts.$loaded, settingsRecord.$loaded], (...flags) =>
  flags.every(Boolean),
);

/**
 * The profile used by "只练我企业适用的": the latest self-check's, else the quick profile chosen here. The self-check's
 * is looked up on first use (stores/practice-profile.ts); until then this is undefined and practice orders nothing.
 */
export const $practiceProfile = computed([$practice, $selfCheckProfile], (p, sc): Profile | null | undefined =>
  sc.known ? (sc.latest ?? p.quickProfile) : undefined,
);

// ---- the review scheduler (ts-fsrs) is loaded on first use, so the practice page does not ship it ----
type Scheduler = typeof import('../lib/practice/review');
let scheduler: Scheduler | null = null;
/** Loads the FSRS scheduler; the practice page calls this when idle, so answers can be scheduled in the same write. */
export const loadScheduler = (): Promise<Scheduler> => import('../lib/practice/review').then((m) => (scheduler = m));

const blank = (): QuestionProgress => ({ ts: {}, updatedAt: '' });
const qp = (id: string) => progress.$items.get()[id];

/** The next version of a question's progress, with the changed fields stamped. */
function nextProgress(id: string, at: string, fn: (p: QuestionProgress) => Partial<QuestionProgress>): QuestionProgress {
  const cur = qp(id) ?? blank();
  const patch = fn(cur);
  const next: QuestionProgress = { ...cur, ...patch, updatedAt: at, ts: stamp(cur.ts, Object.keys(patch), at) };
  for (const k of Object.keys(patch) as (keyof QuestionProgress)[]) if (patch[k] === undefined) delete next[k];
  return next;
}

/** The progress change of one answer: accuracy, the wrong book (exit rule) and, when it is loaded, the review card. */
function answerPatch(p: QuestionProgress, id: string, correct: boolean, now: Date): Partial<QuestionProgress> {
  const at = now.toISOString();
  const book = recordInBook(p.wrong ? { [id]: p.wrong } : {}, id, correct, at);
  const patch: Partial<QuestionProgress> = {
    stats: { n: (p.stats?.n ?? 0) + 1, right: (p.stats?.right ?? 0) + (correct ? 1 : 0), last: correct, at },
    wrong: book[id],
  };
  // A missed question, or one already under review, is (re)scheduled: a mistake as 忘了 (Again), a right answer as 记得 (Good).
  if ((!correct || p.card) && scheduler) patch.card = scheduler.scheduleCard(p.card, correct ? 3 : 1, now);
  return patch;
}
const needsCard = (p: QuestionProgress | undefined, correct: boolean) => !correct || !!p?.card;

/** Records one answer in one write; when the scheduler is still loading, its card follows once it has loaded. */
export function recordAnswer(id: string, correct: boolean, now = new Date()): Promise<void> {
  const at = stampNow(now.getTime());
  const before = qp(id);
  vault.write([{ coll: progress, id, value: nextProgress(id, at, (p) => answerPatch(p, id, correct, now)) }], '答题记录');
  return needsCard(before, correct) && !scheduler ? loadScheduler().then(() => rateCard(id, correct ? 3 : 1, now)) : Promise.resolve();
}

/** Rates a card after the oral drill or review (1 忘了, 2 模糊, 3 记得, 4 熟练). */
export async function rateCard(id: string, grade: 1 | 2 | 3 | 4, now = new Date()): Promise<void> {
  const s = scheduler ?? (await loadScheduler());
  const at = stampNow(now.getTime());
  vault.write([{ coll: progress, id, value: nextProgress(id, at, (p) => ({ card: s.scheduleCard(p.card, grade, now) })) }], '复习计划');
}

/** Adds or removes a favourite. */
export function toggleFavorite(id: string) {
  const at = stampNow();
  vault.write([{ coll: progress, id, value: nextProgress(id, at, (p) => ({ fav: p.fav ? undefined : true })) }], '收藏');
}

/** Removes one question from the wrong-answer book. */
export function removeFromWrongBook(id: string) {
  vault.write([{ coll: progress, id, value: nextProgress(id, stampNow(), () => ({ wrong: undefined })) }], '错题本');
}

/** Empties the wrong-answer book (the UI asks first), in one write. */
export function clearWrongBook() {
  const at = stampNow();
  const ids = Object.entries(progress.$items.get())
    .filter(([, p]) => p.wrong)
    .map(([id]) => id);
  vault.write(
    ids.map((id) => ({ coll: progress, id, value: nextProgress(id, at, () => ({ wrong: undefined })) })),
    '清空错题本',
  );
}

// ---- exams and papers in progress ----

export type StartResult = { ok: true; id: string } | { ok: false; error: string };

/** Starts an exam or paper attempt; several may be kept, up to a cap. */
export function startAttempt(
  a: Pick<Attempt, 'kind' | 'seed' | 'ids' | 'minutes' | 'passMark'> & Partial<Pick<Attempt, 'name' | 'strict' | 'query'>>,
  now = Date.now(),
): StartResult {
  if (Object.keys(attempts.$items.get()).length >= LIMITS.attempts)
    return { ok: false, error: `已有 ${LIMITS.attempts} 份未交卷的试卷，请先交卷或放弃其中一些。` };
  const id = `at-${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const at = stampNow(now);
  const value: Attempt = { ...a, answers: {}, index: 0, startedAt: now, ts: {}, updatedAt: at };
  if (!vault.write([{ coll: attempts, id, value }], '开始考试')) return { ok: false, error: '本机记录还没有读取完成，请稍候再试。' };
  return { ok: true, id };
}

function changeAttempt(id: string, paths: string[], fn: (a: Attempt) => Attempt, what: string) {
  const a = attempts.$items.get()[id];
  if (!a) return false;
  const at = stampNow();
  return vault.write([{ coll: attempts, id, value: { ...fn(a), updatedAt: at, ts: stamp(a.ts, paths, at) } }], what);
}

/** Saves one answer of an attempt (merged per question with another tab on the same paper). */
export function answerInAttempt(id: string, questionId: string, chosen: number[]) {
  return changeAttempt(id, [`answers/${questionId}`], (a) => ({ ...a, answers: { ...a.answers, [questionId]: chosen } }), '考试作答');
}

/** Flags or unflags questions of an attempt (the answer sheet shows them). */
export function flagInAttempt(id: string, flagged: string[]) {
  return changeAttempt(id, ['flagged'], (a) => ({ ...a, flagged }), '标记题目');
}

/** Remembers which question of an attempt is shown. */
export function moveInAttempt(id: string, index: number) {
  return changeAttempt(id, ['index'], (a) => ({ ...a, index }), '考试进度');
}

/** Abandons an attempt (the UI asks first). */
export function discardAttempt(id: string) {
  vault.write([{ coll: attempts, id, value: undefined }], '放弃试卷');
}

/**
 * Submits an attempt in one write: the exam record, every answered question's progress, the end of the attempt, and
 * the oldest history entry when the history is full. Cards not scheduled because the scheduler was still loading follow.
 */
export function submitAttempt(attemptId: string | null, record: ExamRecord, results: { id: string; correct: boolean }[], now = new Date()) {
  const at = stampNow(now.getTime());
  const history = Object.values(exams.$items.get()).sort((a, b) => a.at.localeCompare(b.at));
  const drop = history.slice(0, Math.max(0, history.length + 1 - LIMITS.history));
  const late = results.filter((r) => needsCard(qp(r.id), r.correct) && !scheduler);
  vault.write(
    [
      { coll: exams, id: record.id, value: record },
      ...results.map((r) => ({ coll: progress, id: r.id, value: nextProgress(r.id, at, (p) => answerPatch(p, r.id, r.correct, now)) })),
      ...(attemptId ? [{ coll: attempts, id: attemptId, value: undefined }] : []),
      ...drop.map((h) => ({ coll: exams, id: h.id, value: undefined })),
    ],
    '交卷',
  );
  if (late.length)
    void loadScheduler().then((s) => {
      const t = stampNow();
      vault.write(
        late.map((r) => ({
          coll: progress,
          id: r.id,
          value: nextProgress(r.id, t, (p) => ({ card: s.scheduleCard(p.card, r.correct ? 3 : 1, now) })),
        })),
        '复习计划',
      );
    });
}

// ---- settings ----

function changeSettingsRecord(paths: string[], patch: Partial<PracticeSettings>) {
  const cur = settingsRecord.$items.get()[SETTINGS_ID] ?? { settings: DEFAULT_SETTINGS, quickProfile: null, ts: {}, updatedAt: '' };
  const at = stampNow();
  vault.write(
    [{ coll: settingsRecord, id: SETTINGS_ID, value: { ...cur, ...patch, updatedAt: at, ts: stamp(cur.ts, paths, at) } }],
    '练习设置',
  );
}

/** Changes the mock-exam settings and the "only mine" switch. */
export function changeSettings(settings: Settings) {
  changeSettingsRecord(['settings'], { settings });
}

/** Chooses a quick profile for practice when there is no self-check. */
export function chooseQuickProfile(profile: Profile | null) {
  changeSettingsRecord(['quickProfile'], { quickProfile: profile });
}

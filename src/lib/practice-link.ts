/**
 * Practice deep links: every practice view is a URL (/practice/?m=random&seed=k3x9&i=4), so Back returns to the previous
 * view, a reload stays where the user was, and a criterion or search page can link straight into a drill.
 * Modelled on paper.ts `parsePaperParams`: invalid input falls back to something usable, with a Chinese message.
 */
import { DOMAIN_SLUGS } from './taxonomy';
import { isOneOf } from './one-of';

/** Drill sets that need no parameter besides the position. */
export const LIST_KINDS = ['seq', 'wrong', 'due', 'fav', 'hard'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** Role sets of the phone test: what a 主要负责人 and a 安全管理人员 are each asked. */
export const ROLES = ['all', 'principal', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** One practice view; `i` is the 0-based position inside a drill. */
export type PracticeView =
  | { kind: 'home' }
  | { kind: 'manage' }
  | { kind: ListKind; i: number }
  | { kind: 'random'; seed: string; i: number }
  | { kind: 'topic'; topic: string; i: number }
  | { kind: 'criterion'; criterion: string; i: number }
  | { kind: 'question'; id: string }
  | { kind: 'retry'; exam: string; i: number }
  | { kind: 'exam'; seed: string }
  | { kind: 'result'; exam: string }
  | { kind: 'oral'; seed: string }
  | { kind: 'spot'; seed: string };

export const HOME: PracticeView = { kind: 'home' };
const SEED = /^[A-Za-z0-9_-]{1,40}$/;
const QID = /^[a-z0-9-]{1,60}$/;
// Exam record ids: ex- and the attempt id (letters, digits, dashes).
const EXAM_ID = /^ex-[a-z0-9-]{1,50}$/;
const CRITERION = /^a\d{1,2}-\d{1,2}$/;
/** Topics a drill can be limited to: the 11 domains and 'law' (questions without a criterion). */
export const DRILL_TOPICS: readonly string[] = [...DOMAIN_SLUGS, 'law'];

/** Builds the query string of a view (no leading ?; empty for the home page). */
export function practiceQuery(v: PracticeView): string {
  const q = new URLSearchParams();
  if (v.kind === 'home') return '';
  // ?c= and ?q= are the links criterion pages and search results already publish: keep them as they are.
  if (v.kind === 'criterion') q.set('c', v.criterion);
  else if (v.kind === 'question') q.set('q', v.id);
  else q.set('m', v.kind);
  if ('seed' in v) q.set('seed', v.seed);
  if ('topic' in v) q.set('t', v.topic);
  if ('exam' in v) q.set('exam', v.exam);
  if ('i' in v && v.i > 0) q.set('i', String(v.i));
  return q.toString();
}

/** True when two views show the same thing (the position inside a drill aside). */
export function sameView(a: PracticeView, b: PracticeView): boolean {
  const strip = (v: PracticeView) => practiceQuery('i' in v ? { ...v, i: 0 } : v);
  return strip(a) === strip(b);
}

/**
 * Reads a view from a query string. `knownCriteria` limits ?c= to criteria that have questions.
 * Returns a usable view (home when nothing fits) and what was corrected, in Chinese.
 */
export function parsePracticeParams(search: string, knownCriteria: ReadonlySet<string>): { view: PracticeView; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const home = (msg: string) => ({ view: HOME, problems: [...problems, msg] });
  let i = 0;
  const rawI = q.get('i');
  if (rawI !== null) {
    const n = Number(rawI);
    if (Number.isInteger(n) && n >= 0 && n < 5000) i = n;
    else problems.push(`题号“${rawI.slice(0, 10)}”无效，已从第 1 题开始`);
  }
  const c = q.get('c');
  if (c !== null) {
    if (CRITERION.test(c) && knownCriteria.has(c)) return { view: { kind: 'criterion', criterion: c, i }, problems };
    return home(`没有条款“${c.slice(0, 12)}”的题目，已回到练习首页`);
  }
  const id = q.get('q');
  if (id !== null) {
    // An id no longer in the bank still opens the drill, which says so and offers a way back.
    if (QID.test(id)) return { view: { kind: 'question', id }, problems };
    return home('题目编号无效，已回到练习首页');
  }
  const m = q.get('m');
  if (m === null || m === '') return { view: HOME, problems };
  const seedOf = () => {
    const s = q.get('seed') ?? '';
    if (SEED.test(s)) return s;
    if (s) problems.push('随机码无效，已重新抽题');
    return Math.random().toString(36).slice(2, 10);
  };
  if (isOneOf(LIST_KINDS, m)) return { view: { kind: m, i }, problems };
  switch (m) {
    case 'home':
      return { view: HOME, problems };
    case 'manage':
      return { view: { kind: 'manage' }, problems };
    case 'random':
      return { view: { kind: 'random', seed: seedOf(), i }, problems };
    case 'exam':
      return { view: { kind: 'exam', seed: seedOf() }, problems };
    case 'oral':
      return { view: { kind: 'oral', seed: seedOf() }, problems };
    case 'spot':
      return { view: { kind: 'spot', seed: seedOf() }, problems };
    case 'topic': {
      const t = q.get('t') ?? '';
      if (DRILL_TOPICS.includes(t)) return { view: { kind: 'topic', topic: t, i }, problems };
      return home(`不认识的专题“${t.slice(0, 12)}”，已回到练习首页`);
    }
    case 'retry':
    case 'result': {
      const exam = q.get('exam') ?? '';
      if (EXAM_ID.test(exam)) return { view: m === 'retry' ? { kind: 'retry', exam, i } : { kind: 'result', exam }, problems };
      return home('考试记录编号无效，已回到练习首页');
    }
    default:
      return home(`不认识的练习方式“${m.slice(0, 12)}”，已回到练习首页`);
  }
}

/**
 * Trainer papers: a URL such as /practice/paper/?seed=abc&n=10&topics=dust,ammonia gives everyone the same questions
 * in the same order. Parameters are validated; anything invalid falls back to a working default with a message.
 */
import { DOMAIN_SLUGS } from './taxonomy';
import { isOneOf } from './one-of';

export interface PaperParams {
  /** Any short ASCII word; the same seed gives the same paper. */
  seed: string;
  /** Number of questions, 5–50. */
  n: number;
  /** Domain slugs (metallurgy, dust…); empty = all. */
  topics: string[];
  /** Criterion ids (a4-1…); empty = all in the topics. */
  criteria: string[];
}

export const PAPER_DEFAULTS: PaperParams = { seed: 'default', n: 20, topics: [], criteria: [] };
export const PAPER_N_MIN = 5;
export const PAPER_N_MAX = 50;

/** Builds the query string of a paper link (no leading ?). */
export function paperQuery(p: Partial<PaperParams>): string {
  const q = new URLSearchParams();
  q.set('seed', p.seed ?? PAPER_DEFAULTS.seed);
  q.set('n', String(p.n ?? PAPER_DEFAULTS.n));
  if (p.topics?.length) q.set('topics', p.topics.join(','));
  if (p.criteria?.length) q.set('criteria', p.criteria.join(','));
  return q.toString().replace(/%2C/g, ',');
}

/**
 * Reads paper parameters from a query string. Returns usable params and the problems found, in Chinese,
 * so the page can say what it changed instead of showing a blank page.
 */
export function parsePaperParams(search: string, knownCriteria: ReadonlySet<string>): { params: PaperParams; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  let seed = (q.get('seed') ?? '').trim();
  if (!seed) seed = PAPER_DEFAULTS.seed;
  else if (!/^[A-Za-z0-9_-]{1,40}$/.test(seed)) {
    problems.push(`试卷码“${seed.slice(0, 20)}”只能用字母、数字、- 和 _（最多40个），已改用 default`);
    seed = PAPER_DEFAULTS.seed;
  }
  let n = PAPER_DEFAULTS.n;
  const rawN = q.get('n');
  if (rawN !== null) {
    const v = Number(rawN);
    if (!Number.isInteger(v)) problems.push(`题量“${rawN.slice(0, 10)}”不是整数，已改为 ${n} 题`);
    else if (v < PAPER_N_MIN || v > PAPER_N_MAX) {
      n = Math.min(PAPER_N_MAX, Math.max(PAPER_N_MIN, v));
      problems.push(`题量应在 ${PAPER_N_MIN}–${PAPER_N_MAX} 之间，已改为 ${n} 题`);
    } else n = v;
  }
  const list = (name: string) =>
    (q.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const topics = list('topics');
  const badTopics = topics.filter((t) => !isOneOf(DOMAIN_SLUGS, t));
  if (badTopics.length) problems.push(`不认识的专题：${badTopics.slice(0, 5).join('、')}，已忽略`);
  const criteria = list('criteria');
  const badCriteria = criteria.filter((c) => !knownCriteria.has(c));
  if (badCriteria.length) problems.push(`不认识的条款：${badCriteria.slice(0, 5).join('、')}，已忽略`);
  return {
    params: { seed, n, topics: topics.filter((t) => !badTopics.includes(t)), criteria: criteria.filter((c) => !badCriteria.includes(c)) },
    problems,
  };
}

/** True for the printable version of a paper (?print=1): questions, a QR to the paper and the answer key. */
export function isPrintView(search: string): boolean {
  return new URLSearchParams(search).get('print') === '1';
}

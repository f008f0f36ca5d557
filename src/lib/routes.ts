/**
 * Every page URL of the site, built in one place. Each function returns a site path (no base): pages pass it to
 * `link()` (src/lib/paths.ts), components take it as `path`/`href`, and open data and search records store it as is.
 * The shapes mirror the files under src/pages/; a path once published never changes (old links in chats must keep working).
 */

/** Query string of a path, or '' when no parameter is set. */
function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
/** '#name' or '' when no fragment is asked for. */
const hash = (name: string | undefined): string => (name ? `#${name}` : '');

/** The work plan's folder: its pages are the 解读, the 原文 and one page per task. */
const WORK_PLAN = '/regulations/work-plan-2024/';

export const routes = {
  home: () => '/',
  about: () => '/about/',
  favicon: () => '/favicon.svg',
  /** The open-data index, or one of its files (e.g. 'criteria.json'). */
  data: (file?: string) => `/data/${file ?? ''}`,

  criteria: () => '/criteria/',
  /** A criterion page, e.g. criterion('a4-1') → /criteria/a4-1/. */
  criterion: (id: string) => `/criteria/${id}/`,
  criteriaDomain: (slug: string) => `/criteria/domain/${slug}/`,
  article14: () => '/criteria/article-14/',

  /** The change log, optionally at one entry (its anchor is the change id). */
  changes: (id?: string) => `/changes/${hash(id)}`,

  regulations: () => '/regulations/',
  /** A regulation page, optionally at one article (its anchor is art-N). */
  regulation: (id: string, article?: number) => `/regulations/${id}/${hash(article ? `art-${article}` : undefined)}`,
  workPlan: (anchor?: string) => `${WORK_PLAN}${hash(anchor)}`,
  /** The transcribed 原文, optionally at one task (its anchor is task-N). */
  workPlanOriginal: (task?: number) => `${WORK_PLAN}original/${hash(task ? `task-${task}` : undefined)}`,
  workPlanTask: (n: number) => `${WORK_PLAN}task-${n}/`,

  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  /** One section on its own page (a chat app may drop the #fragment), e.g. /cases/{id}/lessons/. */
  caseSection: (id: string, section: string) => `/cases/${id}/${section}/`,
  /** One section inside the full case page. */
  caseAnchor: (id: string, section: string) => `/cases/${id}/#${section}`,
  caseHandout: (id: string) => `/cases/${id}/handout/`,
  casePresent: (id: string) => `/cases/${id}/present/`,
  casesTopic: (topic: string) => `/cases/topic/${topic}/`,
  casesProvince: (province: string) => `/cases/province/${province}/`,

  training: () => '/training/',
  kit: (topic: string) => `/training/${topic}/`,
  kitHandout: (topic: string) => `/training/${topic}/handout/`,

  selfCheck: () => '/self-check/',
  selfCheckReport: () => '/self-check/report/',
  /** 隐患台账: every hazard of every assessment on the device. */
  selfCheckLedger: () => '/self-check/ledger/',
  /** The self-check items, fetched by the self-check and ledger islands. */
  selfCheckItems: () => '/self-check/items.json',

  /** Practice, optionally opened on one criterion's questions (c) or one question (q). */
  practice: (params: { c?: string; q?: string } = {}) => `/practice/${query(params)}`,
  /** One practice view; `search` is a query built by practiceQuery() in src/lib/practice-link.ts, without the '?'. */
  practiceView: (search?: string) => `/practice/${search ? `?${search}` : ''}`,
  /** The trainer's paper; `search` is a query built by paperQuery() in src/lib/paper.ts, without the '?'. */
  practicePaper: (search?: string) => `/practice/paper/${search ? `?${search}` : ''}`,
  /** The trainer's class record for one paper (same query as the paper). */
  practiceClass: (search?: string) => `/practice/class/${search ? `?${search}` : ''}`,
  practiceBank: () => '/practice/bank.json',
  /** The bank's chunk manifest (src/lib/practice/bank-chunks.ts). */
  practiceBankIndex: () => '/practice/bank/index.json',
  /** One chunk of the bank, 0-based. */
  practiceBankChunk: (n: number) => `/practice/bank/${n}.json`,

  search: () => '/search/',
  searchIndex: () => '/search/index.json',
  serviceWorker: () => '/sw.js',
} as const;

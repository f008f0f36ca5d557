/**
 * JS budgets per page type (gzip kB at page load): what the pages load today plus about 1 kB; lower them when a page
 * shrinks. Read by tests/build/size-budgets.test.ts (npm test) and scripts/bench-size.mjs (npm run bench), so the two
 * never disagree.
 * @type {[type: string, page: string, jsKb: number][]}
 */
export const JS_BUDGETS = [
  ['home', 'index.html', 0],
  ['regulations list', 'regulations/index.html', 0],
  ['regulation', 'regulations/major-hazard-criteria/index.html', 0],
  ['work-plan guide', 'regulations/work-plan-2024/index.html', 0],
  ['work-plan 原文', 'regulations/work-plan-2024/original/index.html', 0],
  ['work-plan task', 'regulations/work-plan-2024/task-1/index.html', 0],
  ['criteria list', 'criteria/index.html', 3],
  ['criterion', 'criteria/a4-1/index.html', 3],
  ['article 14', 'criteria/article-14/index.html', 3],
  ['domain filter', 'criteria/domain/metallurgy/index.html', 3],
  ['cases list', 'cases/index.html', 3],
  ['case', 'cases/2014-kunshan-zhongrong/index.html', 3],
  ['case section', 'cases/2014-kunshan-zhongrong/direct-cause/index.html', 3],
  ['case handout', 'cases/2014-kunshan-zhongrong/handout/index.html', 3],
  ['case present', 'cases/2014-kunshan-zhongrong/present/index.html', 3],
  ['case province', 'cases/province/fujian/index.html', 3],
  ['training list', 'training/index.html', 3],
  ['training kit', 'training/dust/index.html', 3],
  ['training handout', 'training/dust/handout/index.html', 3],
  ['open data', 'data/index.html', 3],
  ['about', 'about/index.html', 3],
  ['404', '404.html', 3],
  ['practice', 'practice/index.html', 32.5],
  ['trainer paper', 'practice/paper/index.html', 39],
  ['self-check', 'self-check/index.html', 53.5],
  // 43 → 43.5 kB: the vault's notice when a decoder's code cannot be fetched (records left untouched) cost 0.08 kB.
  ['self-check report', 'self-check/report/index.html', 43.5],
  ['self-check ledger', 'self-check/ledger/index.html', 40.5],
  ['search', 'search/index.html', 14],
];

/** The budget of one page, by its path in dist/. */
export const jsBudget = (page) => {
  const row = JS_BUDGETS.find(([, p]) => p === page);
  if (!row) throw new Error(`no JS budget for ${page}`);
  return row[2];
};

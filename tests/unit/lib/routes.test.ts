import { afterEach, describe, expect, it, vi } from 'vitest';
import { link } from '../../../src/lib/paths';
import { routes } from '../../../src/lib/routes';

// Published URLs: each must keep its exact shape, since links to them live on in chats and printed QR codes.
describe('routes', () => {
  it.each([
    ['home', routes.home(), '/'],
    ['criterion', routes.criterion('a4-1'), '/criteria/a4-1/'],
    ['criteria domain', routes.criteriaDomain('dust'), '/criteria/domain/dust/'],
    ['article 14', routes.article14(), '/criteria/article-14/'],
    ['regulation', routes.regulation('work-safety-law'), '/regulations/work-safety-law/'],
    ['regulation article', routes.regulation('work-safety-law', 103), '/regulations/work-safety-law/#art-103'],
    ['work plan', routes.workPlan(), '/regulations/work-plan-2024/'],
    ['work plan anchor', routes.workPlan('duties'), '/regulations/work-plan-2024/#duties'],
    ['work plan task', routes.workPlanTask(12), '/regulations/work-plan-2024/task-12/'],
    ['work plan original', routes.workPlanOriginal(), '/regulations/work-plan-2024/original/'],
    ['work plan original task', routes.workPlanOriginal(3), '/regulations/work-plan-2024/original/#task-3'],
    ['case', routes.case('2014-kunshan-zhongrong'), '/cases/2014-kunshan-zhongrong/'],
    ['case section', routes.caseSection('2014-kunshan-zhongrong', 'lessons'), '/cases/2014-kunshan-zhongrong/lessons/'],
    ['case anchor', routes.caseAnchor('2014-kunshan-zhongrong', 'lessons'), '/cases/2014-kunshan-zhongrong/#lessons'],
    ['case handout', routes.caseHandout('x'), '/cases/x/handout/'],
    ['case present', routes.casePresent('x'), '/cases/x/present/'],
    ['cases by topic', routes.casesTopic('dust'), '/cases/topic/dust/'],
    ['cases by province', routes.casesProvince('jiangsu'), '/cases/province/jiangsu/'],
    ['kit', routes.kit('dust'), '/training/dust/'],
    ['kit handout', routes.kitHandout('dust'), '/training/dust/handout/'],
    ['self-check report', routes.selfCheckReport(), '/self-check/report/'],
    ['self-check ledger', routes.selfCheckLedger(), '/self-check/ledger/'],
    ['self-check items', routes.selfCheckItems(), '/self-check/items.json'],
    ['practice', routes.practice(), '/practice/'],
    ['practice on a criterion', routes.practice({ c: 'a4-1' }), '/practice/?c=a4-1'],
    ['practice on a question', routes.practice({ q: 'q-a4-1-1' }), '/practice/?q=q-a4-1-1'],
    ['practice paper', routes.practicePaper(), '/practice/paper/'],
    ['practice paper with query', routes.practicePaper('seed=kit-dust&n=10'), '/practice/paper/?seed=kit-dust&n=10'],
    ['practice view', routes.practiceView('m=retry&exam=ex-1'), '/practice/?m=retry&exam=ex-1'],
    ['practice view home', routes.practiceView(''), '/practice/'],
    ['practice class', routes.practiceClass(), '/practice/class/'],
    ['practice class with query', routes.practiceClass('seed=kit-dust'), '/practice/class/?seed=kit-dust'],
    ['bank manifest', routes.practiceBankIndex(), '/practice/bank/index.json'],
    ['bank chunk', routes.practiceBankChunk(3), '/practice/bank/3.json'],
    ['open data index', routes.data(), '/data/'],
    ['open data file', routes.data('criteria.json'), '/data/criteria.json'],
    ['search index', routes.searchIndex(), '/search/index.json'],
    ['change log', routes.changes(), '/changes/'],
    ['change entry', routes.changes('2026-12-x'), '/changes/#2026-12-x'],
    ['search', routes.search(), '/search/'],
    ['service worker', routes.serviceWorker(), '/sw.js'],
  ])('%s', (_name, got, want) => {
    expect(got).toBe(want);
  });

  it('leaves out empty practice parameters instead of writing ?c=', () => {
    expect(routes.practice({ c: '', q: undefined })).toBe('/practice/');
  });

  it('encodes a parameter that needs it', () => {
    expect(routes.practice({ c: 'a b&c' })).toBe('/practice/?c=a+b%26c');
  });

  it('gives no article anchor for article 0 or none', () => {
    expect(routes.regulation('x', 0)).toBe('/regulations/x/');
    expect(routes.regulation('x', undefined)).toBe('/regulations/x/');
  });

  it('returns site paths: every page route starts and every folder route ends with a slash', () => {
    const folders = [routes.criteria(), routes.cases(), routes.training(), routes.regulations(), routes.search(), routes.about()];
    for (const p of folders) expect(p).toMatch(/^\/.*\/$/);
  });
});

// Islands get no base prop: they pass a route to link(), which reads the build's base. A stubbed env stands in for a
// second build under a sub-path.
describe('routes under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    [routes.criterion('a4-1'), '/sub/criteria/a4-1/'],
    [routes.criteriaDomain('dust'), '/sub/criteria/domain/dust/'],
    [routes.practiceView('m=retry&exam=ex-1'), '/sub/practice/?m=retry&exam=ex-1'],
    [routes.practicePaper('seed=a&print=1'), '/sub/practice/paper/?seed=a&print=1'],
    [routes.practiceClass('seed=a'), '/sub/practice/class/?seed=a'],
    [routes.practiceBankIndex(), '/sub/practice/bank/index.json'],
    [routes.practiceBankChunk(0), '/sub/practice/bank/0.json'],
  ])('%s → %s', (path, want) => {
    vi.stubEnv('BASE_URL', '/sub/');
    expect(link(path)).toBe(want);
  });
});

// The guard behind "every URL comes from src/lib/routes.ts": a quoted string that starts with an app path ('/practice/…',
// `/cases/${id}/`, href="/search/") anywhere else in src/ is a hand-written URL, which breaks under a base path or when a
// route changes. Comments are left out: they may show example paths.
describe('no hand-written app paths outside routes.ts', () => {
  const sample = (fn: (...args: never[]) => string) => (fn as (...args: unknown[]) => string)('x', 1);
  const firstSegments = [
    ...new Set(
      Object.values(routes)
        .map((fn) => sample(fn).split(/[/?#]/)[1] ?? '')
        .filter((s) => s !== ''),
    ),
  ];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A quote or backtick, then '/', an app segment, then the end of the segment.
  const appPath = new RegExp(`[\`'"]/(${firstSegments.map(escape).join('|')})(?=[/?#\`'"]|$)`, 'g');
  const withoutComments = (source: string) =>
    source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');

  /** Every hand-written app path in one source text, as 'line: text'. */
  const offenders = (source: string): string[] =>
    withoutComments(source)
      .split('\n')
      .flatMap((line, i) => (line.match(appPath) ? [`${i + 1}: ${line.trim()}`] : []));

  it('knows the app segments from routes itself', () => {
    expect(firstSegments).toEqual(expect.arrayContaining(['criteria', 'practice', 'self-check', 'cases', 'regulations', 'search']));
  });

  it.each([
    ["link('/practice/')", true],
    ['u: `/cases/${c.id}/`', true],
    ['<a href="/search/">搜索</a>', true],
    ["fetch('/self-check/items.json')", true],
    ["const file = '/data/criteria.json';", true],
    ['link(routes.practice({ q: id }))', false],
    ["// e.g. '/criteria/a4-1/'", false],
    ['/** Site path, e.g. `/criteria/`. */', false],
    ["const url = 'https://www.mem.gov.cn/criteria/';", false],
    ["'/practiceX/'", false],
  ])('finds %s: %s', (source, found) => {
    expect(offenders(source).length > 0).toBe(found);
  });

  it('finds none in src/', async () => {
    const { globSync, readFileSync } = await import('node:fs');
    const files = globSync('src/**/*.{ts,tsx,astro,js,mjs}').filter((f) => f !== 'src/lib/routes.ts');
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => offenders(readFileSync(f, 'utf8')).map((o) => `${f}:${o}`));
    expect(found).toEqual([]);
  });
});

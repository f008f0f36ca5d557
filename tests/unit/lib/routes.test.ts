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

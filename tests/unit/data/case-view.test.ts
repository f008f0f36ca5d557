import { describe, expect, it } from 'vitest';
import { caseSlides, caseView, sectionLines, sectionSearchText } from '../../../src/data/case-view';
import { CASE_SECTIONS, CaseSchema } from '../../../src/schemas/case';
import { must } from '../../must';

// A made-up case: the view logic is tested on plain data, not on the real content (the build tests read that).
const data = (unverified: string[] = []) =>
  CaseSchema.parse({
    title: '某市某金属制品公司粉尘爆炸事故（测试用）',
    date: '2020-01-02',
    place: '某省某市',
    province: 'jiangsu',
    industry: '机械（抛光）',
    topics: ['dust'],
    deaths: 1,
    casualties: '1人死亡',
    summary: '这是一段只用于测试的概要，说明事故的大致经过和后果，不对应任何真实事故。',
    process: ['第一段经过，写得足够长。', '第二段经过，也写得足够长。'],
    directCause: ['直接原因一条'],
    managementCause: ['管理原因一条'],
    lessons: ['教训第一条要记住', '教训第二条要记住', '教训第三条要记住'],
    criteria: [
      { id: 'a11-3', why: '未按规定清理积尘' },
      { id: 'a99-9', why: '没有这一条的标题' },
    ],
    sources: [{ publisher: '某省应急管理厅', document: '事故调查报告' }],
    unverified,
  });
const titles = new Map([['a11-3', { article: 11, item: 3, title: '粉尘清理' }]]);
const view = (unverified?: string[]) => caseView({ id: 'test-case', data: data(unverified) }, titles);

describe('caseView', () => {
  it('lists every section in page order with its label and own URL', () => {
    const v = view();
    expect(v.sections.map((s) => s.id)).toEqual([...CASE_SECTIONS]);
    expect(v.sections.map((s) => s.label)).toEqual(['经过', '直接原因', '管理原因', '教训', '对应条款', '来源']);
    expect(v.sections[1]?.href).toBe('/cases/test-case/direct-cause/');
  });

  it('reads each section from its own field', () => {
    const byId = new Map(view().sections.map((s) => [s.id, s]));
    expect(sectionLines(must(byId.get('process')))).toEqual(['第一段经过，写得足够长。', '第二段经过，也写得足够长。']);
    expect(sectionLines(must(byId.get('management-cause')))).toEqual(['管理原因一条']);
    expect(sectionLines(must(byId.get('lessons')))).toEqual(['教训第一条要记住', '教训第二条要记住', '教训第三条要记住']);
    expect(sectionLines(must(byId.get('sources')))).toEqual(['某省应急管理厅：事故调查报告']);
  });

  it('resolves criteria to clause and title, and falls back to the id when a title is missing', () => {
    expect(view().criteria).toEqual([
      { id: 'a11-3', href: '/criteria/a11-3/', label: '第十一条第（三）项 粉尘清理', why: '未按规定清理积尘' },
      { id: 'a99-9', href: '/criteria/a99-9/', label: 'a99-9', why: '没有这一条的标题' },
    ]);
  });

  it('flags exactly the sections whose field is unverified', () => {
    const flagged = (u: string[]) =>
      view(u)
        .sections.filter((s) => s.unverified)
        .map((s) => s.id);
    expect(flagged([])).toEqual([]);
    expect(flagged(['directCause'])).toEqual(['direct-cause']);
    expect(flagged(['process', 'criteria'])).toEqual(['process', 'criteria']);
    // Date, place and casualties belong to the facts box, not to a section.
    expect(flagged(['casualties'])).toEqual([]);
    expect(view(['casualties']).factsUnverified).toBe(true);
    expect(view(['process']).factsUnverified).toBe(false);
  });

  it('searches a criteria section by its reasons only, not by the criterion titles', () => {
    const s = must(view().sections.find((x) => x.id === 'criteria'));
    expect(sectionSearchText(s)).toBe('未按规定清理积尘 没有这一条的标题');
  });
});

describe('caseSlides', () => {
  it('tells the story in order: title, 经过, 原因, 对应条款, 教训 last, without 来源', () => {
    expect(caseSlides(view()).map((s) => s.title)).toEqual([
      '某市某金属制品公司粉尘爆炸事故（测试用）',
      '经过',
      '直接原因',
      '管理原因',
      '对应条款',
      '教训',
    ]);
  });

  it('marks 待核实 on the slide whose facts are unconfirmed, wherever it sits', () => {
    const marked = (u: string[]) =>
      caseSlides(view(u))
        .filter((s) => s.unverified)
        .map((s) => s.title);
    expect(marked([])).toEqual([]);
    expect(marked(['managementCause'])).toEqual(['管理原因']);
    expect(marked(['criteria', 'date'])).toEqual(['某市某金属制品公司粉尘爆炸事故（测试用）', '对应条款']);
  });

  it('writes criteria slides as "clause title：why"', () => {
    const s = caseSlides(view()).find((x) => x.title === '对应条款');
    expect(s?.lines).toEqual(['第十一条第（三）项 粉尘清理：未按规定清理积尘', 'a99-9：没有这一条的标题']);
  });
});

import { describe, expect, it } from 'vitest';
import { EXACT_FLOOR, highlight, prepare, searchExact, snippet, wantsFuzzy } from '../../../../src/lib/search/engine';
import { normalize, queryTerms } from '../../../../src/lib/search/normalize';
import type { SearchRecord } from '../../../../src/lib/search/records';
import { must } from '../../../must';

const rec = (id: string, over: Partial<SearchRecord>): SearchRecord => ({
  id,
  k: 'criterion',
  t: '',
  w: '',
  l: '',
  b: '',
  u: `/x/${id}/`,
  ...over,
});
const index = prepare([
  rec('title-hit', { t: '高炉炉顶放散阀联锁', l: '高炉炉顶压力……' }),
  rec('body-hit', { t: '煤气设施', b: `${'很长的正文'.repeat(40)}放散阀在这里` }),
  rec('ammonia', { t: '快速冻结装置', l: '使用液氨制冷的企业，快速冻结装置作业间人员超过9人' }),
  rec('ammonia-only', { t: '氨气', l: '氨气泄漏' }),
  rec('q', { k: 'question', t: '放散阀题目', b: '题目解析' }),
  rec('kpa', { t: '水封式排水器', l: '最高封堵煤气压力小于30 kPa' }),
]);
const ids = (q: string) => searchExact(index, q).map((h) => h.r.id);

describe('normalize and terms', () => {
  it('gives what the former character loop gave, on mixed full-width, CJK, astral and punctuation text', () => {
    // The loop normalize() replaced (native replaces are faster on phones); both must agree on every input.
    const loop = (text: string) => {
      let out = '';
      for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
        else if (code === 0x3000) out += ' ';
        else out += ch;
      }
      return out
        .toLowerCase()
        .replace(/[\s\u00a0]+/g, '')
        .replace(/[，。、；：？！“”‘’「」『』《》〈〉（）()【】\[\]{}<>·…—\-_,.;:?!"'`~|/\\]+/g, '');
    };
    const samples = ['３０ ｋＰａ，', '高炉　炉顶（放散阀）：≥30kPa！', '𠮷野家 ＡＢＣ～｛｝', 'İstanbul Ⅸ 〇○ 、。', '\u00a0a\tb\nc'];
    for (let c = 0x20; c < 0x3100; c += 7) samples.push(String.fromCharCode(c, c + 0xfee0 > 0xffff ? 0x41 : c + 0xfee0));
    for (let c = 0xff00; c < 0xff70; c++) samples.push(`x${String.fromCharCode(c)}y`);
    for (const s of samples) expect(normalize(s)).toBe(loop(s));
  });

  it('folds full-width characters and drops spaces and punctuation', () => {
    expect(normalize('３０ ｋＰａ，')).toBe('30kpa');
  });
  it.each([
    ['', []],
    ['   ', []],
    ['，。！', []],
    ['液氨 9人', ['液氨', '9人']],
  ])('terms of %j', (q, expected) => {
    expect(queryTerms(q as string)).toEqual(expected);
  });
  it('caps a very long query', () => {
    expect(queryTerms('液'.repeat(10_000)).join('').length).toBeLessThanOrEqual(100);
  });
});

describe('searchExact', () => {
  it('finds a term deep in a long body, like Ctrl-F', () => {
    expect(ids('放散阀')).toContain('body-hit');
  });
  it('ranks a title hit above a body hit', () => {
    const r = ids('放散阀');
    expect(r.indexOf('title-hit')).toBeLessThan(r.indexOf('body-hit'));
  });
  it('ranks a criterion above a question with the same title weight', () => {
    const r = ids('放散阀');
    expect(r.indexOf('title-hit')).toBeLessThan(r.indexOf('q'));
  });
  it('finds one-character queries', () => {
    expect(ids('氨')).toEqual(expect.arrayContaining(['ammonia', 'ammonia-only']));
  });
  it('does not match 液氨 in text that only has 氨', () => {
    expect(ids('液氨')).toEqual(['ammonia']);
  });
  it('matches numbers with units regardless of spacing and width', () => {
    expect(ids('30kPa')).toEqual(['kpa']);
    expect(ids('３０ｋＰａ')).toEqual(['kpa']);
  });
  it('narrows with several space-separated terms', () => {
    expect(ids('液氨 9人')).toEqual(['ammonia']);
    expect(ids('液氨 30kPa')).toEqual([]);
  });
  it('returns nothing for empty or punctuation-only queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ，。 ')).toEqual([]);
  });
  it('scores every exact hit above the fuzzy floor', () => {
    for (const h of searchExact(index, '放散阀')) expect(h.score).toBeGreaterThan(EXACT_FLOOR);
  });
});

describe('highlighting', () => {
  it('marks every occurrence in the original text, full-width included', () => {
    const segs = highlight('压力30 kPa，不是３０ｋＰａ吗', ['30kpa']);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['30 kPa', '３０ｋＰａ']);
  });
  it('cuts a snippet around the first hit with ellipses', () => {
    const s = snippet(`${'甲'.repeat(100)}放散阀${'乙'.repeat(100)}`, ['放散阀'], 10);
    expect(must(s[0]).text).toBe('…');
    expect(s.find((x) => x.hit)?.text).toBe('放散阀');
    expect(must(s.at(-1)).text).toBe('…');
  });
});

describe('fuzzy fallback', () => {
  it('runs only for one longer term with few exact hits', () => {
    expect(wantsFuzzy('锁气卸灰装', 0)).toBe(true);
    expect(wantsFuzzy('氨', 0)).toBe(false);
    expect(wantsFuzzy('液氨 9人', 0)).toBe(false);
    expect(wantsFuzzy('放散阀', 5)).toBe(false);
  });
});

describe('buildRecords', () => {
  it('makes one record per criterion, numbered article, task, case and case section, and question, with path URLs', async () => {
    const { buildRecords } = await import('../../../../src/lib/search/records');
    const recs = buildRecords({
      criteria: [
        {
          id: 'a4-5',
          clause: '第四条第（五）项',
          title: '高炉炉顶压力',
          statement: '放散阀',
          conditions: [],
          keyFacts: [],
          checks: [],
          misreadings: [],
          devices: [],
          body: '## 为什么\n**高炉**超压',
        },
      ],
      regulations: [
        {
          id: 'work-safety-law',
          title: '安全生产法',
          docNumber: '2021年修正',
          body: '概述',
          articles: [
            { number: 21, title: '七项职责', summary: '主要负责人', points: [], clause: '第二十一条' },
            { title: '无编号', summary: '跳过', points: [], clause: '' },
          ],
        },
        { id: 'work-plan-2024', title: '工作要点', docNumber: '朔应急发', body: '', articles: [] },
      ],
      tasks: [{ number: 7, title: '疏散演练', summary: '每年', original: '7.提高全员应急技能' }],
      cases: [
        {
          id: '2014-kunshan',
          title: '昆山',
          place: '江苏',
          summary: '粉尘',
          sections: [{ id: 'direct-cause', label: '直接原因', text: '积尘' }],
        },
      ],
      questions: [{ id: 'q-a4-5-1', stem: '放散阀？', options: ['甲', '乙'], explanation: '解析', clauses: ['第四条第（五）项'] }],
    });
    expect(recs.map((r) => [r.id, r.k, r.u])).toEqual([
      ['a4-5', 'criterion', '/criteria/a4-5/'],
      ['reg-work-safety-law', 'regulation', '/regulations/work-safety-law/'],
      ['reg-work-safety-law-art-21', 'regulation', '/regulations/work-safety-law/#art-21'],
      ['task-7', 'task', '/regulations/work-plan-2024/task-7/'],
      ['2014-kunshan', 'case', '/cases/2014-kunshan/'],
      ['2014-kunshan/direct-cause', 'case', '/cases/2014-kunshan/direct-cause/'],
      ['q-a4-5-1', 'question', '/practice/?q=q-a4-5-1'],
    ]);
    expect(must(recs[0]).b).toContain('高炉超压');
    expect(must(recs[0]).b).not.toMatch(/[#*]/);
  });
});

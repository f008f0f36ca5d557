import { describe, expect, it } from 'vitest';
import '../../../src/schemas/error-map';
import { zhIssueMessage } from '../../../src/schemas/error-map';
import { formatContentIssues } from '../../../src/lib/content-error';
import { assertRefs, brokenRefs, type KnownIds } from '../../../src/lib/content-refs';
import { collectRefs, knownIds, type ContentSet } from '../../../src/lib/content-graph';
import { findUnofficialUrls, unofficialLinkError } from '../../../src/lib/body-links';
import { CriterionSchema } from '../../../src/schemas/criterion';
import { QuestionSchema } from '../../../src/schemas/question';
import { ChangeSchema } from '../../../src/schemas/change';
import { FactSchema } from '../../../src/schemas/fact';
import { must } from '../../must';

/** Runs a schema on bad data and returns the formatted author message. */
function messageFor(
  schema: { safeParse(d: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  data: unknown,
  file: string,
  id?: string,
) {
  const r = schema.safeParse(data);
  expect(r.success).toBe(false);
  return formatContentIssues(file, id, must(r.error).issues);
}

const HAN = /[\u4e00-\u9fff]/;

describe('zod errors come out in Chinese', () => {
  it.each([
    ['a string that is too short', { code: 'too_small', origin: 'string', minimum: 4, inclusive: true, input: '短' }, '至少要写 4 个字符'],
    ['a list that is too short', { code: 'too_small', origin: 'array', minimum: 1, inclusive: true, input: [] }, '至少要写 1 项'],
    ['a missing field', { code: 'invalid_type', expected: 'string', input: undefined }, '缺少必填字段'],
    ['a wrong type', { code: 'invalid_type', expected: 'number', input: 'x' }, '应为数字，实际是文字'],
    ['an unknown key', { code: 'unrecognized_keys', keys: ['titel'], input: {} }, '有未知字段：titel'],
    ['a value outside an enum', { code: 'invalid_value', values: ['any', 'all'], input: 'or' }, '只能是以下之一：any、all'],
  ])('%s', (_name, issue, expected) => {
    expect(zhIssueMessage(issue as never)).toContain(expected);
  });

  it('a real criterion error names file, field and says it in Chinese (no English zod text)', () => {
    const msg = messageFor(
      CriterionSchema,
      { article: 4, item: 1, title: '短', statement: 'x', extra: 1 },
      'content/criteria/a4-1.mdx',
      'a4-1',
    );
    expect(msg).toContain('content/criteria/a4-1.mdx › a4-1 › 字段 title：至少要写 4 个字符');
    expect(msg).toContain('字段 reviewedOn：缺少必填字段');
    expect(msg).toContain('有未知字段：extra');
    expect(msg).not.toMatch(/Too small|expected|Invalid|Unrecognized/);
  });

  it('every line of a question error is Chinese', () => {
    const msg = messageFor(
      QuestionSchema,
      { id: 'q-x-1', type: 'single', stem: 12, answer: 'A', angle: 'what', difficulty: 5, pool: 'exam' },
      'content/questions/x.yaml',
      'q-x-1',
    );
    for (const line of msg.split('\n').slice(1)) {
      expect(line).toMatch(/^ {2}content\/questions\/x\.yaml › q-x-1 › 字段 \S+：/);
      expect(line.split('：').slice(1).join('：')).toMatch(HAN);
    }
    expect(msg).toContain('字段 pool：只能是以下之一：main、extension');
  });

  it('a message the schema writes itself wins over the map', () => {
    const msg = messageFor(
      ChangeSchema,
      {
        id: 'c-1',
        date: '2026-12-1',
        kind: 'rule',
        title: '标题四字',
        summary: '十个字以上的说明文字。',
        pages: ['changes'],
        confidence: 'V',
      },
      'content/changes.yaml',
      'c-1',
    );
    expect(msg).toContain('日期请写成 YYYY-MM-DD');
    expect(msg).toContain('页面路径写成 /regulations/work-plan-2024/ 这样');
  });

  it('a fact whose detect pattern cannot find its own text is refused', () => {
    const msg = messageFor(
      FactSchema,
      { id: 'f', topic: '主题', text: '97人死亡', confidence: 'V', detect: '146人', source: 'S27' },
      'content/facts.yaml',
      'f',
    );
    expect(msg).toContain('detect 必须能匹配 text 本身');
  });
});

const emptyKnown = (): KnownIds => ({
  criterion: new Set(),
  regulation: new Set(),
  case: new Set(),
  question: new Set(),
  fact: new Set(),
  change: new Set(),
});

describe('an unknown reference fails the build', () => {
  const set: ContentSet = {
    criteria: [
      { id: 'a4-1', file: 'content/criteria/a4-1.mdx', data: { basis: [{ regulation: 'work-safety-law' }], facts: ['no-such-fact'] } },
    ],
    regulations: [{ id: 'work-safety-law', file: 'content/regulations/work-safety-law.mdx', data: { replacedBy: 'gone-law', facts: [] } }],
    cases: [{ id: '2014-k', file: 'content/cases/2014-k.mdx', data: { criteria: [{ id: 'a4-1' }, { id: 'a99-9' }] } }],
    questions: [{ id: 'q-1', file: 'content/questions/a4.yaml', data: { criteria: ['a99-9'], basis: [{ regulation: 'nope' }] } }],
    duties: [],
    kits: [{ id: 'dust', file: 'content/training/kits.yaml', data: { criteria: ['a4-1'] } }],
    changes: [{ id: 'c-1', file: 'content/changes.yaml', data: { criteria: [], regulations: [], questions: ['q-404'] } }],
    facts: [],
  };

  it.each([
    ['a criterion (a99-9) in a case', 'content/cases/2014-k.mdx › 2014-k › 字段 criteria.1.id：引用了不存在的判定标准 “a99-9”'],
    ['a criterion in a question', 'content/questions/a4.yaml › q-1 › 字段 criteria.0：引用了不存在的判定标准 “a99-9”'],
    ['a regulation in a question basis', 'content/questions/a4.yaml › q-1 › 字段 basis.0.regulation：引用了不存在的法规 “nope”'],
    [
      'a successor regulation',
      'content/regulations/work-safety-law.mdx › work-safety-law › 字段 replacedBy：引用了不存在的法规 “gone-law”',
    ],
    ['a question in a change entry', 'content/changes.yaml › c-1 › 字段 questions.0：引用了不存在的题目 “q-404”'],
    ['a shared fact', 'content/criteria/a4-1.mdx › a4-1 › 字段 facts.0：引用了不存在的统一表述'],
  ])('%s', (_name, expected) => {
    expect(brokenRefs(knownIds(set), collectRefs(set)).join('\n')).toContain(expected);
  });

  it('lists exactly the broken ones and throws one error with all of them', () => {
    expect(brokenRefs(knownIds(set), collectRefs(set))).toHaveLength(6);
    expect(() => assertRefs(knownIds(set), collectRefs(set))).toThrow(/内容错误（6 处引用无法解析）/);
  });

  it('passes when every reference resolves', () => {
    const known = emptyKnown();
    (known.criterion as Set<string>).add('a4-1');
    expect(() => assertRefs(known, [{ file: 'f', entry: 'e', field: 'criteria.0', kind: 'criterion', target: 'a4-1' }])).not.toThrow();
  });
});

describe('an unofficial link in an MDX body fails the build', () => {
  it.each([
    ['a Markdown link', '见[转载](http://anzhuopai.com/szb/x.html)。'],
    ['a bare address', '来源：https://thepaper.cn/newsDetail_forward_1'],
    ['an HTML link', '<a href="https://m.wenke99.com/p-1.html">文库</a>'],
    ['a look-alike host', '[假官网](https://gov.cn.evil.com/x)'],
    ['a protocol-relative link', '[镜像](//mirror.example.com/x)'],
  ])('%s', (_name, body) => {
    expect(findUnofficialUrls(`第一行\n${body}`)).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('allows official *.gov.cn pages and internal paths', () => {
    const body =
      '[原文](https://www.mem.gov.cn/gk/x.shtml)、[公报](https://www.gov.cn/gongbao/x.html)、[本站](/criteria/a4-1/)、[重庆](http://cqspb.gov.cn/x)';
    expect(findUnofficialUrls(body)).toEqual([]);
  });

  it('names the file and line in Chinese', () => {
    expect(unofficialLinkError('content/regulations/x.mdx', '正文\n[x](http://mirror.example.com/a)')).toMatch(
      /内容错误（1 处）：正文只能链接官方 \*\.gov\.cn 页面[\s\S]*content\/regulations\/x\.mdx › 正文第 2 行：http:\/\/mirror\.example\.com\/a/,
    );
    expect(unofficialLinkError('content/x.mdx', '[ok](https://www.mem.gov.cn/a)')).toBeUndefined();
  });
});

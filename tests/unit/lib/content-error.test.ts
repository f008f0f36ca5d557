import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlEntries } from '../../../src/lib/yaml-entries';
import { QuestionSchema } from '../../../src/schemas/question';
import { CriterionSchema } from '../../../src/schemas/criterion';
import { formatContentIssues } from '../../../src/lib/content-error';
import { must } from '../../must';

const FILE = 'tests/fixtures/bad-questions.yaml';
const text = readFileSync(FILE, 'utf8');

describe('a content error names the file, the entry and the field', () => {
  it('rejects an answer letter outside the options, naming file, id and field', () => {
    expect(() => parseYamlEntries(text, FILE, QuestionSchema)).toThrow(
      /tests\/fixtures\/bad-questions\.yaml › q-fixture-1 › 字段 answer：答案 C 超出了选项范围/,
    );
  });

  it('reports a missing required field of another entry in the same message', () => {
    expect(() => parseYamlEntries(text, FILE, QuestionSchema)).toThrow(/q-fixture-2 › 字段 explanation/);
  });

  it('rejects YAML that is not a list', () => {
    expect(() => parseYamlEntries('id: x', FILE, QuestionSchema)).toThrow(/应该是一个列表/);
  });

  it('rejects duplicate ids inside one file', () => {
    const dup = `${text.split('- id: q-fixture-2')[0]}${must(text.split('- id: q-fixture-2')[0]).replace(/^/, '')}`;
    expect(() => parseYamlEntries(dup, FILE, QuestionSchema)).toThrow(/id 在本文件中重复/);
  });

  it('formats criterion frontmatter errors with the field path', () => {
    const r = CriterionSchema.safeParse({ article: 4, item: 1, title: '短', statement: 'x' });
    expect(r.success).toBe(false);
    const msg = formatContentIssues('content/criteria/a4-1.mdx', undefined, must(r.error).issues);
    expect(msg).toContain('content/criteria/a4-1.mdx › 字段 title');
    expect(msg).toContain('content/criteria/a4-1.mdx › 字段 statement');
  });

  it('rejects an article-14 item without devices and a mirror-site link', async () => {
    const { OfficialUrlSchema } = await import('../../../src/schemas/common');
    expect(OfficialUrlSchema.safeParse('https://www.mem.gov.cn/gk/x.shtml').success).toBe(true);
    expect(OfficialUrlSchema.safeParse('http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html').success).toBe(false);
    expect(OfficialUrlSchema.safeParse('https://gov.cn.evil.com/x').success).toBe(false);
  });
});

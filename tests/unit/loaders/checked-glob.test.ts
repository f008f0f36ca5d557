import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import '../../../src/schemas/error-map';
import { checkedGlob } from '../../../src/loaders/checked-glob';
import { FactSchema } from '../../../src/schemas/fact';
import { must } from '../../must';

/** A folder with MDX files, and the parts of Astro's loader context that glob() uses. */
function fixture(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'checked-glob-'));
  mkdirSync(path.join(root, 'content', 'things'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', 'things', name), text);
  const entries = new Map<string, { id: string; data: unknown; body?: string; filePath?: string }>();
  const ctx = {
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection: 'things',
    logger: { warn: () => {}, error: () => {}, info: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (s: string) => String(s.length),
    entryTypes: new Map([
      [
        '.mdx',
        {
          getEntryInfo: ({ contents }: { contents: string }) => {
            const m = must(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(contents));
            return { data: parse(must(m[1])), body: must(m[2]) };
          },
        },
      ],
    ]),
    store: {
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      get: (id: string) => entries.get(id),
      set: (e: { id: string; data: unknown; body?: string; filePath?: string }) => void entries.set(e.id, e),
      delete: (id: string) => void entries.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
  };
  return { root, ctx, entries };
}

const FACT = (text: string) => `---\nid: f\ntopic: 主题\ntext: ${text}\nconfidence: V\ndetect: 97人\nsource: S27\n---\n`;
let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

/** Runs the loader over the files and returns its error message, or '' when it loaded them. */
async function load(files: Record<string, string>): Promise<{ error: string; count: number }> {
  const { root, ctx, entries } = fixture(files);
  roots.push(root);
  try {
    await checkedGlob('*.mdx', './content/things', FactSchema).load(ctx as never);
    return { error: '', count: entries.size };
  } catch (e) {
    return { error: (e as Error).message, count: entries.size };
  }
}

describe('the MDX loader refuses bad content in Chinese, naming file, entry and field', () => {
  it('loads a good entry', async () => {
    expect(await load({ 'good.mdx': `${FACT('30日报告期内97人死亡')}正文，链接[官方](https://www.mem.gov.cn/a)。\n` })).toEqual({
      error: '',
      count: 1,
    });
  });

  it('a frontmatter error names file › entry › field with a Chinese message', async () => {
    const { error } = await load({ 'bad.mdx': `---\nid: f\ntopic: 主\ntext: 97人\nconfidence: X\ndetect: 97人\nsource: S27\n---\n` });
    expect(error).toContain('content/things/bad.mdx › bad › 字段 topic：至少要写 2 个字符');
    expect(error).toContain('content/things/bad.mdx › bad › 字段 confidence：只能是以下之一：V、V2、V-repo、M');
    expect(error).toContain('字段 text：至少要写 6 个字符');
    expect(error).not.toMatch(/Too small|Invalid option|expected/);
  });

  it('a mirror-site link in the body names the file and the line', async () => {
    const { error } = await load({
      'mirror.mdx': `${FACT('30日报告期内97人死亡')}第一段。\n\n见[转载](http://anzhuopai.com/szb/x.html)。\n`,
    });
    expect(error).toMatch(/正文只能链接官方 \*\.gov\.cn 页面/);
    expect(error).toContain('content/things/mirror.mdx › 正文第 3 行：http://anzhuopai.com/szb/x.html');
  });
});

/**
 * Size budgets on the built site (gzip, as a static host serves it), one row per page type: the HTML must arrive in one
 * round trip (≤ 14 kB, the first TCP window) and the JS a page loads at start stays within its budget.
 * The first search must load only part of the index. `npm run bench` prints the same figures as a table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/pipeline';
import { ShardedIndex } from '../../src/lib/search/sharded';
import { ROOT } from './site';
import { must } from '../must';
import { JS_BUDGETS } from '../../scripts/size-budgets.mjs';

const DIST = path.join(ROOT, 'dist');
const gz = (rel: string) => gzipSync(readFileSync(path.join(DIST, rel))).length;
const kB = (n: number) => n / 1024;

/** JS a page loads at start: module scripts, island components and renderers, with their static imports. */
function pageJs(page: string): number {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) entries.add(must(m[1]));
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(must(m[1]));
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const src = readFileSync(path.join(DIST, rel), 'utf8');
    for (const m of src.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g))
      visit(path.posix.join(path.posix.dirname(rel), must(m[1])));
  };
  for (const e of entries) visit(e.replace(/^\//, ''));
  let bytes = [...seen].reduce((n, f) => n + gz(f), 0);
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) bytes += gzipSync(must(m[1])).length;
  return bytes;
}

const HTML_KB = 14;
/** Long reading pages may pass one round trip: the top of the page is in the first 14 kB and paints while the rest arrives. */
const HTML_KB_FOR: Record<string, number> = { 'regulations/work-plan-2024/index.html': 16 };
const PAGES = JS_BUDGETS;

describe('size budgets (gzip)', () => {
  it.each(PAGES)(`%s (%s): HTML ≤ ${HTML_KB} kB, JS within budget`, (_type, page, jsKb) => {
    expect(kB(gz(page)), `${page} HTML`).toBeLessThanOrEqual(HTML_KB_FOR[page] ?? HTML_KB);
    expect(kB(pageJs(page)), `${page} JS`).toBeLessThanOrEqual(jsKb);
  });

  it('self-check items and the bank are files, not island props', () => {
    for (const page of ['self-check/index.html', 'self-check/report/index.html', 'practice/index.html']) {
      const html = readFileSync(path.join(DIST, page), 'utf8');
      expect(html).not.toMatch(/props="[^"]{2000,}"/);
      expect(html).toMatch(/<link rel="preload" as="fetch"[^>]+\.json"/);
    }
  });

  it('the first search loads the search code and at most 60 kB of index before its first results', async () => {
    const loaded: string[] = [];
    const index = new ShardedIndex(async (p) => {
      loaded.push(p);
      return JSON.parse(readFileSync(path.join(DIST, p), 'utf8')) as unknown;
    });
    let firstShown: string[] | undefined;
    await runSearch(index, '放散阀', { makeFuse: async () => ({ search: () => [] }), onPartial: () => (firstShown = [...loaded]) });
    const beforeFirst = firstShown ?? loaded;
    const bytes = pageJs('search/index.html') + beforeFirst.reduce((n, p) => n + gz(p), 0);
    expect(kB(bytes)).toBeLessThanOrEqual(60);
  });
});

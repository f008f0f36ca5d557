import { describe, expect, it } from 'vitest';
import { idsOf, linksOf, readPages, resolveTarget } from './site';

// Each built variant: the root build and the sub-path build (BASE_PATH=/anquan/).
const VARIANTS = [
  { outDir: 'dist', base: '/' },
  { outDir: 'dist-subpath', base: '/anquan/' },
];

describe.each(VARIANTS)('internal links in $outDir (base $base)', ({ outDir, base }) => {
  const pages = readPages(outDir);
  const byFile = new Map(pages.map((p) => [p.file, p]));

  it('has built pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every internal link and #fragment resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const { url, line } of linksOf(page.html)) {
        if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(url) || url === '') continue;
        const u = new URL(url, `http://site${base}${page.file.replace(/index\.html$/, '')}`);
        const target = resolveTarget(outDir, base, u.pathname);
        if (!target) {
          broken.push(`${page.file}:${line} → ${url}（页面不存在）`);
          continue;
        }
        const frag = decodeURIComponent(u.hash.slice(1));
        if (frag && target.endsWith('.html')) {
          const html = byFile.get(target)?.html ?? '';
          if (!idsOf(html).has(frag)) broken.push(`${page.file}:${line} → ${url}（${target} 中没有 #${frag}）`);
        }
      }
    }
    expect(broken, broken.slice(0, 30).join('\n')).toEqual([]);
  });

  it('no page links to a non-official outside site', () => {
    const bad: string[] = [];
    for (const page of pages) {
      // Canonical links and printed addresses point at the site itself (its build address); everything else must be official.
      const own = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
      const ownOrigin = own ? new URL(own).origin : undefined;
      for (const { url, line } of linksOf(page.html)) {
        if (!/^https?:/.test(url)) continue;
        const u = new URL(url);
        if (u.origin === ownOrigin) continue;
        if (!/(^|\.)gov\.cn$/.test(u.hostname)) bad.push(`${page.file}:${line} → ${url}`);
      }
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });
});

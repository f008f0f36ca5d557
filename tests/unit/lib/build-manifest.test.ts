import { describe, expect, it } from 'vitest';
import {
  buildId,
  islandEntries,
  largestFirst,
  moduleGraph,
  precacheFiles,
  preloadOrder,
  scriptEntries,
  stampHtml,
  staticImports,
} from '../../../src/lib/build-manifest';

describe('precacheFiles', () => {
  it('keeps code, data and app pages, as page paths', () => {
    const files = [
      '_astro/PracticeApp.abc.js',
      'practice/index.html',
      'practice/bank/0.json',
      'criteria/a4-1/index.html',
      'self-check/items.json',
      'favicon.svg',
      'robots.txt',
    ];
    expect(precacheFiles(files)).toEqual([
      '_astro/PracticeApp.abc.js',
      'favicon.svg',
      'practice/',
      'practice/bank/0.json',
      'self-check/items.json',
    ]);
  });
});

describe('buildId', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('is the same for the same files in any order and changes with any byte', () => {
    const a = { file: 'a.js', bytes: bytes('1') };
    const b = { file: 'b.js', bytes: bytes('2') };
    expect(buildId([a, b])).toBe(buildId([b, a]));
    expect(buildId([a, b])).toMatch(/^[0-9a-f]{12}$/);
    expect(buildId([a, { ...b, bytes: bytes('3') }])).not.toBe(buildId([a, b]));
  });
});

describe('the island module graph', () => {
  it('finds static relative imports and skips dynamic ones', () => {
    const src = `import{a as b}from"./chunk.js";export{c}from'../x/y.js';const m=import("./lazy.js");`;
    expect(staticImports(src)).toEqual(['./chunk.js', '../x/y.js']);
  });

  it('finds island components, renderers and module scripts of a page', () => {
    const html = `<astro-island component-url="/_astro/A.js" renderer-url="/_astro/client.js"></astro-island><script type="module" src="/_astro/page.js"></script>`;
    expect(islandEntries(html)).toEqual(['/_astro/A.js', '/_astro/client.js']);
    expect(scriptEntries(html)).toEqual(['/_astro/page.js']);
  });

  it('walks the imports from the entries, each module once, and skips unknown ones', () => {
    const files: Record<string, string> = {
      '/_astro/A.js': `import"./b.js";import"./c.js";`,
      '/_astro/b.js': `import"./c.js";`,
      '/_astro/c.js': `import"./missing.js";`,
    };
    expect(moduleGraph(['/_astro/A.js'], (u) => files[u])).toEqual(['/_astro/A.js', '/_astro/b.js', '/_astro/c.js']);
  });
});

describe('largestFirst', () => {
  it('asks for the largest module first and keeps the graph order between equal sizes', () => {
    const size: Record<string, number> = { a: 10, b: 900, c: 10, d: 300 };
    expect(largestFirst(['a', 'b', 'c', 'd'], (u) => size[u] ?? 0)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('preloadOrder', () => {
  it('asks for the islands’ modules first, largest first, then what only the page scripts need', () => {
    const html =
      '<astro-island component-url="/_astro/App.js" renderer-url="/_astro/client.js"></astro-island>' +
      '<script type="module" src="/_astro/header.js"></script>';
    const files: Record<string, string> = {
      '/_astro/App.js': `import"./preact.js";import"./helper.js";${'x'.repeat(50)}`,
      '/_astro/client.js': `export{t as default}from"./preact.js";`,
      '/_astro/preact.js': 'p'.repeat(500),
      '/_astro/helper.js': 'h',
      '/_astro/header.js': `import"./helper.js";${'y'.repeat(900)}`,
    };
    expect(preloadOrder(html, (u) => files[u])).toEqual([
      '/_astro/preact.js',
      '/_astro/App.js',
      '/_astro/client.js',
      '/_astro/helper.js',
      '/_astro/header.js',
    ]);
  });
});

describe('stampHtml', () => {
  const page = '<html><head><title>x</title><style>a{}</style></head><body></body></html>';

  it('adds the build id and preloads before the inline styles', () => {
    const out = stampHtml(page, 'abc123', ['/_astro/A.js']);
    expect(out).toContain('<meta name="gmaq-build" content="abc123"><link rel="modulepreload" href="/_astro/A.js"><style>');
  });

  it('leaves a page that is already stamped alone', () => {
    const once = stampHtml(page, 'abc123', []);
    expect(stampHtml(once, 'other', ['/_astro/B.js'])).toBe(once);
  });
});

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEXT_EXTENSIONS } from '../../scripts/astro/precompress.mjs';
import { ROOT, readPages } from './site';

// What a static host needs from the build: a strict CSP on every page, and .br/.gz beside every text file.
const VARIANTS = ['dist', 'dist-subpath'];

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) textFiles(p, out);
    else if (TEXT_EXTENSIONS.includes(path.extname(name))) out.push(p);
  }
  return out;
}

describe.each(VARIANTS)('deployable build in %s', (outDir) => {
  const pages = readPages(outDir);

  it('every page carries one strict Content-Security-Policy <meta>, before any script or style', () => {
    const bad: string[] = [];
    for (const { file, html } of pages) {
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
      const policy = metas[0]?.[1] ?? '';
      if (metas.length !== 1) bad.push(`${file}：${metas.length} 个 CSP`);
      else if (!/script-src 'self'/.test(policy) || !/style-src 'self'/.test(policy) || /unsafe-inline|unsafe-eval/.test(policy))
        bad.push(`${file}：策略不严格`);
      const first = html.search(/<(script|style|link rel="stylesheet")/);
      if (first !== -1 && first < (metas[0]?.index ?? Infinity)) bad.push(`${file}：CSP 之前已有脚本或样式`);
    }
    expect(bad, bad.slice(0, 20).join('\n')).toEqual([]);
  });

  it('no page has an inline event handler, style attribute or javascript: link the policy would refuse', () => {
    const bad: string[] = [];
    for (const { file, html } of pages) {
      // Attributes only, not text inside <script>/<style> or page text.
      const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
      for (const m of markup.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)=["'][^>]*>/gi)) bad.push(`${file}：${m[0].slice(0, 80)}`);
      if (/href="javascript:/i.test(markup)) bad.push(`${file}：javascript: 链接`);
    }
    expect(bad, bad.slice(0, 20).join('\n')).toEqual([]);
  });

  it('every text file has a .br and a .gz that decompress to it', () => {
    const files = textFiles(path.join(ROOT, outDir));
    expect(files.length).toBeGreaterThan(300);
    const bad: string[] = [];
    for (const f of files) {
      const raw = readFileSync(f);
      try {
        if (!brotliDecompressSync(readFileSync(`${f}.br`)).equals(raw)) bad.push(`${f}.br 内容不符`);
        if (!gunzipSync(readFileSync(`${f}.gz`)).equals(raw)) bad.push(`${f}.gz 内容不符`);
      } catch (e) {
        bad.push(`${f}：${(e as Error).message}`);
      }
    }
    expect(bad, bad.slice(0, 20).join('\n')).toEqual([]);
  });

  it('no page prints a placeholder address', () => {
    const bad = pages.filter((p) => /https?:\/\/[^"'\s<]*example\.(org|com|net)/.test(p.html)).map((p) => p.file);
    expect(bad).toEqual([]);
  });
});

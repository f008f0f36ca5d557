/** Reads a built site (dist/ or dist-subpath/) for the build checks. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { must } from '../must';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Page {
  /** Path relative to the out dir, e.g. criteria/a4-1/index.html. */
  file: string;
  html: string;
}

/** Lists every HTML file of an out dir. */
export function readPages(outDir: string): Page[] {
  const abs = path.join(ROOT, outDir);
  if (!existsSync(abs)) throw new Error(`${outDir} 不存在：先运行 astro build`);
  const out: Page[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push({ file: path.relative(abs, p).split(path.sep).join('/'), html: readFileSync(p, 'utf8') });
    }
  };
  walk(abs);
  return out;
}

/** Every href/src value with its 1-based line number. */
export function linksOf(html: string): { url: string; line: number }[] {
  const out: { url: string; line: number }[] = [];
  const re = /\s(?:href|src)="([^"]*)"/g;
  for (const m of html.matchAll(re)) {
    out.push({ url: must(m[1]).replace(/&amp;/g, '&'), line: html.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Every id attribute value of a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => must(m[1])));
}

/** Resolves a site path under the base to a file in the out dir, or undefined. */
export function resolveTarget(outDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const abs = path.join(ROOT, outDir, rel);
  for (const candidate of [abs, path.join(abs, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile())
      return path.relative(path.join(ROOT, outDir), candidate).split(path.sep).join('/');
  }
  return undefined;
}

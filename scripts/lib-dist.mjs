/** Helpers for the benchmark scripts: build once, serve dist/ with gzip on loopback, and follow JS imports. */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = path.resolve('dist');
/**
 * What a first search downloads, as both search benchmarks count it: the page's code, the search index files, and the
 * question chunks, which are the practice bank's (src/lib/practice/bank-chunks.ts).
 */
export const SEARCH_ENGINE_FILES = /\/_astro\/.*\.js$|\/search\/.*\.json$|\/practice\/bank\/.*\.json$/;

/** Builds the site unless --no-build is given and dist/ exists. */
export function ensureBuild() {
  if (process.argv.includes('--no-build') && existsSync(DIST)) return;
  const r = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // A local build for measuring only: no deployment address needed (see scripts/astro/site-url.mjs).
    env: { PREVIEW_SITE_URL: 'http://localhost:4321/', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error('astro build failed');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Serves an out dir (dist/ by default) on 127.0.0.1 with gzip for text, as a static host would.
 * Returns { url, close, stall(on) }: while stalled, requests get no answer (a server behind a weak signal).
 */
export function serveDist(root = DIST) {
  let stalled = false;
  const held = [];
  const server = createServer((req, res) => {
    if (stalled) return void held.push(res);
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(root, p);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404);
      return res.end('not found');
    }
    const ext = path.extname(file);
    let body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (/text|json|javascript|svg/.test(headers['Content-Type']) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  const release = () => held.splice(0).forEach((r) => r.destroy());
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        stall: (on) => {
          stalled = on;
          if (!on) release();
        },
        close: () => {
          release();
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}

/** Gzip bytes of inline module scripts in a page (small scripts Astro inlines). */
export function inlineScriptBytes(pageRel) {
  const html = readFileSync(path.join(DIST, pageRel), 'utf8');
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
}

/** Gzip size of a file in dist/. */
export const gz = (rel, root = DIST) => gzipSync(readFileSync(path.join(root, rel))).length;

/** All JS files a module pulls in through static imports (not dynamic import()), itself included. */
export function staticGraph(rel, seen = new Set()) {
  if (seen.has(rel)) return seen;
  seen.add(rel);
  const src = readFileSync(path.join(DIST, rel), 'utf8');
  for (const m of src.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    staticGraph(path.posix.join(path.posix.dirname(rel), m[1]), seen);
  }
  return seen;
}

/** The JS a page loads at start: module scripts and island component and renderer URLs, with their static imports. */
export function pageScripts(pageRel) {
  const html = readFileSync(path.join(DIST, pageRel), 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    for (const i of m[1].matchAll(/["'](\/_astro\/[^"']+\.js)["']/g)) entries.add(i[1]);
  const all = new Set();
  for (const e of entries) staticGraph(e.replace(/^\//, ''), all);
  return [...all];
}

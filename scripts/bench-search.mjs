#!/usr/bin/env node
/**
 * `npm run bench:search`: builds the site once, indexes the same pages with Pagefind (zh-CN), and runs the golden set
 * (tests/search/golden.json) through both in Chromium, served with gzip on loopback. Prints recall@5, bytes transferred
 * on the first search, and median / p95 query time. Then the same at 10× content (synthetic, built in a temp copy by
 * scripts/lib-synthetic.mjs; `--1x` skips it). At 10× the golden ids are still the originals, so copies that rank
 * alongside them can lower recall@5 for both engines alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { DIST, ensureBuild, SEARCH_ENGINE_FILES, serveDist } from './lib-dist.mjs';
import { findBrowser } from './find-browser.mjs';
import { buildTempSite, makeTempSite, removeTempSite } from './lib-tempsite.mjs';
import { multiplyContent } from './lib-synthetic.mjs';

const golden = JSON.parse(readFileSync('tests/search/golden.json', 'utf8')).queries;
ensureBuild();

function pagefind(root) {
  rmSync(path.join(root, 'pagefind'), { recursive: true, force: true });
  const pf = spawnSync('npx', ['pagefind', '--site', root, '--quiet'], { stdio: 'inherit' });
  if (pf.status !== 0) throw new Error('pagefind failed');
}

/** Maps a page URL or a record id to the id the golden set uses. */
function idOf(x) {
  const p = x.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  let m;
  if ((m = /^\/criteria\/(a\d+-\d+)\//.exec(p))) return m[1];
  if ((m = /^\/cases\/([^/]+)\//.exec(p))) return m[1];
  if ((m = /^\/regulations\/work-plan-2024\/(task-\d+)\//.exec(p))) return m[1];
  return x.split('/')[0];
}
const pct = (arr, q) => {
  const s = [...arr].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const browser = await findBrowser();
if (browser.error) throw new Error(browser.error);
const launched = await chromium.launch({
  executablePath: browser.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let server;

/** Runs the golden set; `engineFiles` says which requests are the engine's code and index (counted as first-search bytes). */
async function measure(name, engineFiles, setup, run) {
  // No service worker: it would answer from its cache and hide the bytes a first visit really transfers.
  const context = await launched.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let bytes = 0;
  const urls = new Map();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (engineFiles.test(urls.get(e.requestId) ?? '')) bytes += e.encodedDataLength;
  });
  await setup(page);
  const before = 0;
  const times = [];
  let found = 0;
  let wanted = 0;
  let firstBytes = 0;
  for (const [i, g] of golden.entries()) {
    const { ms, ids } = await run(page, g.q);
    if (i === 0) {
      await page.waitForTimeout(300);
      firstBytes = bytes - before;
    }
    times.push(ms);
    const top = ids.slice(0, 5).map(idOf);
    for (const id of g.expect) {
      wanted++;
      if (top.includes(id)) found++;
    }
  }
  await context.close();
  return {
    engine: name,
    'recall@5': (found / wanted).toFixed(3),
    'first-search kB': (firstBytes / 1024).toFixed(1),
    'median ms': pct(times, 0.5).toFixed(1),
    'p95 ms': pct(times, 0.95).toFixed(1),
  };
}

const ours = (label) =>
  measure(
    `本站（sharded substring + fuse）${label}`,
    SEARCH_ENGINE_FILES,
    (page) => page.goto(`${server.url}/search/`),
    async (page, q) => {
      await page.getByRole('searchbox', { name: '搜索' }).fill(q);
      const region = await page.waitForSelector(`[aria-label="搜索结果"][data-query="${q.replace(/"/g, '\\"')}"]`);
      // Engine time (matching, ranking, snippets) as the island measured it with performance.now().
      const ms = Number(await region.getAttribute('data-ms'));
      const ids = await page
        .locator('li[data-rank]')
        .evaluateAll((els) => els.sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank)).map((e) => e.dataset.id));
      return { ms, ids };
    },
  );
const pagefindRun = (label) =>
  measure(
    `Pagefind 1.6 (zh-CN)${label}`,
    /\/pagefind\//,
    async (page) => {
      await page.goto(`${server.url}/about/`);
      await page.evaluate(async () => {
        window.pf = await import('/pagefind/pagefind.js');
        await window.pf.init();
      });
    },
    async (page, q) =>
      page.evaluate(async (query) => {
        const t0 = performance.now();
        const r = await window.pf.search(query);
        const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        return { ms: performance.now() - t0, ids: data.map((d) => d.url) };
      }, q),
  );

async function both(root, label) {
  pagefind(root);
  server = await serveDist(root);
  try {
    return [await ours(label), await pagefindRun(label)];
  } finally {
    server.close();
    rmSync(path.join(root, 'pagefind'), { recursive: true, force: true });
  }
}

const rows = await both(DIST, ' 1×');
if (!process.argv.includes('--1x')) {
  const site = makeTempSite(process.cwd(), 'gmaq-bench-search-10x-');
  try {
    multiplyContent(site);
    buildTempSite(site, path.join(site, 'dist'));
    rows.push(...(await both(path.join(site, 'dist'), ' 10×')));
  } finally {
    removeTempSite(site);
  }
}
console.table(rows);
await launched.close();

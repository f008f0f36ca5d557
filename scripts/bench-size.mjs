#!/usr/bin/env node
/**
 * `npm run bench`: size budgets, measured on the built site (gzip, as a static host serves it).
 * Reading pages must ship 0 JS; app pages within their JS budgets (scripts/size-budgets.mjs); app pages' HTML ≤ 14 kB.
 * The same budgets, for every page type, run in `npm test` (tests/build/size-budgets.test.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, ensureBuild, gz, inlineScriptBytes, pageScripts } from './lib-dist.mjs';
import { jsBudget } from './size-budgets.mjs';

ensureBuild();
const kb = (n) => (n / 1024).toFixed(1);
const sum = (files) => files.reduce((s, f) => s + gz(f), 0);
const pageJs = (p) => sum(pageScripts(p)) + inlineScriptBytes(p);
const lazy = (dir, prefix) =>
  readdirSync(path.join(DIST, dir))
    // The build's precompressed copies (.br, .gz) are not files a browser fetches by name.
    .filter((f) => f.startsWith(prefix) && !/\.(br|gz)$/.test(f))
    .map((f) => `${dir}/${f}`);

const rows = [];
const budget = (name, bytes, limit, note = '') =>
  rows.push({
    name,
    kB: kb(bytes),
    budget: limit === null ? '—' : `${limit}`,
    ok: limit === null || bytes / 1024 <= limit ? 'yes' : 'NO',
    note,
  });

for (const p of [
  'index.html',
  'regulations/index.html',
  'regulations/work-plan-2024/index.html',
  'regulations/work-plan-2024/original/index.html',
])
  budget(`JS on ${p}`, pageJs(p), 0);
budget('criterion page JS (copy-link, "/" shortcut)', pageJs('criteria/a4-1/index.html'), null);
budget('self-check islands (page load)', pageJs('self-check/index.html'), jsBudget('self-check/index.html'));
budget('self-check report island', pageJs('self-check/report/index.html'), jsBudget('self-check/report/index.html'));
budget(
  'hazard ledger (page load)',
  pageJs('self-check/ledger/index.html'),
  jsBudget('self-check/ledger/index.html'),
  'the .xlsx writer loads on the export click',
);
budget(
  'practice islands (page load)',
  pageJs('practice/index.html'),
  jsBudget('practice/index.html'),
  'FSRS scheduler loads on first answer',
);
budget(
  'practice bank, all chunks (practice/bank/*.json)',
  sum(lazy('practice/bank', '')),
  null,
  'practice and search read the same chunks',
);
budget('practice bank, first chunk (preloaded)', gz('practice/bank/0.json'), null, '顺序练习 starts on it');
budget('self-check items.json (preloaded by self-check and report)', gz('self-check/items.json'), null, 'was inlined as props twice');
for (const p of ['self-check/index.html', 'self-check/report/index.html', 'practice/index.html'])
  budget(`HTML ${p}`, gz(p), 14, 'one round trip');
const searchCode = pageJs('search/index.html');
const fuse = sum(lazy('_astro', 'fuse'));
const avg = (dir) => {
  const files = lazy(dir, '');
  return sum(files) / files.length;
};
budget('search code (page load)', searchCode, jsBudget('search/index.html'), `fuzzy fallback adds ${kb(fuse)} kB only when needed`);
budget('search manifest (search/index.json)', gz('search/index.json'), null);
budget('search dictionary shard, average', avg('search/g'), null, `${lazy('search/g', '').length} shards; a query loads 1–3`);
budget('search chunk, average', avg('search/c'), null, `${lazy('search/c', '').length} chunks; a query loads those that can match`);
budget(
  'largest HTML page',
  Math.max(
    ...['criteria/a4-1/index.html', 'regulations/work-plan-2024/original/index.html', 'cases/2014-kunshan-zhongrong/index.html'].map((p) =>
      gz(p),
    ),
  ),
  null,
);

console.table(rows);
const bad = rows.filter((r) => r.ok === 'NO');
console.log(bad.length ? `over budget: ${bad.map((r) => r.name).join('; ')}` : 'all size budgets met');
process.exit(bad.length ? 1 : 0);

#!/usr/bin/env node
/**
 * `npm run bench`: size budgets, measured on the built site (gzip, as a static host serves it).
 * Reading pages must ship 0 JS; self-check ≤ 35 kB; practice ≤ 40 kB (bank loaded as data); search code + index ≤ 150 kB on first use.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, ensureBuild, gz, inlineScriptBytes, pageScripts } from './lib-dist.mjs';

ensureBuild();
const kb = (n) => (n / 1024).toFixed(1);
const sum = (files) => files.reduce((s, f) => s + gz(f), 0);
const pageJs = (p) => sum(pageScripts(p)) + inlineScriptBytes(p);
const lazy = (dir, prefix) =>
  readdirSync(path.join(DIST, dir))
    .filter((f) => f.startsWith(prefix))
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
budget('self-check islands (page load)', pageJs('self-check/index.html'), 35);
budget('self-check report island', pageJs('self-check/report/index.html'), 35);
budget('practice islands (page load)', pageJs('practice/index.html'), 40, 'FSRS scheduler loads on first answer');
budget('practice bank.json (fetched on first use)', gz('practice/bank.json'), null, 'data, not inlined');
const searchCode = pageJs('search/index.html');
const fuse = sum(lazy('_astro', 'fuse'));
budget('search code (page load)', searchCode, null);
budget('search index.json', gz('search/index.json'), null);
budget('search first use: code + index', searchCode + gz('search/index.json'), 150, `fuzzy fallback adds ${kb(fuse)} kB only when needed`);
budget(
  'largest HTML page',
  Math.max(
    ...['criteria/a4-1/index.html', 'regulations/work-plan-2024/original/index.html', 'cases/2014-kunshan-zhongrong/index.html'].map(gz),
  ),
  null,
);

console.table(rows);
const bad = rows.filter((r) => r.ok === 'NO');
console.log(bad.length ? `over budget: ${bad.map((r) => r.name).join('; ')}` : 'all size budgets met');
process.exit(bad.length ? 1 : 0);

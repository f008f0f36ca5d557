#!/usr/bin/env node
/**
 * `npm test`: every test in one command, ending with the line CI reads: "N passed, N failed".
 * Order: static checks → unit, dom, content → build at / and under a sub-path → build checks on dist/ → e2e in Chromium.
 *
 * The summary can only be green when the tests really ran: a runner that exits non-zero is a failure even if its JSON
 * report looks clean, and a suite whose report holds fewer tests (or files) than the suite has is a failure too.
 * Run through scripts/node22.mjs (package.json), so it is on Node >= 22.12 here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { ensureBrowser } from './find-browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args, extra = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } }).status ?? 1;
const npx = (args, extra) => run('npx', args, extra);
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];
const fail = (message, count = 1) => {
  failed += count;
  problems.push(message);
};

/** Resolves to `port` if it can be listened on at 127.0.0.1 (0 = any free port), else rejects. */
function listenable(port) {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      const got = srv.address().port;
      srv.close(() => resolve(got));
    });
  });
}

/**
 * Lists the tests of several vitest projects in one `vitest list` call, by project. One call, not one per project: each
 * call starts vitest and collects its files again (four calls took 15 s here, one call 3 s).
 */
function listVitest(projects) {
  const file = `reports/${projects.join('-')}.list.json`;
  npx(['vitest', 'list', ...projects.flatMap((p) => ['--project', p]), `--json=${file}`], {});
  const byProject = new Map();
  for (const t of readJson(file) ?? []) byProject.set(t.projectName, [...(byProject.get(t.projectName) ?? []), t]);
  return byProject;
}

/**
 * Runs one vitest project and counts its results. Compares with a static listing of the project first: every listed
 * file must be in the report, and the report must hold at least as many tests as the listing (each/loops only add).
 */
function vitest(project, listed = listVitest([project]).get(project) ?? []) {
  const out = `reports/${project}.json`;
  const status = npx(['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const r = readJson(out);
  if (!r) return fail(`${project}: 没有生成测试报告（vitest 退出码 ${status}）`);
  passed += r.numPassedTests;
  let bad = r.numFailedTests;
  // A file that fails to load has no tests but must still count as a failure.
  bad += (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (skipped) fail(`${project}: ${skipped} 项被跳过（不允许静默跳过）`, skipped);
  const reportedFiles = new Set((r.testResults ?? []).map((t) => t.name));
  const missingFiles = [...new Set(listed.map((t) => t.file))].filter((f) => !reportedFiles.has(f));
  if (missingFiles.length) fail(`${project}: ${missingFiles.length} 个测试文件不在报告里：${missingFiles.join(', ')}`, missingFiles.length);
  if (r.numTotalTests < listed.length) fail(`${project}: 报告只有 ${r.numTotalTests} 项测试，少于项目中的 ${listed.length} 项`);
  if (bad) fail(`${project}: ${bad} 项失败`, bad);
  else if (status !== 0) fail(`${project}: vitest 退出码 ${status}，但报告里没有失败项`);
}

/**
 * Runs whole-tree checks (lint, format, types, dependencies) at the same time, each counted as one test. They are
 * single-threaded, so side by side they keep both cores busy: eslint + prettier + astro check took 173 s one after
 * another and 108 s together here. Each one's output is held and printed whole when it ends, in the order given.
 */
async function checks(list) {
  const results = await Promise.all(
    list.map(
      ([label, cmd, args]) =>
        new Promise((resolve) => {
          const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
          const out = [];
          child.stdout.on('data', (d) => out.push(d));
          child.stderr.on('data', (d) => out.push(d));
          child.on('error', (e) => resolve({ label, status: 1, output: String(e) }));
          child.on('close', (code) => resolve({ label, status: code ?? 1, output: Buffer.concat(out).toString() }));
        }),
    ),
  );
  for (const { label, status, output } of results) {
    process.stdout.write(`\n── ${label} ──\n${output}`);
    if (status === 0) passed++;
    else fail(`${label} 未通过（退出码 ${status}）`);
  }
}

/** Playwright: the report must hold every test `--list` finds, and the exit code must agree with it. */
function e2e(extra) {
  const listFile = 'reports/e2e.list.json';
  npx(['playwright', 'test', '--list', '--reporter=json'], { ...extra, PLAYWRIGHT_JSON_OUTPUT_NAME: listFile });
  let listed = 0;
  const walk = (s) => {
    for (const spec of s.specs ?? []) listed += spec.tests.length;
    for (const child of s.suites ?? []) walk(child);
  };
  (readJson(listFile)?.suites ?? []).forEach(walk);
  if (listed === 0) fail('e2e: playwright --list 没有找到任何测试');

  const status = npx(['playwright', 'test'], extra);
  const report = readJson('reports/e2e.json');
  if (!report) return fail(`e2e: 没有生成测试报告（playwright 退出码 ${status}）`);
  const s = report.stats;
  passed += s.expected + (s.flaky ?? 0);
  if (s.unexpected) fail(`e2e: ${s.unexpected} 项失败`, s.unexpected);
  if (s.skipped) fail(`e2e: ${s.skipped} 项被跳过或没有运行（不允许静默跳过）`, s.skipped);
  const ran = s.expected + s.unexpected + (s.flaky ?? 0) + s.skipped;
  if (ran < listed) fail(`e2e: 报告只有 ${ran} 项测试，少于 --list 找到的 ${listed} 项`, listed - ran);
  // e.g. the web server could not start: Playwright exits 1 with an error outside any test.
  const errors = (report.errors ?? []).map((e) => e.message?.split('\n')[0]).filter(Boolean);
  if (errors.length) fail(`e2e: ${errors.join('；')}`);
  else if (status !== 0 && !s.unexpected) fail(`e2e: playwright 退出码 ${status}，但报告里没有失败项`);
}

// `--only=e2e,unit` runs some steps (checks, unit, dom, types, content, build, e2e) while working on them; `build` and `e2e`
// then reuse dist/ as it is. The summary says so, so a partial run is never mistaken for `npm test`.
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const step = (name) => !only || only.includes(name);
if (only) console.log(`只运行：${only.join(', ')}（不是完整的 npm test）`);

// e2e port: E2E_PORT if set (must be free), else any free port; the build is made for that address.
let port;
try {
  port = await listenable(Number(process.env.E2E_PORT) || 0);
} catch {
  port = undefined;
}
const localSite = port ? `http://127.0.0.1:${port}/` : 'http://127.0.0.1:4321/';

// 0. Static checks (each counts as one test).
if (step('checks')) {
  await checks([
    ['eslint', 'npx', ['eslint', '.']],
    ['prettier --check', 'npx', ['prettier', '--check', '.']],
    ['astro check', 'npx', ['astro', 'check']],
    ['依赖检查（scripts/check-deps.mjs）', 'node', ['scripts/check-deps.mjs']],
  ]);
}

// 1. Unit, DOM, type (*.test-d.ts, checked by tsc: a schema that drifts from its lib type fails here) and content tests.
const early = ['unit', 'dom', 'types', 'content'].filter(step);
const earlyListed = early.length ? listVitest(early) : new Map();
for (const project of early) vitest(project, earlyListed.get(project) ?? []);

// 2. Builds, at the root and under a sub-path to prove links survive a base. Both are local builds: their printed
//    QR codes point to the e2e server's address (the build says so); a deployment sets SITE_URL instead.
let built = true;
if (!only) {
  const root = npx(['astro', 'build'], { PREVIEW_SITE_URL: localSite }) === 0;
  const sub = root && npx(['astro', 'build'], { PREVIEW_SITE_URL: localSite, BASE_PATH: '/anquan/', OUT_DIR: './dist-subpath' }) === 0;
  built = root && sub;
  if (!built) fail(`astro build 失败${root ? '（子路径构建）' : ''}`);
}
if (built) {
  // 3. Checks over dist/ and dist-subpath/.
  if (step('build')) vitest('build');

  // 4. End-to-end in a real Chromium.
  if (step('e2e')) {
    const browser = await ensureBrowser();
    if (browser.error) {
      console.error(browser.error);
      fail(`e2e 未运行：${browser.error}`);
    } else if (!port) {
      fail(`e2e 未运行：E2E_PORT=${process.env.E2E_PORT} 已被占用，请换一个端口或不设置它（会自动找空闲端口）。`);
    } else {
      console.log(`e2e：浏览器 ${browser.path ?? 'Playwright 自带'}（${browser.from}），端口 ${port}`);
      e2e({ E2E_PORT: String(port), ...(browser.path ? { CHROMIUM_PATH: browser.path } : {}) });
    }
  }
}

if (problems.length) console.log(`\n问题：\n- ${problems.join('\n- ')}`);
if (only) console.log(`\n（只运行了 ${only.join(', ')}）`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

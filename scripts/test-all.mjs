#!/usr/bin/env node
/**
 * `npm test`: every test in one command, ending with the line CI reads: "N passed, N failed".
 * Order: unit + content (no build needed) → build at / and under a sub-path → build checks on dist/ → e2e in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args, extra = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } }).status ?? 1;
const npx = (args, extra) => run('npx', args, extra);
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function readVitest(file, label) {
  if (!existsSync(file)) {
    failed++;
    problems.push(`${label}: 没有生成测试报告`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that fails to load has no tests but must still count as a failure.
  const broken = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0);
  failed += broken.length;
  if (r.numFailedTests || broken.length) problems.push(`${label}: ${r.numFailedTests + broken.length} 项失败`);
}

const vitest = (project, out) =>
  npx(['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);

/** Counts a whole-tree check (lint, format, types) as one test. */
function check(label, args) {
  if (npx(args) === 0) passed++;
  else {
    failed++;
    problems.push(`${label} 未通过`);
  }
}

// 0. Static checks: lint, format, types (each counts as one test).
check('eslint', ['eslint', '.']);
check('prettier --check', ['prettier', '--check', '.']);
check('astro check', ['astro', 'check']);

// 1. Unit, DOM and content tests.
vitest('unit', 'reports/unit.json');
readVitest('reports/unit.json', 'unit');
vitest('dom', 'reports/dom.json');
readVitest('reports/dom.json', 'dom');
vitest('content', 'reports/content.json');
readVitest('reports/content.json', 'content');

// 2. Builds: at the root, and under a sub-path to prove links survive a base.
const built = npx(['astro', 'build']) === 0;
const builtSub = npx(['astro', 'build'], { BASE_PATH: '/anquan/', OUT_DIR: './dist-subpath' }) === 0;
if (!built || !builtSub) {
  failed++;
  problems.push(`astro build 失败${built ? '（子路径构建）' : ''}`);
} else {
  // 3. Checks over dist/ and dist-subpath/.
  vitest('build', 'reports/build.json');
  readVitest('reports/build.json', 'build');

  // 4. End-to-end in a real Chromium.
  const browser = await findBrowser();
  if (browser.error) {
    failed++;
    problems.push(`e2e 未运行：${browser.error}`);
    console.error(browser.error);
  } else {
    npx(['playwright', 'test'], browser.path ? { CHROMIUM_PATH: browser.path } : {});
    if (existsSync('reports/e2e.json')) {
      const s = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats;
      passed += s.expected + (s.flaky ?? 0);
      failed += s.unexpected;
      if (s.skipped) {
        failed += s.skipped;
        problems.push(`e2e: ${s.skipped} 项被跳过（不允许静默跳过）`);
      }
      if (s.unexpected) problems.push(`e2e: ${s.unexpected} 项失败`);
    } else {
      failed++;
      problems.push('e2e: 没有生成测试报告');
    }
  }
}

if (problems.length) console.log(`\n问题：\n- ${problems.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

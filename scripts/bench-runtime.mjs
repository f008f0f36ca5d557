#!/usr/bin/env node
/**
 * `npm run bench:runtime`: how long saving takes where users feel it, on a phone-class CPU (Chromium, CPU 4× slower).
 * A device with a 200-exam history (100 questions each) and 367 questions' progress is set up in IndexedDB; then
 * - answer: tap an option in a 100-question mock exam → the next frame is painted (the write is dispatched in the tap);
 * - submit: tap 交卷 on a fully answered 100-question exam: the tap handler (scoring and the one write for exam, progress
 *   and the end of the attempt), and until the result page with the score is painted (the result view renders
 *   per-topic tables and a 100-cell answer sheet).
 * Prints median and p95 of each (ms). Targets (issue "saved work is never lost"): answer p95 ≤ 50, submit p95 ≤ 100.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { DIST, ensureBuild, serveDist } from './lib-dist.mjs';

const ANSWERS = 30;
const SUBMITS = 12;
const pct = (arr, q) => [...arr].sort((a, b) => a - b)[Math.min(arr.length - 1, Math.floor(q * arr.length))];

ensureBuild();
const bank = JSON.parse(readFileSync(path.join(DIST, 'practice/bank.json'), 'utf8'));
const ids = bank.map((q) => q.id);
const browser = await findBrowser();
if (browser.error) throw new Error(browser.error);
const launched = await chromium.launch({
  executablePath: browser.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const server = await serveDist();
const context = await launched.newContext({
  viewport: { width: 390, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  serviceWorkers: 'block',
});
const page = await context.newPage();
page.on('dialog', (d) => void d.accept());
await page.goto(`${server.url}/practice/`);
await page.getByRole('button', { name: '开始模拟考试' }).waitFor();

/** Puts a long-time user's data straight into IndexedDB: history, progress, and `attempts` exams of 100 questions. */
async function seed(attempts, answered) {
  await page.evaluate(
    async ({ ids, attempts, answered }) => {
      const db = await new Promise((res) => {
        const r = indexedDB.open('gmaq');
        r.onsuccess = () => res(r.result);
      });
      const tx = db.transaction('records', 'readwrite');
      const st = tx.objectStore('records');
      const at = new Date().toISOString();
      const paper = ids.slice(0, 100);
      for (let i = 0; i < 200; i++) {
        const id = `ex-bench${i}`;
        const when = new Date(Date.UTC(2026, 0, 1) + i * 3600e3).toISOString();
        const data = {
          id,
          at: when,
          kind: 'exam',
          seed: `b${i}`,
          code: 'BENCH0',
          questionIds: paper,
          answers: Object.fromEntries(paper.map((q) => [q, [0]])),
          score: 60,
          passed: false,
          passMark: 80,
          seconds: 600,
        };
        st.put({ key: `exam:${id}`, kind: 'exam', id, v: 1, at, data });
      }
      for (const q of ids) {
        const data = { stats: { n: 3, right: 2, last: true, at }, wrong: { streak: 0, lastWrong: at, misses: 1 }, ts: {}, updatedAt: at };
        st.put({ key: `qp:${q}`, kind: 'qp', id: q, v: 1, at, data });
      }
      for (let k = 0; k < attempts; k++) {
        const id = `at-bench${k}`;
        const data = {
          kind: 'exam',
          seed: `s${k}`,
          ids: paper,
          answers: answered ? Object.fromEntries(paper.map((q) => [q, [0]])) : {},
          index: answered ? 99 : 0,
          startedAt: Date.now(),
          minutes: 0,
          passMark: 80,
          ts: {},
          updatedAt: answered ? `2099-01-01T00:00:0${k}.000Z` : at,
        };
        st.put({ key: `attempt:${id}`, kind: 'attempt', id, v: 1, at, data });
      }
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    },
    { ids, attempts, answered },
  );
}

const cdp = await context.newCDPSession(page);
/** Time from a tap to the next painted frame, measured in the page. */
const tapToFrame = (selector) =>
  page.evaluate(
    (sel) =>
      new Promise((resolve) => {
        const el = document.querySelector(sel);
        const t0 = performance.now();
        el.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      }),
    selector,
  );

// Answers: one open 100-question exam.
await seed(1, false);
await page.reload();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.getByRole('button', { name: '继续考试' }).click();
const answer = [];
for (let i = 0; i < ANSWERS; i++) {
  await page.locator('label.option input').first().waitFor();
  answer.push(await tapToFrame('label.option input'));
  await page.getByRole('button', { name: '下一题 ›' }).click();
}

// Submits: fully answered exams, each submitted from its last question.
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await seed(SUBMITS, true);
const submit = [];
const submitTap = [];
for (let k = 0; k < SUBMITS; k++) {
  await page.goto(`${server.url}/practice/`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.getByRole('button', { name: '继续考试' }).first().click();
  await page.locator('.pager button', { hasText: '交卷' }).waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const [tap, shown] = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        [...document.querySelectorAll('.pager button')].find((b) => b.textContent.includes('交卷')).click();
        // The tap handler itself: scoring, and the one write (exam, progress, end of attempt) dispatched.
        const tap = performance.now() - t0;
        const done = () =>
          document.querySelector('[data-testid="score"]') ? resolve([tap, performance.now() - t0]) : requestAnimationFrame(done);
        requestAnimationFrame(done);
      }),
  );
  submitTap.push(tap);
  submit.push(shown);
}
const history = await page.evaluate(async () => {
  const db = await new Promise((res) => {
    const r = indexedDB.open('gmaq');
    r.onsuccess = () => res(r.result);
  });
  const n = await new Promise((res) => {
    const q = db.transaction('records').objectStore('records').index('kind').count('exam');
    q.onsuccess = () => res(q.result);
  });
  db.close();
  return n;
});
await launched.close();
server.close();

const row = (what, xs, target) => `| ${what} | ${xs.length} | ${pct(xs, 0.5).toFixed(0)} | ${pct(xs, 0.95).toFixed(0)} | ≤ ${target} |`;
console.log(`\nCPU 4× slower, history of ${history} exams (100 questions each), ${ids.length} questions' progress\n`);
console.log('| Action | samples | median ms | p95 ms | target p95 |');
console.log('| --- | --- | --- | --- | --- |');
console.log(row('answer (tap → next frame)', answer, 50));
console.log(row('submit 100 questions: tap handler (score + the one write)', submitTap, 100));
console.log(row('submit 100 questions: tap → result page with score painted', submit, '—'));

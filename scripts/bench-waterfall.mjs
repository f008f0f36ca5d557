#!/usr/bin/env node
/**
 * `npm run bench:waterfall -- /practice/`: one cold load of a page under the bench:load profile (390 px, CPU 4× slower,
 * 400 kbps / 400 ms RTT, gzip), printing every request with its start, end and bytes, so a slow "usable" time can be
 * traced to the request chain behind it. For /practice/ it taps 继续顺序练习 and waits for the question; for /search/?q=
 * it waits for the first result. Uses dist/ as built (run a build first); `--dist=DIR` measures another out dir.
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { DIST, serveDist } from './lib-dist.mjs';
import { findBrowser } from './find-browser.mjs';

const target = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/practice/';
const distArg = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const server = await serveDist(distArg ? path.resolve(distArg) : DIST);
const found = await findBrowser();
if (found.error) throw new Error(found.error);
const browser = await chromium.launch({
  executablePath: found.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const ctx = await browser.newContext({
  viewport: { width: 390, height: 800 },
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  serviceWorkers: 'block',
});
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000, offline: false });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const reqs = new Map();
let t0;
cdp.on('Network.requestWillBeSent', (e) => {
  t0 ??= e.timestamp;
  reqs.set(e.requestId, { url: e.request.url.replace(server.url, ''), start: e.timestamp });
});
cdp.on('Network.loadingFinished', (e) => {
  const r = reqs.get(e.requestId);
  if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
});
await page.goto(server.url + target, { waitUntil: 'commit' });
let tapped;
if (target.startsWith('/practice')) {
  await page.getByRole('button', { name: '继续顺序练习' }).click({ timeout: 60_000 });
  tapped = await page.evaluate(() => performance.now());
  await page.locator('article.question').waitFor({ timeout: 60_000 });
} else if (target.startsWith('/search')) {
  await page.locator('li[data-rank]').first().waitFor({ timeout: 60_000 });
} else {
  await page.waitForLoadState('load');
}
const done = await page.evaluate(() => performance.now());
const nav = await page.evaluate(() => {
  const n = performance.getEntriesByType('navigation')[0];
  return { html: n.responseEnd, dcl: n.domContentLoadedEventEnd };
});
const ms = (s) => (s === undefined ? '     —' : String(Math.round((s - t0) * 1000)).padStart(6));
console.log(
  `HTML ${Math.round(nav.html)} ms · DOMContentLoaded ${Math.round(nav.dcl)} ms` +
    (tapped ? ` · tapped ${Math.round(tapped)} ms` : '') +
    ` · done ${Math.round(done)} ms`,
);
console.log(' start    end   bytes  url');
let total = 0;
for (const r of [...reqs.values()].sort((a, b) => a.start - b.start)) {
  total += r.bytes ?? 0;
  console.log(`${ms(r.start)} ${ms(r.end)} ${String(r.bytes ?? '—').padStart(7)}  ${r.url}`);
}
console.log(`${reqs.size} requests, ${(total / 1024).toFixed(1)} kB transferred`);
await browser.close();
server.close();

/**
 * Offline with the service worker on, against our own static host (tests/e2e/static-server.ts) so a test can deploy a
 * second build over the first and make the server stall. Uses the plain Playwright test: the host runs on its own port.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTempSite, makeTempSite, removeTempSite } from '../../scripts/lib-tempsite.mjs';
import { wrongChoice } from './practice-helpers';
import { waitForOfflineSet } from './service-worker';
import { hostForEachTest } from './static-server';
import { must } from '../must';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');

const server = hostForEachTest(DIST);

const buildOf = (page: Page) => page.locator('meta[name="gmaq-build"]').getAttribute('content');

/** Number of questions the practice page says its bank holds. */
async function bankCount(page: Page): Promise<number> {
  const note = page.getByText(/题库 \d+ 题/);
  await expect(note).toBeVisible({ timeout: 15_000 });
  const shown = async () => Number(must(/题库 (\d+) 题/.exec((await note.textContent()) ?? ''))[1]);
  // The start screen shows the first chunk's count at once and the whole bank's when every chunk is in: wait for the
  // count the bank manifest the page reads announces (a page of one build with another build's chunks never gets there).
  const total = await page.evaluate(async () => ((await (await fetch('/practice/bank/index.json')).json()) as { total: number }).total);
  await expect.poll(shown, { timeout: 15_000 }).toBe(total);
  return total;
}

/** Answers the open practice question wrongly, using the bank's answer key (read through the worker). */
async function answerWrong(page: Page) {
  const card = page.locator('article.question').first();
  const id = must(await card.locator('input').first().getAttribute('name')).replace(/^q-/, '');
  // The answer key from the bank chunks the page itself reads (the whole-bank file is not part of the offline set).
  const bank = (await page.evaluate(async () => {
    const m = (await (await fetch('/practice/bank/index.json')).json()) as { chunks: number };
    const parts = await Promise.all(Array.from({ length: m.chunks }, (_, i) => fetch(`/practice/bank/${i}.json`).then((r) => r.json())));
    return parts.flat();
  })) as { id: string; options: string[]; answer: number[] }[];
  const q = must(bank.find((x) => x.id === id));
  for (const wrong of wrongChoice(q))
    await card
      .locator('label.option')
      .filter({ hasText: must(q.options[wrong]) })
      .first()
      .locator('input')
      .check();
  await card.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByText('回答错误')).toBeVisible();
}

test('only /self-check/ was opened online: /practice/ and the report still open offline', async ({ page, context }) => {
  await page.goto(`${server().url}/self-check/`);
  await waitForOfflineSet(page);
  await context.setOffline(true);
  await page.goto(`${server().url}/practice/`);
  expect(await bankCount(page)).toBeGreaterThan(300);
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await expect(page.locator('article.question')).toBeVisible();
  await page.goto(`${server().url}/self-check/report/`);
  await expect(page.getByText(/还没有打开的自查/)).toBeVisible();
  await context.setOffline(false);
});

test('offline, a wrong answer records a review card and the QR button works', async ({ page, context }) => {
  await page.goto(`${server().url}/practice/`);
  await waitForOfflineSet(page);
  await context.setOffline(true);
  await page.reload();
  // The FSRS scheduler is a chunk loaded on the first answer: it was never fetched online.
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await answerWrong(page);
  await page.getByRole('button', { name: /返回练习首页/ }).click();
  await expect(page.getByTestId('wrong-count')).toHaveText('1');
  // A card answered wrong is due again within minutes: look half an hour ahead.
  await page.clock.install({ time: Date.now() + 30 * 60 * 1000 });
  await page.reload();
  await expect(page.getByTestId('due-count')).toHaveText('1');
  // The QR code library is another lazy chunk, on a page never opened online.
  await page.goto(`${server().url}/practice/paper/`);
  // The paper builder draws its QR code by itself (it always matches the form).
  await expect(page.locator('.qr-svg svg').first()).toBeVisible();
  await context.setOffline(false);
});

test('the server stalls: the page comes from the cache at once and is revalidated in the background', async ({ page }) => {
  await page.goto(`${server().url}/practice/`);
  await waitForOfflineSet(page);
  const count = await bankCount(page);
  server().stall(true);
  const before = server().requests.length;
  const response = await page.goto(`${server().url}/practice/`);
  expect(response?.fromServiceWorker()).toBe(true);
  expect(await bankCount(page)).toBe(count);
  // The worker still asked the server for the page (the background revalidation), which never answered.
  await expect.poll(() => server().requests.slice(before)).toContain('/practice/');
  server().stall(false);
});

test.describe('a deploy over a cached build', () => {
  let siteB = '';
  let distB = '';
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    siteB = makeTempSite(ROOT, 'gmaq-build-b-');
    distB = path.join(siteB, 'dist-b');
    // Build B: the same site with its last general question removed.
    const file = path.join(siteB, 'content/questions/general.yaml');
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(file, yaml.slice(0, yaml.lastIndexOf('\n- id: ') + 1));
    buildTempSite(siteB, distB);
  });
  test.afterAll(() => removeTempSite(siteB));

  test('code and bank always come from the same build; 刷新 switches to B; B works offline', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto(`${server().url}/practice/`);
    await waitForOfflineSet(page);
    const buildA = await buildOf(page);
    const countA = await bankCount(page);

    server().deploy(distB);
    await page.goto(`${server().url}/practice/`);
    const first = { build: await buildOf(page), count: await bankCount(page) };
    // The first load after the deploy is all A (from the cache), never B's page with A's bank or the reverse.
    expect(first).toEqual({ build: buildA, count: countA });

    // B installs in the background; the page offers it quietly.
    const notice = page.getByRole('status').filter({ hasText: '新版本已就绪' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await notice.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => buildOf(page), { timeout: 15_000 }).not.toBe(buildA);
    const second = { build: await buildOf(page), count: await bankCount(page) };
    expect(second.count).toBe(countA - 1);
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('gmaq-')))).toEqual([`gmaq-${second.build}`]);

    await context.setOffline(true);
    await page.reload();
    expect({ build: await buildOf(page), count: await bankCount(page) }).toEqual(second);
    await page.goto(`${server().url}/self-check/`);
    expect(await buildOf(page)).toBe(second.build);
    await context.setOffline(false);
  });
});

test('reading pages ship no service-worker registration', async ({ page }) => {
  await page.goto(`${server().url}/`);
  expect(await page.locator('offline-support').count()).toBe(0);
});

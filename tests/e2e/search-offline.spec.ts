/**
 * A ?q= link offline, with the service worker on: the early script's requests (search/g/*, search/c/*) and the inline
 * manifest must come from the precached set. Own static host, as in offline.spec.ts.
 */
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { waitForOfflineSet } from './service-worker';
import { hostForEachTest } from './static-server';

const DIST = path.resolve(import.meta.dirname, '../../dist');

const server = hostForEachTest(DIST);

test('only /practice/ was opened online: a /search/?q= link still answers offline', async ({ page, context }) => {
  await page.goto(`${server().url}/practice/`);
  await waitForOfflineSet(page);
  await context.setOffline(true);
  await page.goto(`${server().url}/search/?q=${encodeURIComponent('放散阀')}`);
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('status')).toHaveText(/^找到 \d+ 条结果$/, { timeout: 15_000 });
  await expect(results.locator('li[data-id="a4-5"]')).toBeVisible();
  expect(await page.evaluate(() => '__searchEarly' in window)).toBe(true);
  await context.setOffline(false);
});

import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('practice opened once works again with no network', async ({ page, context }) => {
  await page.goto('/practice/');
  await expect(page.getByText(/题库 \d+ 题/)).toBeVisible();
  // Wait until the service worker controls the page and has stored what the page loaded.
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    if (!reg.active || !keys.length) return false;
    const cache = await caches.open(keys[0]!);
    return !!(await cache.match('/practice/bank.json')) && !!(await cache.match('/practice/', { ignoreSearch: true }));
  });
  // Every script the page loaded must be stored too (the second report comes after the islands hydrate).
  await page.waitForFunction(
    async () => {
      const cache = await caches.open((await caches.keys())[0]!);
      const scripts = performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.includes('/_astro/'));
      const stored = await Promise.all(scripts.map((u) => cache.match(u)));
      return scripts.length > 0 && stored.every(Boolean);
    },
    undefined,
    { timeout: 15_000 },
  );
  // The page reports again 3 s after the worker is ready; let that finish before the network goes.
  await page.waitForTimeout(3500);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/题库 \d+ 题/)).toBeVisible();
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await expect(page.locator('article.question')).toBeVisible();
  await context.setOffline(false);
});

test('reading pages ship no service-worker registration', async ({ page }) => {
  await page.goto('/');
  expect(await page.locator('offline-support').count()).toBe(0);
});

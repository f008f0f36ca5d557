import { readFileSync } from 'node:fs';
import { expect, expectAxeClean, test } from './fixtures';

const golden = JSON.parse(readFileSync('tests/search/golden.json', 'utf8')) as { queries: { q: string; expect: string[] }[] };

test(`the golden set (${golden.queries.length} queries) finds every expected item on the first screen of its group`, async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: '搜索' });
  const misses: string[] = [];
  for (const { q, expect: ids } of golden.queries) {
    await box.fill(q);
    // The first query also waits for the index (~130 kB gzip) to load and be prepared.
    await expect(page.getByRole('region', { name: '搜索结果' })).toHaveAttribute('data-query', q, { timeout: 20_000 });
    const groups = await page
      .locator('[aria-label="搜索结果"] ul.results')
      .evaluateAll((uls) => uls.map((ul) => [...ul.querySelectorAll('li')].slice(0, 5).map((li) => li.getAttribute('data-id'))));
    for (const id of ids) if (!groups.some((g) => g.includes(id))) misses.push(`${q} → ${id}`);
  }
  expect(misses).toEqual([]);
});

test('a shared /search/?q= link shows results on a cold load', async ({ page }) => {
  await page.goto('/search/?q=%E9%94%81%E6%B0%94%E5%8D%B8%E7%81%B0');
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.locator('li[data-id="a11-6"]')).toBeVisible();
  await expect(results.locator('li[data-id="a11-6"] mark').first()).toHaveText('锁气卸灰');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('锁气卸灰');
});

test('keyboard: / opens search in place, arrows move, Enter goes, Esc clears', async ({ page }) => {
  await page.goto('/criteria/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/criteria\/$/);
  const box = dialog.getByRole('searchbox', { name: '搜索' });
  await expect(box).toBeFocused();
  await box.pressSequentially('放散阀');
  await expect(dialog.locator('li[data-id="a4-5"]')).toBeVisible();
  // The 题目 group arrives after the others and re-renders the list: move through it once it is complete.
  await expect(dialog.getByRole('status').filter({ hasText: /^找到 \d+ 条结果$/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a.result-link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a.result-link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.fill('放散阀');
  await expect(dialog.locator('li[data-id="a4-5"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/criteria\/a4-5\/$/);
});

test('the keyboard position and focus survive the late 题目 group', async ({ page }) => {
  // Hold the question bank (the 题目 group's records) until the user has moved into the results.
  let release = () => {};
  const moved = new Promise<void>((r) => (release = r));
  await page.route('**/practice/bank/*.json', async (route) => {
    await moved;
    await route.continue();
  });
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.pressSequentially('煤气');
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('status')).toHaveText(/^已找到 \d+ 条，正在加载题目…$/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = results.locator('a.result-link').nth(1);
  await expect(second).toBeFocused();
  const id = await second.locator('xpath=..').getAttribute('data-id');
  await expect(results.locator('section h2', { hasText: '题目' })).toHaveCount(0);
  release();
  await expect(results.locator('section h2', { hasText: '题目' })).toBeVisible();
  await expect(results.getByRole('status')).toHaveText(/^找到 \d+ 条结果$/);
  // The same result keeps the focus, and the arrows go on from it.
  await expect(page.locator(`li[data-id="${id}"] a.result-link`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.locator('a.result-link').nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`li[data-id="${id}"] a.result-link`)).toBeFocused();
});

test('Esc clears the box on the search page', async ({ page }) => {
  await page.goto('/search/?q=放散阀');
  const box = page.getByRole('searchbox', { name: '搜索' });
  await expect(page.locator('li[data-id="a4-5"]')).toBeVisible();
  await box.focus();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
});

test('the header link opens search in place where JS runs, and is a plain link on reading pages', async ({ page }) => {
  await page.goto('/cases/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
  await expect(page.getByRole('dialog', { name: '搜索' }).getByRole('searchbox')).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/$/);
  await page.getByRole('dialog', { name: '搜索' }).getByRole('searchbox').fill('昆山');
  await expect(page.getByRole('dialog').locator('li[data-id="2014-kunshan-zhongrong"]')).toBeVisible();
  await expectAxeClean(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('the index is not loaded until the search page is used', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().includes('/search/index.json') && loaded.push(r.url()));
  await page.goto('/criteria/a4-1/');
  // After load and an idle period every script the page starts by itself (client:idle included) has run.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5000 })));
  expect(loaded).toEqual([]);
});

test('text typed before the island hydrates is searched once it does', async ({ page }) => {
  // Hold the island's script until the text is typed: typing is then certain to happen before hydration.
  let release = () => {};
  const typed = new Promise<void>((r) => (release = r));
  await page.route('**/_astro/SearchApp*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'domcontentloaded' });
  await page.locator('#search-q').fill('锁气卸灰');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  release();
  await expect(page.locator('li[data-id="a11-6"]')).toBeVisible({ timeout: 15_000 });
});

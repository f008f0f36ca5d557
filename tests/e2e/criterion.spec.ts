import { expect, test } from './fixtures';

test('a criterion page states the clause, its logic and site checks, and copy-link gives the path URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/criteria/a12-2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第十二条第（二）项');
  await expect(page.getByText('或者', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '现场怎么查' })).toBeVisible();
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText('已复制')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/criteria/a12-2/');
  expect(copied).not.toContain('#');
});

test('prev and next stay inside the article', async ({ page }) => {
  await page.goto('/criteria/a12-1/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/criteria/a12-2/');
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
});

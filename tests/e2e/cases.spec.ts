import { expect, test } from './fixtures';

test('a section link opens that section without any #fragment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/cases/2014-kunshan-zhongrong/');
  await page.locator('#direct-cause').getByRole('button', { name: '复制本节链接' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/cases/2014-kunshan-zhongrong/direct-cause/');
  const link = page.locator('#direct-cause').getByRole('link', { name: '本节单独链接' });
  await expect(link).toHaveAttribute('href', '/cases/2014-kunshan-zhongrong/direct-cause/');
  await page.goto('/cases/2014-kunshan-zhongrong/direct-cause/');
  await expect(page.getByRole('heading', { level: 2, name: /直接原因/ })).toBeVisible();
  await expect(page.locator('section#direct-cause p').first()).toBeVisible();
});

for (const path of ['/cases/2014-kunshan-zhongrong/handout/', '/training/dust/handout/']) {
  test(`print emulation of ${path} fits one A4 page, hides navigation and has a QR code`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-nav')).toBeHidden();
    await expect(page.locator('.qr-svg svg')).toHaveCount(1);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
}

test('print emulation of a case page hides the site navigation', async ({ page }) => {
  await page.goto('/cases/2014-kunshan-zhongrong/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
});

test('present mode moves one section per screen by keyboard and taps', async ({ page }) => {
  await page.goto('/cases/2014-kunshan-zhongrong/present/');
  const current = page.locator('.slide.is-current');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('data-index', '0');
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveAttribute('data-index', '1');
  await expect(current.locator('h1')).toHaveText('经过');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveAttribute('data-index', '1');
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(current).toHaveAttribute('data-index', '2');
});

test('printed pages show the full address after internal links', async ({ page, baseURL: _b }) => {
  await page.goto('/criteria/a4-1/');
  await page.emulateMedia({ media: 'print' });
  const after = await page
    .locator('main a[href="/regulations/major-hazard-criteria/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/regulations/major-hazard-criteria/');
  expect(after).toMatch(/https?:\/\//);
});

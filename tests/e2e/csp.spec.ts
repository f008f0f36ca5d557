import { expect, test } from './fixtures';

// Every page carries a strict Content-Security-Policy as <meta http-equiv> (astro.config.mjs › security.csp). Chromium
// enforces it here; the `cspViolations` fixture fails any test on a refusal. These tests make sure each island actually
// runs under it (an island blocked by the policy stays on its server-rendered "正在加载…" forever).

const ISLAND_PAGES = [
  ['自查', '/self-check/'],
  ['自查报告', '/self-check/report/'],
  ['隐患台账', '/self-check/ledger/'],
  ['练习', '/practice/'],
  ['统一试卷', '/practice/paper/'],
  ['搜索', '/search/?q=液氨'],
] as const;

async function policyOf(page: import('@playwright/test').Page) {
  const metas = page.locator('meta[http-equiv="content-security-policy"]');
  await expect(metas).toHaveCount(1);
  return (await metas.getAttribute('content')) ?? '';
}

for (const [name, path] of ISLAND_PAGES) {
  test(`${name} (${path}) hydrates every island under the strict policy`, async ({ page }) => {
    await page.goto(path);
    const policy = await policyOf(page);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/style-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    const islands = page.locator('astro-island');
    expect(await islands.count()).toBeGreaterThan(0);
    // Astro drops the `ssr` attribute once an island has hydrated: the real signal that its script ran.
    for (const island of await islands.all()) await island.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByText('正在加载…')).toHaveCount(0);
  });
}

test('search answers a query under the policy', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.locator('#search-q').fill('锁气卸灰');
  await expect(page.locator('li[data-id="a11-6"]')).toBeVisible();
});

test('the in-place search dialog and the present mode run under the policy', async ({ page }) => {
  await page.goto('/cases/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await dialog.getByRole('searchbox').fill('昆山');
  await expect(dialog.locator('li[data-id="2014-kunshan-zhongrong"]')).toBeVisible();
  await page.goto('/cases/2014-kunshan-zhongrong/present/');
  await policyOf(page);
  await expect(page.locator('h1').first()).toBeVisible();
});

test('the policy is really enforced: an injected inline script and a style attribute are refused and reported', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/criteria/a4-1/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    const p = document.createElement('p');
    p.setAttribute('style', 'color: red');
    document.body.append(p);
    // Violation events are queued as tasks: let them fire before reading the result.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return w.injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  expect(cspViolations.join('\n')).toMatch(/style-src/);
  // Expected here; clear them so the fixture's own check (which fails every other test on a violation) passes.
  cspViolations.length = 0;
});

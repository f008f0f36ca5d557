import { expect, test } from './fixtures';

// The search page's inline early script (src/islands/search/early-script.ts) and the island's take-over of its requests.

const FANG = '/search/?q=%E6%94%BE%E6%95%A3%E9%98%80'; // 放散阀

test('a ?q= link asks for its shards and chunk before the island code runs, and the island reuses them', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (/^\/(search\/.+\.json|practice\/bank\/.+\.json)$/.test(p)) asked.push(p);
  });
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  // Hold the island's code until the early requests are seen: they cannot come from the island.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_astro/SearchApp*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(FANG, { waitUntil: 'commit' });
  await expect.poll(() => asked.filter((p) => p.startsWith('/search/c/')).length).toBeGreaterThan(0);
  expect(asked.some((p) => p.startsWith('/search/g/'))).toBe(true);
  // The manifest is in the page; question-bank chunks wait for the island (they are large).
  expect(asked).not.toContain('/search/index.json');
  expect(asked.filter((p) => p.startsWith('/practice/bank/'))).toEqual([]);
  release();
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('status')).toHaveText(/^找到 \d+ 条结果$/);
  await expect(results.locator('li[data-id="a4-5"]')).toBeVisible();
  // No file twice: the island took over the early requests instead of starting its own.
  expect(asked.length).toBe(new Set(asked).size);
  expect(asked).not.toContain('/search/index.json');
  expect(violations).toEqual([]);
});

test('the inline script is allowed by the page policy', async ({ page }) => {
  await page.goto(FANG);
  const seen = await page.evaluate(() => {
    const s = [...document.querySelectorAll('script[data-manifest]')];
    return {
      count: s.length,
      early: '__searchEarly' in window,
      csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
    };
  });
  expect(seen.count).toBe(1);
  expect(seen.early).toBe(true);
  // The policy lists the script's hash, so it still runs if the policy moves ahead of it in <head>.
  const code = await page.locator('script[data-manifest]').evaluate((s) => s.textContent ?? '');
  const hash = await page.evaluate(async (c) => {
    const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(c));
    return `sha256-${btoa(String.fromCharCode(...new Uint8Array(d)))}`;
  }, code);
  expect(seen.csp).toContain(`'${hash}'`);
});

test('without ?q= the search page asks for nothing until used, then answers from the inline manifest', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => /\/(search|practice\/bank)\/.+\.json$/.test(r.url()) && asked.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5000 })));
  expect(asked).toEqual([]);
  await page.getByRole('searchbox', { name: '搜索' }).fill('锁气卸灰');
  await expect(page.locator('li[data-id="a11-6"]')).toBeVisible();
  expect(asked).not.toContain('/search/index.json');
});

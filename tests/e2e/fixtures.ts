/**
 * Shared e2e fixtures: every test fails if a page requests anything outside the site or breaks its Content-Security-Policy,
 * and can run axe with WCAG 2.2 A/AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { must } from '../must';

export const test = base.extend<{ outside: string[]; cspViolations: string[] }>({
  outside: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(must(baseURL)).origin;
      const outside: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) outside.push(url);
      });
      await use(outside);
      expect(outside, `页面请求了站外资源：${outside.join(', ')}`).toEqual([]);
    },
    { auto: true },
  ],
  // The site's CSP (a <meta> on every page, see astro.config.mjs) is enforced by Chromium; any refusal fails the test,
  // whether the page reports it (securitypolicyviolation) or only the console does.
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('__cspViolation', (_source, text: string) => void violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
          void report(`${e.effectiveDirective} 拒绝了 ${e.blockedURI || 'inline'}（${e.sourceFile}:${e.lineNumber}）${e.sample}`);
        });
      });
      page.on('console', (m) => {
        // Chromium's message repeats the whole policy; the start says what was refused.
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text().slice(0, 160));
      });
      await use(violations);
      expect(violations, `违反内容安全策略（CSP）：\n${violations.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe with WCAG 2.0/2.1/2.2 A and AA rules and expects zero violations. `resultTypes: ['violations']` runs the same
 * rules on the same nodes but builds full node details (selectors, HTML) only for violations, not for every passing node;
 * only violations are asserted. `.options()` replaces all options, so it comes before `.withTags()`, and the rule set axe
 * reports back is checked. Legacy mode runs axe.run() in the page itself instead of runPartial() per frame plus
 * finishRun() in a new blank page (a second page and a second axe injection per call); it differs only for cross-origin
 * frames, which the site has none of (no <iframe> at all, and the `outside` fixture fails any request to another origin).
 * Together these took axe from 25.5 s to 16.0 s over 10 runs on five long pages (tests/e2e README section in README.md).
 */
export async function expectAxeClean(page: Page) {
  const r = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  expect(r.toolOptions.runOnly, 'axe 必须只运行 WCAG A/AA 规则').toEqual({ type: 'tag', values: WCAG_TAGS });
  const summary = r.violations.map(
    (v) =>
      `${v.id}: ${v.help} → ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** Fails if the page scrolls sideways at the current (phone) width. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** An init script that makes the browser refuse all site data, as with blocked cookies or some private modes. */
export function blockStorage() {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  Object.defineProperty(window, 'indexedDB', { get: refuse });
  Object.defineProperty(window, 'localStorage', { get: refuse });
  Object.defineProperty(window, 'sessionStorage', { get: refuse });
}

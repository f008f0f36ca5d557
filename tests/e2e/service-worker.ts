/** e2e helper for the specs that run with the service worker on. */
import { expect, type Page } from '@playwright/test';

/** Waits until this page's build is installed and active: its whole offline set is then in the cache. */
export async function waitForOfflineSet(page: Page) {
  const build = await page.locator('meta[name="gmaq-build"]').getAttribute('content');
  await expect
    .poll(
      () =>
        page.evaluate(async (b) => {
          const reg = await navigator.serviceWorker.getRegistration();
          return !!navigator.serviceWorker.controller && reg?.active?.state === 'activated' && (await caches.keys()).includes(`gmaq-${b}`);
        }, build),
      { timeout: 20_000 },
    )
    .toBe(true);
}

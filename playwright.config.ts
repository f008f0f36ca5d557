import { defineConfig, devices } from '@playwright/test';

// The browser comes from scripts/find-browser.mjs via CHROMIUM_PATH (Debian's chromium in CI); without it, Playwright's own.
const executablePath = process.env.CHROMIUM_PATH || undefined;
// E2E_PORT lets several checkouts run e2e at once on one machine.
const PORT = Number(process.env.E2E_PORT) || 4321;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    trace: 'off',
    // The offline service worker would answer requests that tests route or count; only tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 5'], browserName: 'chromium', viewport: { width: 360, height: 740 } } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

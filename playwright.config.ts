import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

// The browser comes from scripts/find-browser.mjs via CHROMIUM_PATH (Debian's chromium-headless-shell in CI, about half
// the time of the full browser's headless mode); without it, Playwright's own.
const executablePath = process.env.CHROMIUM_PATH || undefined;
// E2E_PORT lets several checkouts run e2e at once on one machine; `npm test` always sets it to a free port.
const PORT = Number(process.env.E2E_PORT) || 4321;
// Tests mostly wait on the browser, so one worker more than the cores keeps them busy without starving the server.
// E2E_WORKERS overrides it (e.g. 1 to debug).
const WORKERS = Number(process.env.E2E_WORKERS) || Math.min(4, availableParallelism() + 1);

export default defineConfig({
  testDir: 'tests/e2e',
  // Every test opens its own context (own storage), so tests within a file run in parallel too.
  fullyParallel: true,
  workers: WORKERS,
  retries: 0,
  // Generous: six checkouts share two cores here, and a long journey plus axe can take 30 s under that load.
  timeout: 60_000,
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
    // Never reuse: a server already on the port may be another checkout's or an old build, and its tests would lie.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

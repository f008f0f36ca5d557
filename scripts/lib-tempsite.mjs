/**
 * A temporary copy of the project (node_modules linked, not copied) whose content can be changed and built without
 * touching the checkout: build B for the offline e2e test, 10× synthetic content for the search benchmark.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'reports', 'test-results', 'playwright-report', '.astro']);

/** Copies the project at `root` into a new temp dir; returns its path. */
export function makeTempSite(root = process.cwd(), prefix = 'gmaq-site-') {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of readdirSync(root)) {
    if (SKIP.has(name) || name.startsWith('dist')) continue;
    cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Builds the temp site into `outDir` (absolute); throws with the build's output when it fails. */
export function buildTempSite(dir, outDir) {
  const r = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PREVIEW_SITE_URL: 'http://localhost:4321/', ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir },
  });
  if (r.status !== 0) throw new Error(`astro build in ${dir} failed:\n${r.stdout}\n${r.stderr}`);
}

export const removeTempSite = (dir) => rmSync(dir, { recursive: true, force: true });

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../scripts/find-browser.mjs';

// Fake browsers in temporary folders stand in for PATH entries: only their names matter to the search.
const root = mkdtempSync(path.join(tmpdir(), 'find-browser-'));
function dirWith(name: string, files: string[]) {
  const dir = path.join(root, name);
  mkdirSync(dir);
  for (const f of files) writeFileSync(path.join(dir, f), '');
  return dir;
}
const full = dirWith('full', ['chromium']);
const shell = dirWith('shell', ['chromium-headless-shell']);
const both = [shell, full].join(path.delimiter);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('browser search (scripts/find-browser.mjs)', () => {
  it('gives the tests the headless shell before the full browser, wherever each is on PATH', async () => {
    expect(await findBrowser({ PATH: both }, { headlessShell: true })).toEqual({
      path: path.join(shell, 'chromium-headless-shell'),
      from: 'system',
    });
    expect(await findBrowser({ PATH: [full, shell].join(path.delimiter) }, { headlessShell: true })).toEqual({
      path: path.join(shell, 'chromium-headless-shell'),
      from: 'system',
    });
  });

  it('gives the benchmarks the full browser and never the headless shell', async () => {
    expect(await findBrowser({ PATH: both })).toEqual({ path: path.join(full, 'chromium'), from: 'system' });
    const found = await findBrowser({ PATH: shell });
    expect(found.path ?? '').not.toContain('chromium-headless-shell');
  });

  it('falls back to the full browser for tests when there is no headless shell', async () => {
    expect(await findBrowser({ PATH: full }, { headlessShell: true })).toEqual({ path: path.join(full, 'chromium'), from: 'system' });
  });

  it('takes CHROMIUM_PATH as given, and names it when it does not exist', async () => {
    const set = path.join(full, 'chromium');
    expect(await findBrowser({ PATH: shell, CHROMIUM_PATH: set }, { headlessShell: true })).toEqual({ path: set, from: 'CHROMIUM_PATH' });
    const missing = await findBrowser({ PATH: both, CHROMIUM_PATH: path.join(root, 'nope') }, { headlessShell: true });
    expect(missing.error).toContain('CHROMIUM_PATH=');
  });
});

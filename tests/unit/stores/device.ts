/**
 * A simulated device for store tests: a fresh IndexedDB (fake-indexeddb), empty local and session storage, and
 * "tabs" that are fresh copies of the store modules over the same database, so a reload or a second tab is real.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/** Starts a new device: nothing stored. */
export function newDevice() {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  sessionStorage.clear();
}

export type Tab = Awaited<ReturnType<typeof openTab>>;

/** Opens the site's stores as a new page load would, and waits until saved data is read. */
export async function openTab() {
  vi.resetModules();
  const sc = await import('../../../src/stores/self-check');
  const pr = await import('../../../src/stores/practice');
  const site = await import('../../../src/stores/site');
  const notices = await import('../../../src/stores/notices');
  await site.startVault();
  return { sc, pr, site, vault: site.vault, notices: notices.$notices };
}

/** Reads a released-format fixture. */
export const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/released', name), 'utf8');

/** Every record in the device's database, as stored. */
export async function storedRecords(): Promise<{ key: string; kind: string; v: number; data: Record<string, unknown> }[]> {
  const { openDB } = await import('idb');
  const db = await openDB('gmaq');
  const rows = await db.getAll('records');
  db.close();
  return rows;
}

/**
 * A simulated device for store tests: a fresh IndexedDB (fake-indexeddb), empty local and session storage, and
 * "tabs" that are fresh copies of the store modules over the same database, so a reload or a second tab is real.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { must } from '../../must';

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
  const prt = await import('../../../src/stores/practice-transfer');
  const site = await import('../../../src/stores/site');
  const notices = await import('../../../src/stores/notices');
  await site.startVault();
  return { sc, pr, prt, site, vault: site.vault, notices: notices.$notices };
}

/**
 * Counts the backend's write transactions from now on: one entry per transaction, holding how many records it puts or
 * deletes. Store tests use it to prove an action is one write (the user's work is saved whole or not at all).
 */
export function countWrites(t: Tab): number[] {
  const b = must(t.vault.store);
  const calls: number[] = [];
  const real = b.write.bind(b);
  b.write = (puts, deletes) => {
    calls.push(puts.length + (deletes?.length ?? 0));
    return real(puts, deletes);
  };
  return calls;
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

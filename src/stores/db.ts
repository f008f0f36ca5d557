/**
 * Where saved data lives: IndexedDB (database "gmaq"), through the small `idb` wrapper, or memory when the browser keeps
 * nothing (blocked storage, some private modes).
 *
 * Object stores (database version 1):
 * - `records`: one row per saved thing, `{ key: "<kind>:<id>", kind, id, v, at, data }` — `v` is the version of the
 *   record's own shape, so each record is validated and migrated on its own and one bad record never hides the rest;
 * - `aside`: records that could not be read, kept as they were `{ key, kind, at, reason, raw }`;
 * - `meta`: small flags, e.g. that the old localStorage data has been moved here.
 *
 * A write dispatches its requests in the same task as the user's tap and commits at once, so a reload straight
 * after the tap still keeps it (an effect or an awaited read first would open a window in which it is lost).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME } from '../lib/storage/device-data';

export interface StoredRecord {
  key: string;
  kind: string;
  id: string;
  /** Version of this record's shape. */
  v: number;
  /** When it was last written (ISO). */
  at: string;
  data: unknown;
}

export interface AsideRecord {
  key: string;
  kind: string;
  /** When it was set aside (ISO). */
  at: string;
  /** Why, in Chinese, for the list. */
  reason: string;
  /** The record or text exactly as it was found. */
  raw: unknown;
}

export interface Backend {
  /** False when nothing survives closing the page. */
  readonly persistent: boolean;
  all(kind: string): Promise<StoredRecord[]>;
  /** Whether any record of a kind is stored (counted, not read). */
  has(kind: string): Promise<boolean>;
  get(key: string): Promise<StoredRecord | undefined>;
  /** Writes and deletes in one transaction; rejects with the browser's error (e.g. QuotaExceededError). */
  write(puts: readonly StoredRecord[], deletes?: readonly string[]): Promise<void>;
  /** Moves a record aside (adds to `aside`, removes from `records`) in one transaction. */
  setAside(rec: AsideRecord, removeKey?: string): Promise<void>;
  asideAll(): Promise<AsideRecord[]>;
  asideDelete(key: string): Promise<void>;
  metaGet(key: string): Promise<unknown>;
  metaPut(key: string, value: unknown): Promise<void>;
  /** Called when a newer build of the site opens the database with a higher version. */
  onBlocked(fn: () => void): void;
}

/** The database's shape for `idb`, so reads come back typed (as this code wrote them; `data` is still checked on read). */
interface GmaqDb extends DBSchema {
  records: { key: string; value: StoredRecord; indexes: { kind: string } };
  aside: { key: string; value: AsideRecord };
  meta: { key: string; value: { key: string; value: unknown } };
}

export const recordKey = (kind: string, id: string) => `${kind}:${id}`;

const DB_VERSION = 1;

class IdbBackend implements Backend {
  readonly persistent = true;
  private blocked: (() => void)[] = [];
  constructor(private db: IDBPDatabase<GmaqDb>) {
    db.addEventListener('versionchange', () => {
      db.close();
      this.blocked.forEach((f) => f());
    });
  }
  all(kind: string) {
    return this.db.getAllFromIndex('records', 'kind', kind);
  }
  async has(kind: string) {
    return (await this.db.countFromIndex('records', 'kind', kind)) > 0;
  }
  get(key: string) {
    return this.db.get('records', key);
  }
  write(puts: readonly StoredRecord[], deletes: readonly string[] = []) {
    const tx = this.db.transaction('records', 'readwrite');
    try {
      for (const r of puts) void tx.store.put(r).catch(() => undefined);
      for (const k of deletes) void tx.store.delete(k).catch(() => undefined);
      tx.commit();
    } catch (err) {
      // Some refusals are thrown at once rather than reported by the transaction: report them the same way.
      void tx.done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // already finished
      }
      return Promise.reject(err);
    }
    return tx.done;
  }
  setAside(rec: AsideRecord, removeKey?: string) {
    const tx = this.db.transaction(['aside', 'records'], 'readwrite');
    void tx
      .objectStore('aside')
      .put(rec)
      .catch(() => undefined);
    if (removeKey)
      void tx
        .objectStore('records')
        .delete(removeKey)
        .catch(() => undefined);
    tx.commit();
    return tx.done;
  }
  asideAll() {
    return this.db.getAll('aside');
  }
  async asideDelete(key: string) {
    await this.db.delete('aside', key);
  }
  async metaGet(key: string) {
    return (await this.db.get('meta', key))?.value;
  }
  async metaPut(key: string, value: unknown) {
    await this.db.put('meta', { key, value });
  }
  onBlocked(fn: () => void) {
    this.blocked.push(fn);
  }
}

/** Keeps everything in memory: used when the browser refuses storage, and in tests. */
export class MemoryBackend implements Backend {
  readonly persistent: boolean;
  records = new Map<string, StoredRecord>();
  aside = new Map<string, AsideRecord>();
  meta = new Map<string, unknown>();
  constructor(persistent = false) {
    this.persistent = persistent;
  }
  async all(kind: string) {
    return [...this.records.values()].filter((r) => r.kind === kind).map((r) => structuredClone(r));
  }
  async has(kind: string) {
    return [...this.records.values()].some((r) => r.kind === kind);
  }
  async get(key: string) {
    const r = this.records.get(key);
    return r && structuredClone(r);
  }
  write(puts: readonly StoredRecord[], deletes: readonly string[] = []) {
    for (const r of puts) this.records.set(r.key, structuredClone(r));
    for (const k of deletes) this.records.delete(k);
    return Promise.resolve();
  }
  async setAside(rec: AsideRecord, removeKey?: string) {
    this.aside.set(rec.key, structuredClone(rec));
    if (removeKey) this.records.delete(removeKey);
  }
  async asideAll() {
    return [...this.aside.values()];
  }
  async asideDelete(key: string) {
    this.aside.delete(key);
  }
  async metaGet(key: string) {
    return this.meta.get(key);
  }
  async metaPut(key: string, value: unknown) {
    this.meta.set(key, value);
  }
  onBlocked() {}
}

/** Opens IndexedDB; resolves to memory when it is missing, refused or does not answer within a few seconds. */
export async function openBackend(): Promise<Backend> {
  try {
    // Reading the property itself throws where site data is blocked.
    if (!globalThis.indexedDB) return new MemoryBackend();
    const open = openDB<GmaqDb>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        const records = db.createObjectStore('records', { keyPath: 'key' });
        records.createIndex('kind', 'kind');
        db.createObjectStore('aside', { keyPath: 'key' });
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    // Some embedded browsers never answer open() when storage is blocked.
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 4000));
    const db = await Promise.race([open, timeout]);
    // A probe write: some private modes open the database but refuse every write.
    const probe = db.transaction('meta', 'readwrite');
    void probe.store.put({ key: 'probe', value: Date.now() });
    await probe.done;
    return new IdbBackend(db);
  } catch {
    return new MemoryBackend();
  }
}

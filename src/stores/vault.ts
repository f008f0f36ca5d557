/**
 * The one persistence layer of the site. Stores declare collections of records (assessments, exam attempts, …); the
 * vault loads them from the backend one by one, writes each change as its own record, keeps other tabs in step and
 * tells the user whenever something could not be kept.
 *
 * Rules it enforces for every store:
 * - a record that cannot be read is set aside on its own (listed, exportable, importable back); the others load;
 * - a record written by a newer build is left untouched: this tab will not overwrite it and offers to reload;
 * - a failed write (storage full, blocked) raises a notice saying what was not saved, with the data to copy, and the
 *   UI falls back to what is really stored;
 * - another tab's change arrives through a BroadcastChannel and is merged field by field (see lib/storage/stamps.ts).
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { sameRecord } from '../lib/storage/stamps';
import { recordKey, type AsideRecord, type Backend, type StoredRecord } from './db';
import { raiseNotice } from './notices';
import { localDate } from '../lib/dates';
import { RECORDS_CHANNEL } from '../lib/storage/device-data';

export interface CollectionSpec<T> {
  kind: string;
  /** Version of the record shape this build writes. */
  version: number;
  /** What a record is, for notices (e.g. 自查记录). */
  label: string;
  // Method syntax on purpose: it lets a Collection<Assessment> stand where a Collection<unknown> is expected.
  /** Migrates and validates one stored record; undefined when it cannot be read. */
  decode(v: number, data: unknown): T | undefined;
  /**
   * Loads what decode needs (its zod/mini schemas), awaited before the first record of this kind is decoded: a page
   * whose device holds none of these records (a first visit) never fetches that code.
   */
  prepare?(): Promise<void>;
  /** The data to store. */
  encode(value: T): unknown;
  /** Merges two versions of one record (another tab changed it meanwhile). */
  merge(local: T, stored: T): T;
  /** An importable copy of a record, offered when it could not be saved. */
  rescue?(value: T): { text: string; fileName: string };
}

export interface Collection<T> {
  readonly spec: CollectionSpec<T>;
  /** The records by id. */
  readonly $items: ReadableAtom<Record<string, T>>;
  /** Ids of records written by a newer build: shown as such, never overwritten here. */
  readonly $newer: ReadableAtom<string[]>;
  /** True once its records have been read. */
  readonly $loaded: WritableAtom<boolean>;
}

interface InternalCollection<T> extends Collection<T> {
  set(id: string, value: T | undefined): void;
  replace(items: Record<string, T>): void;
  markNewer(id: string): void;
}

export interface Change<T = unknown> {
  coll: Collection<T>;
  id: string;
  /** The new value; undefined deletes the record. */
  value: T | undefined;
}

export type Persisted = 'granted' | 'denied' | 'unsupported' | 'unknown';

function reasonOf(err: unknown): string {
  const name = typeof err === 'object' && err !== null && 'name' in err ? err.name : '';
  if (name === 'QuotaExceededError') return '手机或浏览器的存储空间已满';
  if (name === 'InvalidStateError' || name === 'SecurityError') return '浏览器不允许本站继续保存';
  return '浏览器拒绝了保存';
}

/** Holds the backend, the collections and the cross-tab channel of one page. */
export class Vault {
  /** True once every collection has been loaded. */
  readonly $ready = atom(false);
  /** False when the data lives only in memory (nothing survives closing the page). */
  readonly $persistent = atom(true);
  /** Whether the browser agreed to keep the data even when space runs low (asked when real work is first saved). */
  readonly $persisted = atom<Persisted>('unknown');
  /** True when this page holds work that exists only in memory (the backend keeps nothing). */
  readonly $unsaved = atom(false);
  /** Records that could not be read, kept as they were. */
  readonly $aside = atom<AsideRecord[]>([]);
  private backend: Backend | null = null;
  private colls = new Map<string, InternalCollection<unknown>>();
  private channel: BroadcastChannel | null = null;
  /** The backend once opened: later steps take it from here, so none runs before it is attached. */
  private opened: Promise<Backend> | null = null;
  private loading: Promise<void> = Promise.resolve();
  private migrators: ((v: Vault, b: Backend) => Promise<void>)[] = [];
  private askedPersist = false;
  private inflight = new Set<Promise<void>>();
  private lost = new Set<string>();
  private newerNoticed = false;
  /** Kinds this page has no collection for, watched for another tab's first record (whenStored). */
  private watched = new Map<string, Set<() => void>>();

  constructor(
    private open: () => Promise<Backend>,
    private options: { channel?: boolean } = {},
  ) {}

  /** Declares a collection; call before start(). */
  collection<T>(spec: CollectionSpec<T>): Collection<T> {
    const $items = atom<Record<string, T>>({});
    const $newer = atom<string[]>([]);
    const c: InternalCollection<T> = {
      spec,
      $items,
      $newer,
      $loaded: atom(false),
      set(id, value) {
        const next = { ...$items.get() };
        if (value === undefined) delete next[id];
        else next[id] = value;
        $items.set(next);
      },
      replace(items) {
        $items.set(items);
      },
      markNewer(id) {
        if (!$newer.get().includes(id)) $newer.set([...$newer.get(), id]);
      },
    };
    this.colls.set(spec.kind, c as InternalCollection<unknown>);
    if (this.opened) void this.start();
    return c;
  }

  /** The internal side of a collection; every collection is declared on this vault before it is written. */
  private coll(coll: Collection<unknown>): InternalCollection<unknown> {
    const c = this.colls.get(coll.spec.kind);
    if (!c) throw new Error(`vault: collection "${coll.spec.kind}" was never declared`);
    return c;
  }

  /** Registers a move of data from an older storage format into records; it runs once, before its collections load. */
  migrate(fn: (v: Vault, b: Backend) => Promise<void>) {
    this.migrators.push(fn);
    if (this.opened) void this.start();
  }

  /**
   * Opens the backend, then loads every collection declared so far (collections declared later, by an island that
   * hydrates later, are loaded by the next call). Resolves when they are loaded.
   */
  start(): Promise<void> {
    const opened = this.backendOpened();
    this.loading = this.loading.then(() => opened).then((b) => this.loadPending(b));
    return this.loading;
  }

  private backendOpened(): Promise<Backend> {
    return (this.opened ??= this.open().then((b) => this.attach(b)));
  }

  /**
   * Whether any record of a kind is stored, without declaring its collection: a page can leave a store's code unloaded
   * while the device holds none of its records (practice and the self-check store, stores/practice-profile.ts).
   */
  async holds(kind: string): Promise<boolean> {
    return (await this.backendOpened()).has(kind);
  }

  /**
   * Calls `fn` when another tab stores a record of a kind this page has declared no collection for: the page that
   * left a store's code unloaded (holds() said there was nothing) can load it then, without a reload. Returns a stop.
   */
  whenStored(kind: string, fn: () => void): () => void {
    const set = this.watched.get(kind) ?? new Set();
    set.add(fn);
    this.watched.set(kind, set);
    return () => set.delete(fn);
  }

  private attach(b: Backend): Backend {
    this.backend = b;
    this.$persistent.set(b.persistent);
    b.onBlocked(() => this.noticeNewer());
    if (b.persistent && typeof navigator !== 'undefined' && navigator.storage?.persisted) {
      navigator.storage.persisted().then(
        (yes) => yes && this.$persisted.set('granted'),
        () => undefined,
      );
    }
    if (this.options.channel && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(RECORDS_CHANNEL);
      this.channel.onmessage = (e: MessageEvent<{ keys: string[] }>) => void this.receive(e.data.keys);
    }
    return b;
  }

  private async loadPending(b: Backend) {
    for (const m of this.migrators.splice(0)) await m(this, b);
    for (const c of this.colls.values()) {
      if (c.$loaded.get()) continue;
      const rows = await b.all(c.spec.kind);
      // Not loaded when its decoder cannot be fetched: its records stay as they are, and the next start() tries again.
      if (rows.some((row) => row.v <= c.spec.version) && !(await this.prepared(c))) continue;
      const items: Record<string, unknown> = { ...c.$items.get() };
      for (const row of rows) {
        if (row.v > c.spec.version) {
          c.markNewer(row.id);
          this.noticeNewer();
          continue;
        }
        const value = c.spec.decode(row.v, row.data);
        if (value === undefined) await this.setAside(b, c, row, '记录内容无法按当前格式读取');
        else items[row.id] = value;
      }
      c.replace(items);
      c.$loaded.set(true);
    }
    this.$aside.set(await b.asideAll());
    this.$ready.set(true);
  }

  /**
   * Runs a collection's prepare() (the code its decoder needs); false, with a notice, when that code cannot be fetched
   * (a weak signal). Nothing is decoded then, so no readable record is mistaken for an unreadable one and set aside.
   */
  private async prepared(c: InternalCollection<unknown>): Promise<boolean> {
    try {
      await c.spec.prepare?.();
      return true;
    } catch {
      raiseNotice({
        id: `prepare-failed-${c.spec.kind}`,
        level: 'alert',
        text: `${c.spec.label}的读取程序未能下载（网络不稳？），记录原样留在本机。网络恢复后请刷新。`,
        reload: true,
      });
      return false;
    }
  }

  private async setAside(b: Backend, c: InternalCollection<unknown>, row: StoredRecord, reason: string) {
    const rec: AsideRecord = { key: `${row.key}@${row.at}`, kind: row.kind, at: new Date().toISOString(), reason, raw: row };
    try {
      await b.setAside(rec, row.key);
      raiseNotice({
        id: `aside-${c.spec.kind}`,
        text: `有${c.spec.label}无法读取，已单独另存（见下方“无法读取的记录”），其余记录正常。可以导出它交给技术人员，或用新版本导入。`,
      });
    } catch {
      // Left where it was: nothing will overwrite it, since no loaded record has its key.
      raiseNotice({
        id: `aside-failed-${row.key}`,
        level: 'alert',
        urgent: true,
        text: `有一份${c.spec.label}无法读取，而且无法另存（存储空间可能已满）。它仍留在本机原处；请立即复制或下载下面的原始数据保存。`,
        rescue: { text: JSON.stringify(row), fileName: `无法读取的${c.spec.label}-${localDate()}.json` },
      });
    }
  }

  private noticeNewer() {
    if (this.newerNoticed) return;
    this.newerNoticed = true;
    raiseNotice({
      id: 'newer-version',
      level: 'alert',
      text: '本机有由更新版本的本站写入的记录（可能在另一个标签页打开了新版本）。为免覆盖，本页不会改动那些记录；请刷新页面使用新版本。',
      reload: true,
    });
  }

  /** Applies changes now and saves them in one transaction; false when refused (not loaded yet, or a newer record). */
  write(changes: readonly Change[], what: string): boolean {
    const b = this.backend;
    const cs = changes.map((ch) => ({ ...ch, c: this.coll(ch.coll) }));
    if (!b || cs.some(({ c }) => !c.$loaded.get())) return false;
    if (cs.some(({ c, id }) => c.$newer.get().includes(id))) {
      this.noticeNewer();
      return false;
    }
    const at = new Date().toISOString();
    const puts: StoredRecord[] = [];
    const deletes: string[] = [];
    // One update per collection, so an exam submit (100 records) recomputes what depends on it once, not 100 times.
    const byColl = new Map<InternalCollection<unknown>, Record<string, unknown>>();
    for (const { c, id, value } of cs) {
      const next = byColl.get(c) ?? { ...c.$items.get() };
      if (value === undefined) delete next[id];
      else next[id] = value;
      byColl.set(c, next);
    }
    for (const [c, next] of byColl) c.replace(next);
    for (const { c, id, value } of cs) {
      const key = recordKey(c.spec.kind, id);
      if (value === undefined) deletes.push(key);
      else puts.push({ key, kind: c.spec.kind, id, v: c.spec.version, at, data: c.spec.encode(value) });
    }
    let pending: Promise<void>;
    try {
      pending = b.write(puts, deletes);
    } catch (err) {
      pending = Promise.reject(err);
    }
    const done = pending.then(
      () => {
        if (!b.persistent) this.$unsaved.set(true);
        this.lost.clear();
        this.channel?.postMessage({ keys: [...puts.map((p) => p.key), ...deletes] });
        if (puts.length) this.askPersist();
      },
      (err: unknown) => this.failed(b, cs, what, err),
    );
    this.inflight.add(done);
    void done.finally(() => this.inflight.delete(done));
    return true;
  }

  /** Resolves when every write started so far has finished (or failed and been reported). */
  async settled(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  /** After a failed write: say what was lost, offer it for copying, and show what is really stored. */
  private async failed(b: Backend, cs: readonly (Change & { c: InternalCollection<unknown> })[], what: string, err: unknown) {
    const lost = cs.find((x) => x.value !== undefined);
    const rescue = lost && lost.c.spec.rescue?.(lost.value);
    // Every change lost since the last successful write is named, not only the latest.
    this.lost.add(what);
    raiseNotice({
      id: 'write-failed',
      level: 'alert',
      urgent: true,
      text: `刚才的改动（${[...this.lost].join('、')}）没有保存：${reasonOf(err)}。页面已恢复为本机实际保存的内容。请先复制下面的数据码或“导出”备份，再清理存储空间后重试。`,
      ...(rescue ? { rescue } : {}),
    });
    for (const { c, id } of cs) {
      try {
        const row = await b.get(recordKey(c.spec.kind, id));
        if (row && row.v <= c.spec.version) await c.spec.prepare?.();
        c.set(id, row && row.v <= c.spec.version ? c.spec.decode(row.v, row.data) : undefined);
      } catch {
        // Cannot even read: keep what is shown, the notice says it is not saved.
      }
    }
  }

  /** Another tab saved these keys: read them and merge with what this tab holds. */
  private async receive(keys: readonly string[]) {
    const b = this.backend;
    if (!b) return;
    for (const key of keys) {
      const kind = key.slice(0, key.indexOf(':'));
      const c = this.colls.get(kind);
      if (!c) {
        this.watched.get(kind)?.forEach((fn) => fn());
        continue;
      }
      const id = key.slice(key.indexOf(':') + 1);
      const row = await b.get(key);
      if (!row) {
        c.set(id, undefined);
        continue;
      }
      if (row.v > c.spec.version) {
        c.markNewer(id);
        this.noticeNewer();
        continue;
      }
      if (!(await this.prepared(c))) continue;
      const stored = c.spec.decode(row.v, row.data);
      if (stored === undefined) continue;
      const local = c.$items.get()[id];
      const merged = local === undefined ? stored : c.spec.merge(local, stored);
      c.set(id, merged);
      // This tab held changes the stored copy lacks (both tabs wrote at once): save the merge, once.
      if (!sameRecord(c.spec.encode(merged), row.data)) this.write([{ coll: c, id, value: merged }], '合并另一个标签页的改动');
    }
  }

  /** Asks the browser once to keep the data even when space runs low. */
  private askPersist() {
    if (this.askedPersist || typeof navigator === 'undefined' || !navigator.storage?.persist) {
      if (!this.askedPersist && typeof navigator !== 'undefined' && !navigator.storage?.persist) this.$persisted.set('unsupported');
      this.askedPersist = true;
      return;
    }
    this.askedPersist = true;
    navigator.storage.persist().then(
      (ok) => this.$persisted.set(ok ? 'granted' : 'denied'),
      () => this.$persisted.set('denied'),
    );
  }

  /** The backend, for one-off reads (legacy migration, set-aside records). */
  get store(): Backend | null {
    return this.backend;
  }

  /** Puts records straight into memory without saving (used when moving old data whose write failed). */
  preload<T>(coll: Collection<T>, id: string, value: T) {
    this.coll(coll).set(id, value);
  }

  /** Stops listening to other tabs (tests; a page simply goes away). */
  close() {
    this.channel?.close();
    this.channel = null;
  }

  /** Deletes a set-aside record (the UI asks first). */
  async dropAside(key: string) {
    await this.backend?.asideDelete(key);
    this.$aside.set(this.$aside.get().filter((r) => r.key !== key));
  }
}

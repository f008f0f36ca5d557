/**
 * Versioned, validated persistence for nanostores.
 * Stored shape: { v: <version>, data: <state> } under one key per store. On load the value is migrated and validated;
 * data that cannot be read is never silently dropped: the raw text is set aside under `<key>:corrupt:<time>` and a notice is raised.
 * Where storage is unavailable (private mode, blocked cookies) the stores still work in memory and a notice says nothing is kept.
 */
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';

export interface Notice {
  id: string;
  text: string;
}

/** Notices about saved data for the UI to show (corrupt data set aside, storage unavailable). */
export const $notices = atom<Notice[]>([]);

function addNotice(n: Notice) {
  if (!$notices.get().some((x) => x.id === n.id)) $notices.set([...$notices.get(), n]);
}

/** Dismisses a notice. */
export function dismissNotice(id: string) {
  $notices.set($notices.get().filter((n) => n.id !== id));
}

function storageWorks(): boolean {
  try {
    const k = 'gmaq:probe';
    localStorage.setItem(k, '1');
    localStorage.removeItem(k);
    return true;
  } catch {
    return false;
  }
}

/** False when the browser will not keep data (private mode or blocked storage). */
export const storageAvailable = typeof window === 'undefined' ? true : storageWorks();
if (typeof window !== 'undefined' && !storageAvailable) {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  addNotice({
    id: 'no-storage',
    text: '此浏览器不允许本站保存数据（例如无痕模式）：可以正常使用，但关闭页面后记录不会保留。需要保留时请用“导出”。',
  });
}

export interface VersionedOptions<T> {
  /** Current version number written with the data. */
  version: number;
  /** Migrates older versions' data to the current shape; return undefined when it cannot. */
  migrate: (version: number, data: unknown) => unknown;
  /** Validates data of the current version; returns the typed value or undefined. */
  validate: (data: unknown) => T | undefined;
  /** What the data is, for the notice (e.g. 自查记录). */
  label: string;
}

/** Decodes a stored string; on failure stashes the raw text and raises a notice. Exported for tests. */
export function decodeVersioned<T>(key: string, raw: string, initial: T, o: VersionedOptions<T>): T {
  try {
    const parsed = JSON.parse(raw) as { v?: unknown; data?: unknown };
    if (parsed && typeof parsed === 'object' && typeof parsed.v === 'number' && parsed.v <= o.version) {
      const migrated = parsed.v === o.version ? parsed.data : o.migrate(parsed.v, parsed.data);
      const ok = migrated === undefined ? undefined : o.validate(migrated);
      if (ok !== undefined) return ok;
    }
  } catch {
    // fall through: unreadable
  }
  // The same bad value can be decoded again (another tab, back/forward cache): set it aside only once.
  const prefix = `${key}:corrupt:`;
  let stashKey = `${prefix}${Date.now()}`;
  try {
    const existing = Object.keys(localStorage).find((k) => k.startsWith(prefix) && localStorage.getItem(k) === raw);
    if (existing) stashKey = existing;
    else localStorage.setItem(stashKey, raw);
  } catch {
    // storage full or unavailable: the notice still tells the user
  }
  addNotice({
    id: `corrupt-${key}`,
    text: `本机保存的${o.label}无法读取（可能已损坏或来自其他版本），已原样另存为“${stashKey}”，未删除。当前从空白开始；如有导出的备份，可以导入恢复。`,
  });
  return initial;
}

/** A persistent atom with a versioned, validated stored shape. */
export function versionedAtom<T>(key: string, initial: T, o: VersionedOptions<T>) {
  return persistentAtom<T>(key, initial, {
    encode: (value) => JSON.stringify({ v: o.version, data: value }),
    decode: (raw) => decodeVersioned(key, raw, initial, o),
  });
}

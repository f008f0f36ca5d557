/**
 * Last-write-wins merging of records that two tabs may change at the same time.
 * A record carries `ts`: for each field path it changed (e.g. `answers/a4-6`, `plans/a4-6/owner`), the time of that change.
 * Merging takes, path by path, the value with the later stamp; a path stamped but absent is a deletion, so a cleared
 * answer stays cleared. Ties are broken by the values themselves, so every tab picks the same winner and they converge.
 */

export type Stamps = Record<string, string>;
export interface Stamped {
  ts: Stamps;
  updatedAt: string;
}

let last = 0;
/** A strictly increasing ISO time for this tab, so two changes in one millisecond keep their order. */
export function stampNow(now = Date.now()): string {
  last = Math.max(last + 1, now);
  return new Date(last).toISOString();
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads a `/`-separated path. */
export function getPath(o: unknown, path: string): unknown {
  let cur: unknown = o;
  for (const seg of path.split('/')) {
    if (!isObj(cur)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

/** Writes (or, with undefined, deletes) a `/`-separated path, creating objects on the way. Mutates `o`. */
export function setPath(o: Obj, path: string, value: unknown): void {
  const segs = path.split('/');
  // split() always gives at least one segment: the last is the key, the others the objects on the way.
  const key = segs.pop() ?? '';
  let cur: Obj = o;
  for (const seg of segs) {
    const next = cur[seg];
    if (isObj(next)) cur = next;
    else {
      if (value === undefined) return;
      const made: Obj = {};
      cur[seg] = made;
      cur = made;
    }
  }
  if (value === undefined) delete cur[key];
  else cur[key] = structuredClone(value);
}

/** Stamps the given paths of a record as changed now (returns a new `ts`). */
export function stamp(ts: Stamps, paths: readonly string[], at: string): Stamps {
  const next = { ...ts };
  for (const p of paths) next[p] = at;
  return next;
}

const json = (v: unknown) => JSON.stringify(v) ?? '';

/** Merges two versions of one record, field path by field path, the later change winning. Pure. */
export function mergeStamped<T extends Stamped>(a: T, b: T): T {
  const base = structuredClone(a.updatedAt >= b.updatedAt ? a : b) as T & Obj;
  const ts: Stamps = { ...base.ts };
  for (const path of new Set([...Object.keys(a.ts), ...Object.keys(b.ts)])) {
    const ta = a.ts[path] ?? '';
    const tb = b.ts[path] ?? '';
    const va = getPath(a, path);
    const vb = getPath(b, path);
    const win = ta > tb ? va : tb > ta ? vb : json(va) >= json(vb) ? va : vb;
    setPath(base, path, win);
    ts[path] = ta > tb ? ta : tb;
  }
  base.ts = ts;
  base.updatedAt = a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt;
  return base;
}

/** True when two records hold the same data (used to stop two tabs writing the same merge back and forth). */
export const sameRecord = (a: unknown, b: unknown): boolean => json(a) === json(b);

import { link } from '../../lib/paths';
import { EARLY_KEY, type EarlyLoads } from '../../lib/search/early';
import { ShardedIndex } from '../../lib/search/sharded';

let index: ShardedIndex | undefined;

/** What the search page's inline script left (early-script.ts): its manifest and a ?q= link's requests; absent elsewhere. */
const early = (): EarlyLoads | undefined => (typeof window === 'undefined' ? undefined : window[EARLY_KEY]);

/** Fetches a file under the base path. ShardedIndex keeps each promise (and forgets failed ones), so no cache here. */
async function fetchJson(p: string): Promise<unknown> {
  const r = await fetch(link(p));
  if (!r.ok) throw new Error(`${p}: ${r.status}`);
  return r.json();
}

/** Takes over the early request for a file when there is one (asking again if it failed), else fetches it. */
function load(p: string): Promise<unknown> {
  const started = early()?.get(p);
  return started ? started.catch(() => fetchJson(p)) : fetchJson(p);
}

/** The page's one search index: shards and chunks loaded for one query stay for the next. Files are read under the base path. */
export function searchIndex(): ShardedIndex {
  return (index ??= new ShardedIndex(load));
}

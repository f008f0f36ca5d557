import { link } from '../../lib/paths';
import { EARLY_KEY, type EarlyLoads } from '../../lib/search/early';
import { ShardedIndex } from '../../lib/search/sharded';
import { loadJson } from '../shared/useJson';

let index: ShardedIndex | undefined;

/** Requests the search page's inline script started for a ?q= link (early-script.ts); absent on other pages. */
const early = (): EarlyLoads | undefined => (globalThis as unknown as Record<string, EarlyLoads | undefined>)[EARLY_KEY];

/** Reads a file under the base path, taking over the early request for it when there is one (and retrying if it failed). */
function load(p: string): Promise<unknown> {
  const started = early()?.get(p);
  return started ? started.catch(() => loadJson(link(p))) : loadJson(link(p));
}

/** The page's one search index: shards and chunks loaded for one query stay for the next. Files are read under the base path. */
export function searchIndex(): ShardedIndex {
  return (index ??= new ShardedIndex(load));
}

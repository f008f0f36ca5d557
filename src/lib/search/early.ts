/**
 * The early start of a cold /search/?q= load. A small inline script on the search page (src/islands/search/early-script.ts,
 * bundled into the HTML at build time by src/data/search-early.ts) runs while the HTML is still arriving. The page carries
 * the manifest inline, so the script asks at once for the dictionary shards of the query's grams, then for the candidate
 * chunks outside the question bank. The island's loader later picks these requests up from EARLY_KEY instead of starting
 * them after hydration, which saves two round trips (JS → shards → chunk) on a weak signal, and the manifest request.
 * Both sides compute grams and shards with the same functions.
 */
import { decodeList, shardOf, termGrams } from './grams';
import { queryTerms } from './normalize';
import type { LoadJson } from './sharded';
import type { SearchManifest } from './shards';

/** Global (on window) where the early script leaves its requests: site path without base → parsed JSON. */
export const EARLY_KEY = '__searchEarly';

export type EarlyLoads = Map<string, Promise<unknown>>;

export const MANIFEST_PATH = 'search/index.json';
export const shardPath = (n: number) => `search/g/${n}.json`;

/** Distinct grams the index is asked for a query (queryTerms already cuts the query to its first 100 characters). */
export function queryGrams(query: string): string[] {
  return [...new Set(queryTerms(query).flatMap(termGrams))];
}

/** Chunks listed for every gram (each list from the gram's shard), ascending. No grams → no chunks. */
export function intersectChunks(dicts: readonly Record<string, string>[], grams: readonly string[]): number[] {
  const lists = grams.map((g, i) => decodeList(dicts[i]?.[g] ?? ''));
  const [first, ...rest] = lists;
  if (!first) return [];
  let out = first;
  for (const l of rest) {
    const s = new Set(l);
    out = out.filter((x) => s.has(x));
  }
  return out.sort((a, b) => a - b);
}

/**
 * Starts every request a first query needs, through `load`: the gram shards together, then the candidate chunks that are
 * not question-bank chunks (those are large and the UI shows the others first). Resolves when all have answered.
 */
export async function prefetchQuery(query: string, m: SearchManifest, load: LoadJson): Promise<void> {
  const grams = queryGrams(query);
  if (!grams.length || !(m.shards > 0)) return;
  const dicts = (await Promise.all(grams.map((g) => load(shardPath(shardOf(g, m.shards)))))) as Record<string, string>[];
  const chunks = intersectChunks(dicts, grams).flatMap((i) => {
    const ref = m.chunks[i];
    return ref && ref.k !== 'question' ? [ref.u] : [];
  });
  await Promise.all(chunks.map((u) => load(u)));
}

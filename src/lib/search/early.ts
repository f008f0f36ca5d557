/**
 * The early start of a cold /search/?q= load. A small inline script on the search page (src/islands/search/early-script.ts,
 * bundled into the HTML at build time by src/data/search-early.ts) runs while the HTML is still arriving. The page carries
 * the manifest inline, so the script asks at once for the dictionary shards of the query's grams, then for the candidate
 * chunks outside the question bank. The island's loader later picks these requests up from EARLY_KEY instead of starting
 * them after hydration, which saves two round trips (JS → shards → chunk) on a weak signal, and the manifest request.
 * Both sides compute grams and shards with the same functions (grams.ts).
 */
import { intersectChunks, queryGrams, shardOf, shardPath } from './grams';
import type { LoadJson } from './sharded';
import type { SearchManifest } from './shards';
import { isGramShard } from './files';

/** Global (on window) where the early script leaves its requests: site path without base → parsed JSON. */
export const EARLY_KEY = '__searchEarly';

export type EarlyLoads = Map<string, Promise<unknown>>;

declare global {
  interface Window {
    /** Left by the search page's inline script (absent on other pages). */
    [EARLY_KEY]?: EarlyLoads;
  }
}

/**
 * Starts every request a first query needs, through `load`: the gram shards together, then the candidate chunks that are
 * not question-bank chunks (those are large and the UI shows the others first). Resolves when all have answered.
 */
export async function prefetchQuery(query: string, m: SearchManifest, load: LoadJson): Promise<void> {
  const grams = queryGrams(query);
  if (!grams.length || !(m.shards > 0)) return;
  // A shard in another shape is left out here: the island's loader asks again and says what is wrong.
  const dicts = (await Promise.all(grams.map((g) => load(shardPath(shardOf(g, m.shards)))))).filter(isGramShard);
  const chunks = intersectChunks(dicts, grams).flatMap((i) => {
    const ref = m.chunks[i];
    return ref && ref.k !== 'question' ? [ref.u] : [];
  });
  await Promise.all(chunks.map((u) => load(u)));
}

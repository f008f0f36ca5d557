/**
 * The search pipeline: cap the query → candidate chunks → exact substring match → fuzzy fallback when exact finds
 * too little → snippets. The UI calls runSearch; tests call it with a file reader instead of fetch.
 */
import { FUSE_OPTIONS, searchExact, searchFuzzy, wantsFuzzy, withSnippets, type Hit, type Prepared } from './engine';
import type { ShardedIndex } from './sharded';

/** Longest query any stage sees: an 8 kB ?q= link must not reach the matchers (it froze the page for seconds). */
export const MAX_QUERY = 100;

export const capQuery = (q: string) => q.slice(0, MAX_QUERY);

interface FuseLike {
  search(q: string): { item: Prepared; score?: number }[];
}
export type MakeFuse = (records: Prepared[]) => Promise<FuseLike>;

/** Loads fuse.js only when the fallback runs; one instance over all records. */
export function lazyFuse(): MakeFuse {
  let made: Promise<FuseLike> | undefined;
  return (records) => (made ??= import('fuse.js/basic').then(({ default: Fuse }) => new Fuse(records, FUSE_OPTIONS)));
}

export interface RunOptions {
  makeFuse: MakeFuse;
  /** Called with the hits outside the question bank when the bank still has to load (they can be shown at once). */
  onPartial?: (hits: Hit[]) => void;
}

/** All hits for a query, exact first then fuzzy, with snippets. */
export async function runSearch(index: ShardedIndex, q: string, opts: RunOptions): Promise<Hit[]> {
  const query = capQuery(q);
  const chunks = await index.candidates(query);
  if (opts.onPartial) {
    const questions = await index.questionChunks();
    const waiting = chunks.filter((i) => questions.has(i) && !index.isLoaded(i));
    if (waiting.length) {
      const others = await index.records(chunks.filter((i) => !questions.has(i)));
      opts.onPartial(withSnippets(searchExact(others, query), query));
    }
  }
  const exact = searchExact(await index.records(chunks), query);
  if (!wantsFuzzy(query, exact.length)) return withSnippets(exact, query);
  const all = await index.all();
  const fuse = await opts.makeFuse(all);
  return withSnippets([...exact, ...searchFuzzy(fuse, query, new Set(exact.map((h) => h.r.id)))], query);
}

/** Reference: the same query over every record at once (what the index must equal). */
export function fullScan(all: readonly Prepared[], q: string): Hit[] {
  const query = capQuery(q);
  return withSnippets(searchExact(all, query), query);
}

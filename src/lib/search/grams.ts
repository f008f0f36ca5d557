/**
 * Character grams for the sharded index. A record can contain a term only if its chunk holds every gram of the term:
 * single characters for one-character terms, otherwise every pair of neighbours. Used by the index builder and the browser
 * (the island's index and the search page's early script alike).
 */
import { queryTerms } from './normalize';

/** Every unigram and bigram of one normalised field. */
export function gramsOf(norm: string, into: Set<string> = new Set()): Set<string> {
  const chars = [...norm];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === undefined) continue;
    into.add(c);
    const next = chars[i + 1];
    if (next !== undefined) into.add(c + next);
  }
  return into;
}

/**
 * The grams a normalised query term needs: itself when one character, else bigrams that cover it without overlap
 * (and the last pair). Any subset of a term's grams is a valid filter; a cover keeps the dictionary shards to load few.
 */
export function termGrams(term: string): string[] {
  const chars = [...term];
  if (chars.length <= 1) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const a = chars[i];
    const b = chars[i + 1];
    if (a !== undefined && b !== undefined) out.add(a + b);
  }
  const [a, b] = chars.slice(-2);
  if (a !== undefined && b !== undefined) out.add(a + b);
  return [...out];
}

/** Which dictionary shard holds a gram (FNV-1a over its UTF-16 code units). */
export function shardOf(gram: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** Chunk lists are stored as base-36 numbers joined by commas ("0,3,c"). */
export const encodeList = (list: readonly number[]) => list.map((n) => n.toString(36)).join(',');
export const decodeList = (s: string) => (s ? s.split(',').map((x) => parseInt(x, 36)) : []);

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

/**
 * Checks on the index files a browser reads (search/index.json, search/g/{n}.json): a file is used only in the shape
 * the build writes, so a truncated or stale response fails with a message instead of a wrong result far downstream.
 */
import { KINDS, type Kind } from './records';
import type { ChunkRef, SearchManifest } from './shards';

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isKind = (v: unknown): v is Kind => KINDS.some((k) => k === v);
const isChunkRef = (v: unknown): v is ChunkRef => isObject(v) && 'k' in v && isKind(v.k) && 'u' in v && typeof v.u === 'string';

/** The manifest: a shard count and the list of chunks. */
export function isSearchManifest(v: unknown): v is SearchManifest {
  return (
    isObject(v) && 'shards' in v && Number.isInteger(v.shards) && 'chunks' in v && Array.isArray(v.chunks) && v.chunks.every(isChunkRef)
  );
}

/** One dictionary shard: gram → encoded chunk list. */
export function isGramShard(v: unknown): v is Record<string, string> {
  return isObject(v) && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

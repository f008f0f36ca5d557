/**
 * Build side of the sharded search index (written by src/pages/search/[...file].json.ts):
 * - records are cut into chunks per kind (≈ CHUNK_CHARS of text each); question chunks are the practice bank's chunks
 *   (practice/bank/{n}.json), so question text is stored and downloaded once;
 * - a gram dictionary maps every unigram and bigram to the chunks holding it, split into shards by a hash of the gram;
 * - a small manifest lists the chunks and the shard count.
 * A first query loads the manifest, the dictionary shards of its grams and only the chunks that can contain it.
 */
import { gramsOf, encodeList, shardOf } from './grams';
import { normalize } from './normalize';
import type { Kind, SearchRecord } from './records';

/** Text per chunk: small enough that a rare term loads little, large enough that a common one needs few requests. */
export const CHUNK_CHARS = 8_000;
/** Target raw size of one dictionary shard. */
export const SHARD_CHARS = 5_000;

export interface ChunkRef {
  /** Kind of every record in the chunk. */
  k: Kind;
  /** Site path of the chunk file without base: 'search/c/0.json', or 'practice/bank/0.json' for questions. */
  u: string;
}

export interface SearchManifest {
  /** Number of dictionary shards (files search/g/{n}.json). */
  shards: number;
  chunks: ChunkRef[];
}

export interface BuiltIndex {
  manifest: SearchManifest;
  /** Chunk files by path (question chunks are not here: they are the bank's). */
  files: Map<string, SearchRecord[]>;
  /** Dictionary shards: gram → encoded chunk list. */
  dict: Record<string, string>[];
}

const FIELDS = ['t', 'w', 'l', 'b'] as const;

/** Kind of a chunk's records (chunkRecords never makes an empty chunk). */
function kindOf(chunk: readonly SearchRecord[]): Kind {
  const first = chunk[0];
  if (!first) throw new Error('搜索索引：出现了空的块');
  return first.k;
}

/** Cuts records into chunks of one kind each, in record order (so chunk order is the full-scan order). */
export function chunkRecords(records: readonly SearchRecord[], chunkChars = CHUNK_CHARS): SearchRecord[][] {
  const chunks: SearchRecord[][] = [];
  let size = 0;
  for (const r of records) {
    const len = r.t.length + r.w.length + r.l.length + r.b.length;
    const last = chunks.at(-1);
    if (!last || last[0]?.k !== r.k || size + len > chunkChars) {
      chunks.push([r]);
      size = len;
    } else {
      last.push(r);
      size += len;
    }
  }
  return chunks;
}

/** Builds manifest, chunk files and dictionary shards. `questions`: records of each bank chunk, in order (stored in the bank). */
export function buildIndex(
  records: readonly SearchRecord[],
  questions: readonly (readonly SearchRecord[])[],
  opts: { chunkChars?: number; shardChars?: number } = {},
): BuiltIndex {
  const chunks = chunkRecords(records, opts.chunkChars);
  const files = new Map<string, SearchRecord[]>();
  const refs: ChunkRef[] = chunks.map((c, i) => {
    const ref: ChunkRef = { k: kindOf(c), u: `search/c/${i}.json` };
    files.set(ref.u, c);
    return ref;
  });
  const all = [...chunks];
  questions.forEach((q, n) => {
    refs.push({ k: 'question', u: `practice/bank/${n}.json` });
    all.push([...q]);
  });
  const where = new Map<string, number[]>();
  all.forEach((chunk, i) => {
    const grams = new Set<string>();
    for (const r of chunk) for (const f of FIELDS) gramsOf(normalize(r[f]), grams);
    for (const g of grams) {
      const list = where.get(g);
      if (list) list.push(i);
      else where.set(g, [i]);
    }
  });
  let raw = 0;
  for (const [g, list] of where) raw += g.length + encodeList(list).length + 6;
  const shards = Math.max(1, Math.ceil(raw / (opts.shardChars ?? SHARD_CHARS)));
  const dict: Record<string, string>[] = Array.from({ length: shards }, () => ({}));
  for (const [g, list] of [...where].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shard = dict[shardOf(g, shards)];
    if (!shard) throw new Error(`搜索索引：字典分片 ${shardOf(g, shards)} 不存在`);
    shard[g] = encodeList(list);
  }
  return { manifest: { shards, chunks: refs }, files, dict };
}

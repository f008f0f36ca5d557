/**
 * Browser side of the sharded index (see shards.ts): loads the manifest, then per query only the dictionary shards of
 * its grams and the chunks every gram points to. Records of loaded chunks are prepared once and kept.
 * Scanning only candidate chunks gives exactly the hits of a full scan: a chunk without one of a term's grams cannot
 * contain the term, and chunks are scanned in full-scan order so equal scores keep their order.
 */
import { intersectChunks, MANIFEST_PATH, queryGrams, shardOf, shardPath } from './grams';
import { prepare, type Prepared } from './engine';
import { questionRecord, type QuestionIn, type SearchRecord } from './records';
import type { SearchManifest } from './shards';
import { isGramShard, isSearchManifest } from './files';

/** Reads a site file by path without base ('search/index.json') and returns its parsed JSON. */
export type LoadJson = (path: string) => Promise<unknown>;

export class ShardedIndex {
  private manifest?: Promise<SearchManifest>;
  private readonly dict = new Map<number, Promise<Record<string, string>>>();
  private readonly chunks = new Map<number, Promise<Prepared[]>>();
  private readonly ready = new Set<number>();

  constructor(private readonly load: LoadJson) {}

  private getManifest(): Promise<SearchManifest> {
    this.manifest ??= this.load(MANIFEST_PATH).then((m) => {
      if (!isSearchManifest(m)) throw new Error(`${MANIFEST_PATH}：搜索索引清单的格式不对`);
      return m;
    });
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
  }

  private shard(n: number): Promise<Record<string, string>> {
    let p = this.dict.get(n);
    if (!p) {
      p = this.load(shardPath(n)).then((d) => {
        if (!isGramShard(d)) throw new Error(`${shardPath(n)}：搜索词典的格式不对`);
        return d;
      });
      p.catch(() => this.dict.delete(n));
      this.dict.set(n, p);
    }
    return p;
  }

  /** Loads (once) and prepares chunk i. The questions chunk is the practice bank, turned into records here. */
  chunk(i: number): Promise<Prepared[]> {
    let p = this.chunks.get(i);
    if (!p) {
      p = this.getManifest().then(async (m) => {
        const ref = m.chunks[i];
        if (!ref) throw new Error(`搜索索引没有第 ${i} 块`);
        const data = await this.load(ref.u);
        const records = ref.k === 'question' ? (data as QuestionIn[]).map(questionRecord) : (data as SearchRecord[]);
        this.ready.add(i);
        return prepare(records);
      });
      p.catch(() => this.chunks.delete(i));
      this.chunks.set(i, p);
    }
    return p;
  }

  /** True when chunk i is already in memory (the UI can then skip a partial first answer). */
  isLoaded(i: number): boolean {
    return this.ready.has(i);
  }

  /** Starts loading the manifest (when the box gets focus), so the first query saves a round trip. */
  warm(): void {
    this.getManifest().catch(() => undefined);
  }

  /** Indices of the chunks that can hold every term of the query, in order. */
  async candidates(query: string): Promise<number[]> {
    const m = await this.getManifest();
    const grams = queryGrams(query);
    if (!grams.length) return [];
    return intersectChunks(await Promise.all(grams.map((g) => this.shard(shardOf(g, m.shards)))), grams);
  }

  /** Prepared records of the given chunks, in chunk order. */
  async records(chunks: readonly number[]): Promise<Prepared[]> {
    return (await Promise.all(chunks.map((i) => this.chunk(i)))).flat();
  }

  /** Every record (the fuzzy fallback needs all titles). */
  async all(): Promise<Prepared[]> {
    const m = await this.getManifest();
    return this.records(m.chunks.map((_, i) => i));
  }

  /** Which chunks hold questions (the UI shows other results first while the bank loads). */
  async questionChunks(): Promise<Set<number>> {
    const m = await this.getManifest();
    return new Set(m.chunks.flatMap((c, i) => (c.k === 'question' ? [i] : [])));
  }
}

import { describe, expect, it } from 'vitest';
import { isGramShard, isSearchManifest } from '../../../../src/lib/search/files';
import { ShardedIndex } from '../../../../src/lib/search/sharded';
import { buildIndex } from '../../../../src/lib/search/shards';
import { builtFiles, rec } from './built-files';

const built = buildIndex([rec('c1', 'criterion', '高炉炉顶放散阀', '煤气 30 kPa')], []);

describe('search index files', () => {
  it('accepts what the build writes', () => {
    expect(isSearchManifest(JSON.parse(JSON.stringify(built.manifest)))).toBe(true);
    for (const d of built.dict) expect(isGramShard(JSON.parse(JSON.stringify(d)))).toBe(true);
  });

  it('refuses a manifest or a shard in another shape', () => {
    expect(isSearchManifest(null)).toBe(false);
    expect(isSearchManifest({ shards: 2 })).toBe(false);
    expect(isSearchManifest({ shards: '2', chunks: [] })).toBe(false);
    expect(isSearchManifest({ shards: 2, chunks: [{ k: 'news', u: 'search/c/0.json' }] })).toBe(false);
    expect(isSearchManifest({ shards: 2, chunks: [{ k: 'case' }] })).toBe(false);
    expect(isGramShard(['1'])).toBe(false);
    expect(isGramShard({ 放散: 3 })).toBe(false);
  });

  it('a search over a manifest in another shape fails with the file named, and the next one asks again', async () => {
    const asked: string[] = [];
    const files = builtFiles(built, []);
    let good = false;
    const index = new ShardedIndex(async (path) => {
      asked.push(path);
      return good ? files(path) : { shards: 1 };
    });
    await expect(index.chunk(0)).rejects.toThrow('search/index.json：搜索索引清单的格式不对');
    good = true;
    expect((await index.chunk(0)).map((r) => r.r.id)).toEqual(['c1']);
    expect(asked.filter((p) => p === 'search/index.json')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { prefetchQuery } from '../../../../src/lib/search/early';
import { intersectChunks, queryGrams, shardOf, shardPath } from '../../../../src/lib/search/grams';
import { questionRecord, type SearchRecord } from '../../../../src/lib/search/records';
import { ShardedIndex } from '../../../../src/lib/search/sharded';
import { buildIndex } from '../../../../src/lib/search/shards';
import { builtFiles, rec } from './built-files';

const records: SearchRecord[] = [
  rec('c1', 'criterion', '高炉炉顶放散阀', '煤气 30 kPa'),
  rec('c2', 'criterion', '液氨制冷', '快速冻结装置作业间 9人'),
  rec('t1', 'task', '有限空间作业', '先通风、再检测、后作业'),
  rec('k2', 'case', '氨气泄漏', '液氨管道'),
];
const bank = [{ id: 'q1', stem: '液氨车间人数', options: ['9人', '10人'], explanation: '放散阀', clauses: ['第九条'] }];
const built = buildIndex(records, [bank.map(questionRecord)], { chunkChars: 20, shardChars: 100 });

/** A file reader over the built index that records what was asked for. */
const reader = (asked: string[]) => builtFiles(built, bank, asked);

describe('early start of a ?q= link', () => {
  it('cuts the query to 100 characters before making grams', () => {
    expect(queryGrams('液氨'.repeat(4000)).length).toBeLessThanOrEqual(2);
    expect(queryGrams('放散阀 液氨')).toEqual(['放散', '散阀', '液氨']);
    expect(queryGrams('  ，。 ')).toEqual([]);
  });

  it('keeps only chunks every gram lists', () => {
    expect(intersectChunks([{ 放散: '0,2,a' }, { 散阀: '2,a,b' }], ['放散', '散阀'])).toEqual([2, 10]);
    expect(intersectChunks([{}], ['放散'])).toEqual([]);
    expect(intersectChunks([], [])).toEqual([]);
  });

  it.each(['放散阀', '液氨', '液氨 9人', '先通风', '不存在的词'])(
    '%s: asks for the shards and non-question chunks the island then needs, and nothing else',
    async (q) => {
      const early: string[] = [];
      await prefetchQuery(q, built.manifest, reader(early));
      const island: string[] = [];
      const index = new ShardedIndex(reader(island));
      await index.records(await index.candidates(q));
      const needed = island.filter((p) => p !== 'search/index.json' && !p.startsWith('practice/bank/'));
      expect(new Set(early)).toEqual(new Set(needed));
      expect(early.every((p) => !p.startsWith('practice/bank/'))).toBe(true);
    },
  );

  it('names shards with the function the index is built with', async () => {
    const early: string[] = [];
    await prefetchQuery('放散阀', built.manifest, reader(early));
    const shards = early.filter((p) => p.startsWith('search/g/'));
    expect(shards.sort()).toEqual([...new Set(['放散', '散阀'].map((g) => shardPath(shardOf(g, built.manifest.shards))))].sort());
    expect(built.dict[shardOf('放散', built.manifest.shards)]).toHaveProperty('放散');
  });

  it('asks for nothing on an empty query', async () => {
    const early: string[] = [];
    await prefetchQuery('   ', built.manifest, reader(early));
    expect(early).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { prepare, type Prepared } from '../../../../src/lib/search/engine';
import { decodeList, encodeList, gramsOf, shardOf, termGrams } from '../../../../src/lib/search/grams';
import { MAX_QUERY, fullScan, runSearch } from '../../../../src/lib/search/pipeline';
import { ShardedIndex } from '../../../../src/lib/search/sharded';
import { buildIndex, chunkRecords } from '../../../../src/lib/search/shards';
import { questionRecord, type SearchRecord } from '../../../../src/lib/search/records';
import { must } from '../../../must';
import { builtFiles, rec } from './built-files';

const records: SearchRecord[] = [
  rec('c1', 'criterion', '高炉炉顶放散阀', '煤气 30 kPa'),
  rec('c2', 'criterion', '液氨制冷', '快速冻结装置作业间 9人'),
  rec('c3', 'criterion', '粉尘爆炸', '锁气卸灰装置'),
  rec('t1', 'task', '有限空间作业', '先通风、再检测、后作业'),
  rec('k1', 'case', '昆山中荣', '铝粉尘爆炸 积尘'),
  rec('k2', 'case', '氨气泄漏', '液氨管道'),
];
const bank = [
  { id: 'q1', stem: '放散阀的作用？', options: ['甲', '乙'], explanation: '炉顶压力', clauses: ['第四条'] },
  { id: 'q2', stem: '液氨车间人数', options: ['9人', '10人'], explanation: '快速冻结', clauses: ['第九条'] },
];

function indexOf(built: ReturnType<typeof buildIndex>, loaded: string[] = []) {
  return new ShardedIndex(builtFiles(built, bank, loaded));
}
const noFuzzy = async () => ({ search: () => [] });

describe('grams', () => {
  it('covers a term with non-overlapping bigrams plus the last pair', () => {
    expect(termGrams('放散阀')).toEqual(['放散', '散阀']);
    expect(termGrams('有限空间')).toEqual(['有限', '空间']);
    expect(termGrams('氨')).toEqual(['氨']);
  });
  it('indexes every unigram and bigram of a field', () => {
    expect([...gramsOf('液氨')]).toEqual(['液', '液氨', '氨']);
  });
  it('round-trips chunk lists and spreads grams over shards', () => {
    expect(decodeList(encodeList([0, 3, 40]))).toEqual([0, 3, 40]);
    expect(decodeList('')).toEqual([]);
    const used = new Set(['液氨', '放散', '粉尘', '有限', '空间', '昆山', '通风'].map((g) => shardOf(g, 4)));
    expect(used.size).toBeGreaterThan(1);
  });
});

describe('sharded index', () => {
  const built = buildIndex(records, [bank.map(questionRecord)], { chunkChars: 20, shardChars: 200 });
  const all: Prepared[] = prepare([...records, ...bank.map(questionRecord)]);

  it('cuts chunks of one kind each, in record order', () => {
    const chunks = chunkRecords(records, 20);
    expect(chunks.flat().map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const c of chunks) expect(new Set(c.map((r) => r.k)).size).toBe(1);
    expect(built.manifest.chunks.at(-1)).toEqual({ k: 'question', u: 'practice/bank/0.json' });
    expect(built.manifest.shards).toBeGreaterThan(1);
  });

  it.each(['放散阀', '液氨', '氨', '液氨 9人', '30kPa', '30 kPa', '先通风', '积尘', '不存在的词', '炉顶', '甲'])(
    '%s: same hits as a full scan',
    async (q) => {
      const sharded = await runSearch(indexOf(built), q, { makeFuse: noFuzzy });
      expect(sharded.map((h) => h.r.id)).toEqual(fullScan(all, q).map((h) => h.r.id));
    },
  );

  it('loads only the chunks that can hold the query', async () => {
    const loaded: string[] = [];
    // Two characters: no fuzzy fallback, which would need every chunk.
    await runSearch(indexOf(built, loaded), '卸灰', { makeFuse: noFuzzy });
    const chunks = loaded.filter((p) => p.startsWith('search/c/') || p.startsWith('practice/bank/'));
    expect(chunks).toHaveLength(1);
    expect(loaded).not.toContain('practice/bank/0.json');
  });

  it('shows other kinds first while the question bank loads', async () => {
    const partial: string[][] = [];
    const final = await runSearch(indexOf(built), '液氨', { makeFuse: noFuzzy, onPartial: (h) => partial.push(h.map((x) => x.r.id)) });
    expect(partial).toEqual([['c2', 'k2']]);
    expect(final.map((h) => h.r.id)).toContain('q2');
  });

  it('hands the fuzzy fallback at most the first 100 characters of a huge query', async () => {
    const seen: string[] = [];
    const fuse = async () => ({
      search: (q: string) => {
        seen.push(q);
        return [];
      },
    });
    await runSearch(indexOf(built), '锁'.repeat(8000), { makeFuse: fuse });
    expect(seen).toHaveLength(1);
    expect(must(seen[0]).length).toBeLessThanOrEqual(MAX_QUERY);
  });
});

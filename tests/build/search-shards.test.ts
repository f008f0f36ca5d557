/**
 * The sharded index on the real built site: for every golden query, loading only the candidate chunks gives exactly the
 * hits of a full scan over every record (the old single index), in the same order, and loads only part of the index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/lib/search/engine';
import { fullScan, runSearch } from '../../src/lib/search/pipeline';
import { ShardedIndex } from '../../src/lib/search/sharded';
import { questionRecord, type QuestionIn, type SearchRecord } from '../../src/lib/search/records';
import type { SearchManifest } from '../../src/lib/search/shards';
import { ROOT } from './site';
import { must } from '../must';

const golden = (JSON.parse(readFileSync(path.join(ROOT, 'tests/search/golden.json'), 'utf8')) as { queries: { q: string }[] }).queries;
const read = (p: string) => JSON.parse(readFileSync(path.join(ROOT, 'dist', p), 'utf8')) as unknown;

function everyRecord(): SearchRecord[] {
  const m = read('search/index.json') as SearchManifest;
  return m.chunks.flatMap((c) => (c.k === 'question' ? (read(c.u) as QuestionIn[]).map(questionRecord) : (read(c.u) as SearchRecord[])));
}

describe('sharded search index (dist/)', () => {
  const all = prepare(everyRecord());
  const noFuzzy = async () => ({ search: () => [] });

  it.each(golden.map((g) => g.q))('%s: same hits as a full scan', async (q) => {
    const loaded: string[] = [];
    const index = new ShardedIndex(async (p) => {
      loaded.push(p);
      return read(p);
    });
    const sharded = await runSearch(index, q, { makeFuse: noFuzzy });
    const full = fullScan(all, q);
    // Fuzzy extras aside (they need every title), the exact hits must be identical, order included.
    expect(sharded.filter((h) => h.exact).map((h) => [h.r.id, h.score])).toEqual(full.map((h) => [h.r.id, h.score]));
    expect(full.length).toBeGreaterThan(0);
  });

  it('a first query loads only part of the index', async () => {
    const loaded: string[] = [];
    const index = new ShardedIndex(async (p) => {
      loaded.push(p);
      return read(p);
    });
    await runSearch(index, must(golden[0]).q, { makeFuse: noFuzzy });
    const m = read('search/index.json') as SearchManifest;
    const chunks = loaded.filter((p) => p.startsWith('search/c/') || p.startsWith('practice/bank/'));
    const shards = loaded.filter((p) => p.startsWith('search/g/'));
    expect(chunks.length).toBeLessThan(m.chunks.length / 2);
    expect(shards.length).toBeLessThanOrEqual(3);
  });

  it('stores no question text in the search files (it comes from the bank)', () => {
    const m = read('search/index.json') as SearchManifest;
    const bank = read('practice/bank.json') as QuestionIn[];
    const fromChunks = m.chunks.filter((c) => c.k === 'question').flatMap((c) => read(c.u) as QuestionIn[]);
    expect(fromChunks.map((q) => q.id)).toEqual(bank.map((q) => q.id));
    const files = m.chunks.filter((c) => c.k !== 'question').map((c) => readFileSync(path.join(ROOT, 'dist', c.u), 'utf8'));
    const stem = must(bank.find((q) => q.stem.length > 20)).stem;
    expect(files.some((f) => f.includes(stem))).toBe(false);
    for (const c of m.chunks.filter((x) => x.k === 'question')) expect(c.u).toMatch(/^practice\/bank\/\d+\.json$/);
  });
});

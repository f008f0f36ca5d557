/** Test helpers for the search index tests: records in one line, and the files of an index built in memory. */
import type { SearchRecord } from '../../../../src/lib/search/records';
import type { buildIndex } from '../../../../src/lib/search/shards';

/** A search record with only what the index reads (id, kind, title, body). */
export const rec = (id: string, k: SearchRecord['k'], t: string, b = ''): SearchRecord => ({ id, k, t, w: '', l: '', b, u: `/x/${id}/` });

/** Serves the files of an index built in memory, as the site serves them, and notes each path asked for. */
export function builtFiles(built: ReturnType<typeof buildIndex>, bank: readonly unknown[], asked: string[] = []) {
  return async (p: string): Promise<unknown> => {
    asked.push(p);
    if (p === 'search/index.json') return built.manifest;
    if (p === 'practice/bank/0.json') return bank;
    const g = /^search\/g\/(\d+)\.json$/.exec(p);
    if (g) return built.dict[Number(g[1])];
    const f = built.files.get(p);
    if (!f) throw new Error(`missing ${p}`);
    return f;
  };
}

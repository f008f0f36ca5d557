/** Test helper: serves the files of an index built in memory, as the site serves them, and notes each path asked for. */
import type { buildIndex } from '../../../../src/lib/search/shards';

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

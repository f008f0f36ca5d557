/** The practice bank, built once from the validated collections: it feeds /practice/bank.json, the bank chunks and the search's question records. */
import { getCriteria, getQuestions, regulationShortTitles } from './content';
import { buildBank } from '../lib/practice/build-bank';
import type { BankQuestion } from '../lib/practice/bank';
import { chunkBank } from '../lib/practice/bank-chunks';

let bank: Promise<BankQuestion[]> | undefined;

/** The bank in file order (memoised per build: several routes read it). */
export function getBank(): Promise<BankQuestion[]> {
  bank ??= (async () => {
    const criteria = (await getCriteria()).map((c) => ({ id: c.id, ...c.data }));
    return buildBank(
      (await getQuestions()).map((q) => q.data),
      criteria,
      await regulationShortTitles(),
    );
  })();
  return bank;
}

let chunks: Promise<BankQuestion[][]> | undefined;

/** The bank cut into the chunk files practice and search both read (src/lib/practice/bank-chunks.ts). */
export function getBankChunks(): Promise<BankQuestion[][]> {
  chunks ??= getBank().then((b) => chunkBank(b));
  return chunks;
}

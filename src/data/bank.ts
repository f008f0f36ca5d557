/** The practice bank, built once from the validated collections: it feeds /practice/bank.json, the bank chunks and the search's question records. */
import { getCriteria, getQuestions, regulationShortTitles } from './content';
import { buildBank } from '../lib/practice/build-bank';
import type { BankQuestion } from '../lib/practice/bank';
import { chunkBank } from '../lib/practice/bank-chunks';
import { relevanceOrder } from '../lib/practice/pick';

let bank: Promise<BankQuestion[]> | undefined;

/**
 * The bank in 顺序练习 order (by criterion, then file order; memoised per build: several routes read it). With the bank
 * already in that order, the first chunk holds the first questions of 顺序练习, so practice can start before the rest.
 */
export function getBank(): Promise<BankQuestion[]> {
  bank ??= (async () => {
    const criteria = (await getCriteria()).map((c) => ({ id: c.id, ...c.data }));
    const built = buildBank(
      (await getQuestions()).map((q) => q.data),
      criteria,
      await regulationShortTitles(),
    );
    return relevanceOrder(built, null);
  })();
  return bank;
}

let chunks: Promise<BankQuestion[][]> | undefined;

/** The bank cut into the chunk files practice and search both read (src/lib/practice/bank-chunks.ts). */
export function getBankChunks(): Promise<BankQuestion[][]> {
  chunks ??= getBank().then((b) => chunkBank(b));
  return chunks;
}

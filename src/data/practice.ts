/** The practice bank built from the validated collections, shared by /practice/bank.json and the search records. */
import { getCriteria, getQuestions, regulationShortTitles } from './content';
import { buildBank } from '../lib/practice/build-bank';
import type { BankQuestion } from '../lib/practice/bank';

export async function getBank(): Promise<BankQuestion[]> {
  return buildBank(
    (await getQuestions()).map((q) => q.data),
    (await getCriteria()).map((c) => ({ id: c.id, ...c.data })),
    await regulationShortTitles(),
  );
}

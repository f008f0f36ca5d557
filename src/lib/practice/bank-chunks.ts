/**
 * The bank as chunks, in bank order: a small first chunk (the first questions of 顺序练习 arrive in one short download),
 * then larger ones. The same chunks are the search's question chunks, so question text is downloaded once for both.
 */
import type { BankQuestion } from './bank';

/** Text in the first chunk: small, so the first question can be shown before the rest arrive. */
export const FIRST_CHUNK_CHARS = 4_000;
/**
 * Text in every later chunk, at least. A search for a question loads every chunk holding a hit, so smaller chunks mean
 * fewer bytes per query (at 16 000 a first search at 1× loaded 60.5 kB, at 8 000 55 kB, in `npm run bench:search`).
 */
export const CHUNK_CHARS = 8_000;
/**
 * At most this many later chunks: past it they grow instead. Draw modes (随机练习, 模拟考试) wait for the whole bank,
 * and each file costs its share of round trips on six connections: at 10× content 84 chunks of 8 000 finished 2.4 s
 * later than 43 of 16 000 on the weak-signal profile, while at 1× 9 chunks against 5 made no measurable difference.
 */
export const MAX_CHUNKS = 40;

/** Size of a question's text, as the chunk budgets count it. */
const size = (q: BankQuestion) => q.stem.length + q.explanation.length + q.options.join('').length + q.clauses.join('').length;

export function chunkBank(
  bank: readonly BankQuestion[],
  first = FIRST_CHUNK_CHARS,
  least = CHUNK_CHARS,
  most = MAX_CHUNKS,
): BankQuestion[][] {
  const rest = Math.max(least, Math.ceil(bank.reduce((n, q) => n + size(q), 0) / most));
  const chunks: BankQuestion[][] = [];
  let used = 0;
  for (const q of bank) {
    // The limit of the chunk being filled: the first one is small.
    const limit = chunks.length <= 1 ? first : rest;
    const last = chunks.at(-1);
    if (!last || used + size(q) > limit) {
      chunks.push([q]);
      used = size(q);
    } else {
      last.push(q);
      used += size(q);
    }
  }
  return chunks;
}

/** /practice/bank/index.json: how many chunk files there are (practice/bank/{n}.json; both paths in src/lib/routes.ts). */
export interface BankManifest {
  chunks: number;
  total: number;
}

/** The id of the JSON block the practice pages carry the manifest in (src/components/BankManifest.astro): one request less. */
export const BANK_MANIFEST_ID = 'practice-bank-manifest';

/** True for a manifest as the build writes it: at least one chunk, whole counts. */
export function isBankManifest(x: unknown): x is BankManifest {
  if (typeof x !== 'object' || x === null || !('chunks' in x) || !('total' in x)) return false;
  const { chunks, total } = x;
  return Number.isInteger(chunks) && Number.isInteger(total) && Number(chunks) >= 1 && Number(total) >= 0;
}

/** The manifest of chunks as cut by chunkBank. */
export const bankManifest = (chunks: readonly (readonly unknown[])[]): BankManifest => ({
  chunks: chunks.length,
  total: chunks.reduce((n, c) => n + c.length, 0),
});

import type { APIRoute } from 'astro';
import { getBankChunks } from '../../../data/bank';
import type { BankManifest } from '../../../lib/practice/bank-chunks';

/** How many bank chunks there are; preloaded with the first chunk by the practice pages. */
export const GET: APIRoute = async () => {
  const chunks = await getBankChunks();
  const body: BankManifest = { chunks: chunks.length, total: chunks.reduce((n, c) => n + c.length, 0) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

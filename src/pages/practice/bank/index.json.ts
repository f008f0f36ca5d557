import type { APIRoute } from 'astro';
import { getBankChunks } from '../../../data/bank';
import { bankManifest } from '../../../lib/practice/bank-chunks';

/** How many bank chunks there are. The practice pages carry the same manifest inline (BankManifest.astro); this file is
 * for a page without it. */
export const GET: APIRoute = async () => {
  const body = bankManifest(await getBankChunks());
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

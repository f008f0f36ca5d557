import type { APIRoute } from 'astro';
import { getBank } from '../../data/bank';

/** The practice bank: one cacheable file that the practice pages preload and the search reads its questions from. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getBank()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

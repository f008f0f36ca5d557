import type { APIRoute } from 'astro';
import { getBank } from '../../data/bank';

/**
 * The whole bank in one file, for tools and tests that want the answer key at once. The islands read the chunk files
 * (practice/bank/{n}.json) instead, and it is not part of the offline set.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getBank()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { getBank } from '../../data/practice';

/** The practice bank, fetched by the practice islands on first use (not inlined into pages). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getBank()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { getSearchRecords } from '../../data/search';

/** The search index, fetched by the search island on first use. Compact JSON: short keys, no whitespace. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchRecords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

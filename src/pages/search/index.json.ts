import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/search';

/** The search manifest: chunk list and dictionary shard count (src/lib/search/shards.ts). A few hundred bytes. */
export const GET: APIRoute = async () => json((await getSearchIndex()).manifest);

export const json = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

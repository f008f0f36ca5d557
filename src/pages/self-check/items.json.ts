import type { APIRoute } from 'astro';
import { buildChecks } from '../../data/checks';

/**
 * The self-check items as one cacheable file, preloaded by the self-check and report pages.
 * Why a file and not island props: props were inlined into both pages' HTML (downloaded twice, never cached on their own).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildChecks()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

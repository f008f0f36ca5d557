import type { APIRoute } from 'astro';
import { serviceWorkerSource } from '../lib/sw-source';

/** The offline service worker (src/lib/sw-source.ts); the build's manifest is filled in after the build. */
export const GET: APIRoute = () =>
  new Response(serviceWorkerSource(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

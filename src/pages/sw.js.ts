import type { APIRoute } from 'astro';
import { serviceWorkerSource } from '../lib/sw-source';

// A new version per build, so old caches are dropped when a new site is deployed.
const VERSION = new Date()
  .toISOString()
  .replace(/[^0-9]/g, '')
  .slice(0, 14);

/** The offline service worker (see src/lib/sw-source.ts). */
export const GET: APIRoute = () =>
  new Response(serviceWorkerSource(import.meta.env.BASE_URL, VERSION), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

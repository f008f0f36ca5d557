/**
 * The service worker, as source text generated at build time (src/pages/sw.js.ts) with the base path and a build version.
 * Why: on a shop floor with weak signal, a page that was opened once (practice, self-check, search, and every page visited
 * after) should open again offline. Strategies: hashed assets cache-first; pages network-first with a timeout, then cache;
 * JSON (question bank, search index) stale-while-revalidate. Pages that register it tell it which resources they loaded.
 */
export function serviceWorkerSource(base: string, version: string): string {
  return `// 工贸安全自查自学站 service worker, build ${version}
const BASE = ${JSON.stringify(base)};
const CACHE = 'gmaq-' + ${JSON.stringify(version)};
const PAGE_TIMEOUT_MS = 4000;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('gmaq-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

const ours = (url) => url.origin === self.location.origin && url.pathname.startsWith(BASE);

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'cache-urls' || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls.filter((u) => typeof u === 'string' && ours(new URL(u, self.location.href)));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((u) => cache.add(u).catch(() => undefined)))).then(() => {
    if (event.source) event.source.postMessage({ type: 'cached', count: urls.length });
  }));
});

async function put(request, response) {
  if (response && response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function cacheFirst(request) {
  const hit = await caches.match(request);
  return hit || put(request, await fetch(request));
}

async function networkFirst(request) {
  const network = fetch(request).then((r) => put(request, r));
  const timeout = new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch (e) {
    // offline: fall through to the cache
  }
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  return network;
}

async function staleWhileRevalidate(request) {
  const hit = await caches.match(request);
  const fresh = fetch(request).then((r) => put(request, r)).catch(() => undefined);
  return hit || (await fresh) || Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!ours(url) || url.pathname === BASE + 'sw.js') return;
  if (url.pathname.startsWith(BASE + '_astro/')) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else event.respondWith(staleWhileRevalidate(request));
});
`;
}

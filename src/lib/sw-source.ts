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
  const urls = [...new Set(event.data.urls.filter((u) => typeof u === 'string').map((u) => keyOf(new URL(u, self.location.href))))].filter(Boolean);
  event.waitUntil(Promise.all(urls.map(async (u) => {
    if (inflight.has(u) || (await match(u))) return;
    await track(u, fetch(u).then((r) => put(u, r))).catch(() => undefined);
  })));
});

// One download per key at a time: two overlapping writes of the same entry can lose it if the network drops mid-way.
const inflight = new Map();
function track(key, promise) {
  inflight.set(key, promise);
  promise.finally(() => inflight.get(key) === promise && inflight.delete(key)).catch(() => undefined);
  return promise;
}

/** Entries are keyed by URL alone (no query for pages, no Vary), so a stored copy is found whatever headers a request had. */
function keyOf(url) {
  if (!ours(url)) return '';
  return url.origin + url.pathname + (url.pathname.startsWith(BASE + '_astro/') ? '' : url.search);
}

async function match(key) {
  const cache = await caches.open(CACHE);
  return cache.match(key, { ignoreVary: true });
}

async function put(key, response) {
  if (response && response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(key, response.clone());
  }
  return response;
}

async function cacheFirst(request, key) {
  const hit = await match(key);
  if (hit) return hit;
  if (inflight.has(key)) {
    await inflight.get(key).catch(() => undefined);
    const stored = await match(key);
    if (stored) return stored;
  }
  return track(key, fetch(request).then((r) => put(key, r)));
}

async function networkFirst(request, key) {
  const network = fetch(request).then((r) => put(key, r));
  const timeout = new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch (e) {
    // offline: fall through to the cache
  }
  const url = new URL(key);
  return (await match(key)) || (await match(url.origin + url.pathname)) || network;
}

async function staleWhileRevalidate(request, key) {
  const hit = await match(key);
  const fresh = fetch(request).then((r) => put(key, r)).catch(() => undefined);
  return hit || (await fresh) || Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!ours(url) || url.pathname === BASE + 'sw.js') return;
  const key = keyOf(url);
  if (url.pathname.startsWith(BASE + '_astro/')) event.respondWith(cacheFirst(request, key));
  else if (request.mode === 'navigate') event.respondWith(networkFirst(request, key));
  else event.respondWith(staleWhileRevalidate(request, key));
});
`;
}

/**
 * The service worker, as source text (served as /sw.js by src/pages/sw.js.ts; the post-build step in
 * src/integrations/offline-build.ts replaces the manifest placeholder with this build's id and file list).
 *
 * Hand-written rather than Workbox: the whole policy is ~120 lines, it has to key pages by build, and a library would add
 * its own runtime and build plugin for less control. The rules, each for a failure users had:
 * - One build's code and data are always served together: the worker installs the whole set (code, data, app pages) into
 *   a cache named after the build before it takes over; if any file fails, the install fails and the old worker and its
 *   cache stay. A new worker waits while old pages are open (no skipWaiting) until the user taps 刷新 in the notice.
 * - Pages are answered from the cache at once (weak signal is the normal case) and revalidated in the background; a page
 *   from another build is never stored in this build's cache, it makes the worker check for its update instead.
 * - A page the network served from another build gets that build's files from the network, never this build's data.
 * - Files not in the set (open data, other pages) are cached when fetched, in the current build's cache.
 */
import { MANIFEST_PLACEHOLDER } from './build-manifest';

export function serviceWorkerSource(base: string): string {
  return `// 工贸安全自查自学站 service worker
const MANIFEST = ${MANIFEST_PLACEHOLDER};
const BASE = ${JSON.stringify(base)};
const CACHE = 'gmaq-' + MANIFEST.build;
const BUILD_META = /<meta name="gmaq-build" content="([0-9a-z]+)">/;

const ours = (url) => url.origin === self.location.origin && url.pathname.startsWith(BASE);
/** Pages are keyed by path (a ?q= or ?c= does not make another page); everything else by path and query. */
const keyOf = (url, page) => url.origin + url.pathname + (page ? '' : url.search);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The whole set or nothing: one failed file rejects, and the old worker keeps serving its own complete set.
    await Promise.all(MANIFEST.files.map(async (u) => {
      const r = await fetch(u, { cache: 'reload' });
      if (!r.ok) throw new Error(u + ' ' + r.status);
      await cache.put(new URL(u, self.location.href).href, r);
    }));
    // Pages read under the previous build are fetched again from this build, so they stay available offline.
    for (const old of await caches.keys()) {
      if (!old.startsWith('gmaq-') || old === CACHE) continue;
      const prev = await caches.open(old);
      for (const req of await prev.keys()) {
        if ((await cache.match(req.url)) || !req.url.endsWith('/')) continue;
        try {
          const r = await fetch(req.url, { cache: 'reload' });
          if (r.ok && (await buildOf(r.clone())) === MANIFEST.build) await cache.put(req.url, r);
        } catch (e) {
          // best effort: the page will be cached again when it is next opened
        }
      }
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('gmaq-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

async function buildOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('text/html')) return '';
  const m = BUILD_META.exec(await response.text());
  return m ? m[1] : '';
}

/** Client id → build of the page it shows, when the network served a page from another build. */
const foreign = new Map();

async function page(event, url) {
  const key = keyOf(url, true);
  const cache = await caches.open(CACHE);
  const network = fetch(event.request).then(async (r) => {
    const build = await buildOf(r.clone());
    if (r.ok && build === MANIFEST.build) await cache.put(key, r.clone());
    else if (r.ok && build) self.registration.update().catch(() => undefined);
    return { r, build };
  });
  const hit = await cache.match(key, { ignoreVary: true });
  if (hit) {
    event.waitUntil(network.catch(() => undefined));
    return hit;
  }
  const { r, build } = await network;
  if (build && build !== MANIFEST.build && event.resultingClientId) foreign.set(event.resultingClientId, build);
  return r;
}

async function file(event, url) {
  const key = keyOf(url, false);
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key, { ignoreVary: true });
  if (hit) return hit;
  const r = await fetch(event.request);
  if (r.ok && r.type === 'basic') await cache.put(key, r.clone());
  return r;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!ours(url) || url.pathname === BASE + 'sw.js') return;
  if (request.mode === 'navigate') return event.respondWith(page(event, url));
  // A page of another build loads its own files from the network: never this build's data under that build's code.
  if (foreign.has(event.clientId)) return;
  event.respondWith(file(event, url));
});
`;
}

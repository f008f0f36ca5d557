/**
 * Inline script of the search page (not an island: src/data/search-early.ts bundles it into the HTML head, where it runs
 * before the island's JS has even arrived). On a /search/?q= load it starts the index requests of that query and leaves
 * them on window[EARLY_KEY] for the island's loader (search-index.ts). Its element carries the build's shard count and
 * base path as data attributes, so the script text, and with it its CSP hash, only changes when this code does.
 */
import { EARLY_KEY, prefetchQuery, type EarlyLoads } from '../../lib/search/early';

const el = document.currentScript;
const q = new URLSearchParams(location.search).get('q') ?? '';
if (el && q.trim()) {
  const base = el.dataset.base ?? '/';
  const loads: EarlyLoads = new Map();
  (window as unknown as Record<string, EarlyLoads>)[EARLY_KEY] = loads;
  const load = (p: string) => {
    let r = loads.get(p);
    if (!r) {
      r = fetch(base + p).then((res) => {
        if (!res.ok) throw new Error(`${p}: ${res.status}`);
        return res.json();
      });
      loads.set(p, r);
    }
    return r;
  };
  // A failure here is not shown: the island retries each file through its own loader.
  prefetchQuery(q, Number(el.dataset.shards), load).catch(() => undefined);
}

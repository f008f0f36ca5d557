/**
 * Inline script of the search page (not an island: src/data/search-early.ts bundles it into the HTML head, where it runs
 * before the island's JS has even arrived). It hands the island the manifest the page carries in data-manifest, and on a
 * /search/?q= load it starts the index requests of that query; both are left on window[EARLY_KEY] for the island's
 * loader (search-index.ts). The manifest is an attribute, not part of the code, so the script's CSP hash only changes
 * when this code does.
 */
import { joinBase } from '../../lib/paths';
import { EARLY_KEY, prefetchQuery, type EarlyLoads } from '../../lib/search/early';
import { MANIFEST_PATH } from '../../lib/search/grams';
import { isSearchManifest } from '../../lib/search/files';

const el = document.currentScript;
const manifest: unknown = el?.dataset.manifest ? JSON.parse(el.dataset.manifest) : undefined;
if (el && isSearchManifest(manifest)) {
  const base = el.dataset.base ?? '/';
  const loads: EarlyLoads = new Map([[MANIFEST_PATH, Promise.resolve(manifest)]]);
  window[EARLY_KEY] = loads;
  const load = (p: string) => {
    let r = loads.get(p);
    if (!r) {
      r = fetch(joinBase(base, p)).then((res) => {
        if (!res.ok) throw new Error(`${p}: ${res.status}`);
        return res.json();
      });
      loads.set(p, r);
    }
    return r;
  };
  const q = new URLSearchParams(location.search).get('q') ?? '';
  // A failure here is not shown: the island asks again for each file through its own loader.
  if (q.trim()) prefetchQuery(q, manifest, load).catch(() => undefined);
}

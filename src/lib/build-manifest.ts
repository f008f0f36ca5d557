/**
 * Pure helpers for the post-build step (src/integrations/offline-build.ts): which files one build's offline set holds,
 * the build id, the static import graph of a page's island modules (for modulepreload), and the HTML rewrite.
 * Why after the build: hashed chunk names and the final file list exist only then.
 */
import { createHash } from 'node:crypto';
import { routes } from './routes';

/** Pages that work offline as applications: precached with the whole set, whichever of them the user opened (paths
 * relative to the out dir, so without the leading slash). */
export const APP_PAGES = [
  routes.practice(),
  routes.practicePaper(),
  routes.selfCheck(),
  routes.selfCheckReport(),
  routes.selfCheckLedger(),
  routes.search(),
].map((p) => p.slice(1));
/** Data files the islands fetch (the search index lives under search/). */
const DATA = [/^practice\/bank\/.+\.json$/, /^self-check\/items\.json$/, /^search\/.+\.json$/, /^favicon\.svg$/];

/** Files (relative to the out dir, '/'-separated) that make one build's offline set: code, data and app pages. */
export function precacheFiles(files: readonly string[]): string[] {
  const pages = new Set(APP_PAGES.map((p) => `${p}index.html`));
  return files
    .filter((f) => f.startsWith('_astro/') || DATA.some((re) => re.test(f)) || pages.has(f))
    .map((f) => (f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}

/** A short id over every file's path and bytes: any change in code or content gives a new id. */
export function buildId(entries: readonly { file: string; bytes: Uint8Array }[]): string {
  const h = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    h.update(e.file);
    h.update('\0');
    h.update(createHash('sha256').update(e.bytes).digest());
  }
  return h.digest('hex').slice(0, 12);
}

/** Relative imports of a built chunk that load with it (static `import … from "./x.js"`, not dynamic `import()`). */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].flatMap(
    (m) => m[1] ?? [],
  );
}

/** Entry modules of a page's islands: their components and renderers. */
export function islandEntries(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].flatMap((m) => m[1] ?? []))];
}

/** Entry modules of a page's module scripts with a src (e.g. the header search). */
export function scriptEntries(html: string): string[] {
  return [...new Set([...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].flatMap((m) => m[1] ?? []))];
}

/**
 * Every module a page needs before its islands can run, entries first. `read` returns a chunk's source by its URL path.
 * Why: the island loader finds the component three imports deep; preloading the whole graph fetches it in one round trip.
 */
export function moduleGraph(entries: readonly string[], read: (urlPath: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const visit = (u: string) => {
    if (seen.has(u)) return;
    const src = read(u);
    if (src === undefined) return;
    seen.add(u);
    const dir = u.slice(0, u.lastIndexOf('/') + 1);
    for (const rel of staticImports(src)) visit(new URL(rel, `http://x${dir}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

/** The modules in `urls`, largest first; equal sizes keep their order. */
export function largestFirst(urls: readonly string[], size: (urlPath: string) => number): string[] {
  return urls
    .map((u, i) => ({ u, i, n: size(u) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.u);
}

/**
 * The modules a page preloads, in the order it asks for them: the islands' graph first, largest first, then what only
 * the page's other module scripts need (the header search), which no island waits for.
 * Why this order: over HTTP/1.1 the browser opens six connections to the host, and a request beyond them waits for one
 * to free up and then a whole round trip. A small file costs that wait and little else, a large one its transfer too;
 * asked last, a large file ended the practice page's loading 0.15 s later on the weak-signal profile (400 ms round
 * trip), and the header search asked before the island's renderer held the renderer back as long again.
 */
export function preloadOrder(html: string, read: (urlPath: string) => string | undefined): string[] {
  const size = (u: string) => read(u)?.length ?? 0;
  const islands = moduleGraph(islandEntries(html), read);
  const scriptsOnly = moduleGraph(scriptEntries(html), read).filter((u) => !islands.includes(u));
  return [...largestFirst(islands, size), ...largestFirst(scriptsOnly, size)];
}

/** Adds the build id and modulepreload links to a page's head (idempotent: a page already stamped is left alone). */
export function stampHtml(html: string, build: string, preload: readonly string[]): string {
  if (html.includes('name="gmaq-build"')) return html;
  const links = preload.map((u) => `<link rel="modulepreload" href="${u}">`).join('');
  // Before the inlined stylesheet, so the preload scanner sees the modules as early as possible.
  const at = html.search(/<style|<\/head>/);
  return `${html.slice(0, at)}<meta name="gmaq-build" content="${build}">${links}${html.slice(at)}`;
}

/** The placeholder in /sw.js that the post-build step replaces with the manifest. */
export const MANIFEST_PLACEHOLDER = '{"build":"dev","files":[]}';

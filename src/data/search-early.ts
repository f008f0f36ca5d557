/**
 * The search page's early script (src/islands/search/early-script.ts) as inline code plus its CSP hash, built once per
 * build: it shares the gram and shard functions with the search island.
 */
import { bundleInlineScript, type InlineScript } from './inline-script';
import { getSearchIndex } from './search';

export interface EarlyScript extends InlineScript {
  /** The search manifest as JSON, for the script element's data-manifest (one request less on a cold search). */
  manifest: string;
}

let built: Promise<EarlyScript> | undefined;

/** The early script of this build. */
export function getEarlyScript(): Promise<EarlyScript> {
  built ??= (async () => {
    const [script, index] = await Promise.all([
      bundleInlineScript('src/islands/search/early-script.ts', '搜索页早启脚本'),
      getSearchIndex(),
    ]);
    return { ...script, manifest: JSON.stringify(index.manifest) };
  })();
  return built;
}

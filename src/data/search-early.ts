/**
 * The search page's early script (src/islands/search/early-script.ts) as inline code plus its CSP hash, built once per
 * build. It is bundled here, not by Astro: Astro inlines a <script> only when it shares no module with an island, and
 * this one shares the gram and shard functions with the search island (one source of truth for both sides).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { getSearchIndex } from './search';

export interface EarlyScript {
  /** Minified classic script (an IIFE) for a `<script is:inline>`. */
  code: string;
  /** 'sha256-…' of `code`, for the page's script-src. */
  hash: `sha256-${string}`;
  /** The search manifest as JSON, for the script element's data-manifest (one request less on a cold search). */
  manifest: string;
}

const ENTRY = 'src/islands/search/early-script.ts';
let built: Promise<EarlyScript> | undefined;

async function bundle(): Promise<string> {
  // The build runs from the project root (also in the temp copies of the benchmarks and e2e tests).
  const bundler = await rolldown({ input: path.resolve(process.cwd(), ENTRY), platform: 'browser', logLevel: 'silent' });
  try {
    const { output } = await bundler.generate({ format: 'iife', minify: true });
    const code = output[0].code.trim();
    if (!code) throw new Error(`搜索页早启脚本：${ENTRY} 打包后为空`);
    return code;
  } finally {
    await bundler.close();
  }
}

/** The early script of this build. */
export function getEarlyScript(): Promise<EarlyScript> {
  built ??= (async () => {
    const [code, index] = await Promise.all([bundle(), getSearchIndex()]);
    const hash = `sha256-${createHash('sha256').update(code).digest('base64')}` as const;
    return { code, hash, manifest: JSON.stringify(index.manifest) };
  })();
  return built;
}

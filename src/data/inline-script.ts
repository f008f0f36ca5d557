/**
 * Bundles a page's early script into one minified classic script for a `<script is:inline>`, with its CSP hash. Astro
 * inlines a <script> only when it shares no module with an island; these share their logic with one (a single source
 * of truth for both sides), so they are bundled here, once per build, with rolldown (the version Vite already installs).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { rolldown } from 'rolldown';

export interface InlineScript {
  /** Minified classic script (an IIFE). */
  code: string;
  /** 'sha256-…' of `code`, for the page's script-src. */
  hash: `sha256-${string}`;
}

/** `entry` is a path from the project root; `label` names the script in the Chinese build error if it comes out empty. */
export async function bundleInlineScript(entry: string, label: string): Promise<InlineScript> {
  // The build runs from the project root (also in the temp copies of the benchmarks and e2e tests).
  const bundler = await rolldown({ input: path.resolve(process.cwd(), entry), platform: 'browser', logLevel: 'silent' });
  try {
    const { output } = await bundler.generate({ format: 'iife', minify: true });
    const code = output[0].code.trim();
    if (!code) throw new Error(`${label}：${entry} 打包后为空`);
    return { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
  } finally {
    await bundler.close();
  }
}

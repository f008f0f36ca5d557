/**
 * The practice page's early script (src/islands/practice/early-script.ts) as inline code plus its CSP hash, built once
 * per build (bundled here, as the search page's is in search-early.ts: it shares lib/practice/early-tap.ts with the island).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { rolldown } from 'rolldown';

export interface PracticeEarlyScript {
  /** Minified classic script (an IIFE) for a `<script is:inline>`. */
  code: string;
  /** 'sha256-…' of `code`, for the page's script-src. */
  hash: `sha256-${string}`;
}

const ENTRY = 'src/islands/practice/early-script.ts';
let built: Promise<PracticeEarlyScript> | undefined;

async function bundle(): Promise<string> {
  // The build runs from the project root (also in the temp copies of the benchmarks and e2e tests).
  const bundler = await rolldown({ input: path.resolve(process.cwd(), ENTRY), platform: 'browser', logLevel: 'silent' });
  try {
    const { output } = await bundler.generate({ format: 'iife', minify: true });
    const code = output[0].code.trim();
    if (!code) throw new Error(`练习页早启脚本：${ENTRY} 打包后为空`);
    return code;
  } finally {
    await bundler.close();
  }
}

/** The practice page's early script of this build. */
export function getPracticeEarlyScript(): Promise<PracticeEarlyScript> {
  built ??= bundle().then((code) => ({ code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` as const }));
  return built;
}

/**
 * The practice page's early script (src/islands/practice/early-script.ts) as inline code plus its CSP hash, built once
 * per build: it shares lib/practice/early-tap.ts with the island.
 */
import { bundleInlineScript, type InlineScript } from './inline-script';

let built: Promise<InlineScript> | undefined;

/** The practice page's early script of this build. */
export function getPracticeEarlyScript(): Promise<InlineScript> {
  built ??= bundleInlineScript('src/islands/practice/early-script.ts', '练习页早启脚本');
  return built;
}

#!/usr/bin/env node
/**
 * Fails when package.json lists a dependency nothing uses, so every package we ship or install has a reason.
 *
 * A dependency counts as used when one of these holds:
 * - a source, test, script or config file imports it (`from 'x'`, `import('x')`, `import 'x'`, `require('x')`);
 * - it is `@types/x` and `x` is imported (`@types/node`: any `node:` import);
 * - a config file names it as a string (vitest's `environment: 'happy-dom'`, prettier's `plugins`);
 * - one of its commands is run by package.json scripts, .ci/run or a script (`npx pagefind`, `['astro', 'check']`);
 * - another used dependency declares it as a peer (typescript for typescript-eslint and @astrojs/check);
 * - it is in TOOLS below, which says which command loads it without an import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages loaded by a command rather than imported; the command must still appear somewhere. */
const TOOLS = { '@astrojs/check': 'astro check' };

const SOURCE = /\.(m?[jt]sx?|astro|mdx)$/;
const CONFIG = /(\.config\.[cm]?[jt]s|^\.prettierrc(\.json)?|^tsconfig\.json)$/;

/** Package name of an import specifier ('@a/b/c' → '@a/b', 'x/y' → 'x'), or undefined for relative/virtual ones. */
export function packageOf(spec) {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(spec)) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every bare module specifier imported by `text`. */
export function importsOf(text) {
  const out = new Set();
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;
  for (const m of text.matchAll(re)) {
    const p = packageOf(m[1]);
    if (p) out.add(p);
  }
  return out;
}

/**
 * Names of dependencies with no use.
 * @param {{ deps: string[], sources: string[], configs: string[], commands: string[], bins: Record<string, string[]>,
 *   peers: Record<string, string[]>, nodeImports: boolean, tools?: Record<string, string> }} input
 */
export function unusedDependencies({ deps, sources, configs, commands, bins, peers, nodeImports, tools = TOOLS }) {
  const imported = new Set();
  for (const t of [...sources, ...configs]) for (const p of importsOf(t)) imported.add(p);
  const configText = configs.join('\n');
  const commandText = commands.join('\n');
  const runs = (bin) =>
    new RegExp(`(^|[\\s;&|(]|npx\\s+)${bin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'm').test(commandText) ||
    commandText.includes(`'${bin}'`);
  const used = new Set();
  for (const d of deps) {
    const typesFor = d.startsWith('@types/') ? d.slice('@types/'.length) : undefined;
    if (
      imported.has(d) ||
      (typesFor === 'node' && nodeImports) ||
      (typesFor && imported.has(typesFor)) ||
      configText.includes(`'${d}'`) ||
      configText.includes(`"${d}"`) ||
      (bins[d] ?? []).some(runs) ||
      (tools[d] && commandText.includes(tools[d]))
    )
      used.add(d);
  }
  // Peers of used packages are used too (repeat until nothing changes: a peer can have peers).
  for (let grew = true; grew;) {
    grew = false;
    for (const d of deps) {
      if (used.has(d)) continue;
      if ([...used].some((u) => (peers[u] ?? []).includes(d))) {
        used.add(d);
        grew = true;
      }
    }
  }
  return deps.filter((d) => !used.has(d));
}

function files(dir, test, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name.startsWith('dist')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, test, out);
    else if (test.test(e.name)) out.push(p);
  }
  return out;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const read = (p) => readFileSync(path.join(root, p), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  const meta = (d) => JSON.parse(read(`node_modules/${d}/package.json`));
  const bins = {};
  const peers = {};
  for (const d of deps) {
    const m = meta(d);
    bins[d] = typeof m.bin === 'string' ? [d.split('/').pop()] : Object.keys(m.bin ?? {});
    peers[d] = Object.keys(m.peerDependencies ?? {});
  }
  const sourceFiles = ['src', 'tests', 'scripts'].flatMap((d) => files(path.join(root, d), SOURCE));
  const sources = sourceFiles.map((f) => readFileSync(f, 'utf8'));
  const configs = readdirSync(root)
    .filter((f) => CONFIG.test(f))
    .map(read);
  const commands = [
    Object.values(pkg.scripts ?? {}).join('\n'),
    read('.ci/run'),
    ...sourceFiles.filter((f) => f.includes('/scripts/') && !f.endsWith('check-deps.mjs')).map((f) => readFileSync(f, 'utf8')),
  ];
  const nodeImports = sources.some((t) => /['"]node:/.test(t));
  const unused = unusedDependencies({ deps, sources, configs, commands, bins, peers, nodeImports });
  if (unused.length) {
    console.error(
      `package.json 中有未使用的依赖：${unused.join(', ')}。请删除，或在 scripts/check-deps.mjs 的 TOOLS 里写明哪个命令用到它。/ Unused dependencies.`,
    );
    process.exit(1);
  }
  console.log(`依赖检查通过：${deps.length} 个依赖都有用处。/ All ${deps.length} dependencies are used.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

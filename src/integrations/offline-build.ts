/**
 * Post-build step: stamps every page with the build id and modulepreload links for its island modules, writes
 * sw-manifest.json (build id + the offline set) and puts the same manifest into sw.js, so a new build is a new worker.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_PLACEHOLDER, buildId, precacheFiles, preloadOrder, stampHtml } from '../lib/build-manifest';

function walk(root: string, dir = root, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(root, p, out);
    else out.push(path.relative(root, p).split(path.sep).join('/'));
  }
  return out;
}

export default function offlineBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'gmaq-offline-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Pagefind output (bench only) and the worker itself are not part of the build's content.
        const files = walk(root).filter((f) => f !== 'sw.js' && f !== 'sw-manifest.json' && !f.startsWith('pagefind/'));
        const id = buildId(files.map((file) => ({ file, bytes: readFileSync(path.join(root, file)) })));
        const read = (urlPath: string) => {
          if (!urlPath.startsWith(base)) return undefined;
          try {
            return readFileSync(path.join(root, urlPath.slice(base.length)), 'utf8');
          } catch {
            return undefined;
          }
        };
        for (const f of files.filter((x) => x.endsWith('.html'))) {
          const p = path.join(root, f);
          const html = readFileSync(p, 'utf8');
          writeFileSync(p, stampHtml(html, id, preloadOrder(html, read)));
        }
        const manifest = { build: id, files: precacheFiles(files).map((f) => base + f) };
        writeFileSync(path.join(root, 'sw-manifest.json'), JSON.stringify(manifest));
        const sw = path.join(root, 'sw.js');
        const src = readFileSync(sw, 'utf8');
        if (!src.includes(MANIFEST_PLACEHOLDER)) throw new Error('sw.js：找不到清单占位符');
        writeFileSync(sw, src.replace(MANIFEST_PLACEHOLDER, JSON.stringify(manifest)));
        logger.info(`build ${id}: ${manifest.files.length} files in the offline set`);
      },
    },
  };
}

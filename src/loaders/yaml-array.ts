import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYamlEntries } from '../lib/yaml-entries';
import type { SafeParser } from '../lib/content-error';

/**
 * Loads one `*.yaml` file, or every one in a folder, each an array of entries with ids.
 * Unlike Astro's file() loader, a YAML or schema error throws (naming file, entry and field)
 * instead of being logged and skipped, and ids must be unique across all files of the folder.
 */
export function yamlArrayLoader(dir: string, schema: SafeParser<Record<string, unknown>>): Loader {
  return {
    name: 'yaml-array',
    async load({ store, parseData, config, watcher }) {
      const root = fileURLToPath(config.root);
      const abs = path.resolve(root, dir);
      const single = abs.endsWith('.yaml');
      const base = single ? path.dirname(abs) : abs;
      const files = single ? [path.basename(abs)] : (await readdir(abs)).filter((f) => f.endsWith('.yaml')).sort();
      const relBase = path.posix.relative(root, base.split(path.sep).join('/'));
      store.clear();
      const owner = new Map<string, string>();
      for (const f of files) {
        const rel = path.posix.join(relBase, f);
        const entries = parseYamlEntries(await readFile(path.join(base, f), 'utf8'), rel, schema);
        for (const { id, data } of entries) {
          const prev = owner.get(id);
          if (prev) throw new Error(`内容错误：id ${id} 在 ${prev} 和 ${rel} 中重复`);
          owner.set(id, rel);
          const parsed = await parseData({ id, data, filePath: rel });
          store.set({ id, data: parsed, filePath: rel });
        }
      }
      watcher?.add(abs);
    },
  };
}

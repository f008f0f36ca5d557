import { describe, expect, it } from 'vitest';
import { importsOf, packageOf, unusedDependencies } from '../../../scripts/check-deps.mjs';

const base = { sources: [], configs: [], commands: [], bins: {}, peers: {}, nodeImports: false, tools: {} };

describe('dependency check (scripts/check-deps.mjs)', () => {
  it('reads package names from import specifiers', () => {
    expect(packageOf('@astrojs/mdx/server')).toBe('@astrojs/mdx');
    expect(packageOf('zod/mini')).toBe('zod');
    expect(packageOf('./local')).toBeUndefined();
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('astro:content')).toBeUndefined();
    expect([...importsOf(`import a from 'fuse.js';\nconst b = await import("qrcode");\nimport 'x/y.css';`)]).toEqual([
      'fuse.js',
      'qrcode',
      'x',
    ]);
  });

  it('reports a dependency nothing imports, names or runs', () => {
    expect(unusedDependencies({ ...base, deps: ['fuse.js', 'left-pad'], sources: [`import Fuse from 'fuse.js';`] })).toEqual(['left-pad']);
  });

  it('counts types, config strings, commands, peers and declared tools as uses', () => {
    const unused = unusedDependencies({
      ...base,
      deps: [
        'qrcode',
        '@types/qrcode',
        '@types/node',
        'happy-dom',
        'pagefind',
        'typescript-eslint',
        'typescript',
        '@astrojs/check',
        'unused',
      ],
      sources: [`import QR from 'qrcode'; import { readFileSync } from 'node:fs';`],
      configs: [`export default { test: { environment: 'happy-dom' } }; import t from 'typescript-eslint';`],
      commands: ['npx pagefind --site dist', 'astro check'],
      bins: { pagefind: ['pagefind'] },
      peers: { 'typescript-eslint': ['typescript'] },
      nodeImports: true,
      tools: { '@astrojs/check': 'astro check' },
    });
    expect(unused).toEqual(['unused']);
  });

  it('does not take a bin name inside a longer word for a command', () => {
    expect(unusedDependencies({ ...base, deps: ['tsx'], commands: ['node scripts/build-tsx-files.mjs'], bins: { tsx: ['tsx'] } })).toEqual([
      'tsx',
    ]);
  });
});

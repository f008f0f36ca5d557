import { defineConfig } from 'vitest/config';

// Projects so each can be run alone: unit (src/lib, schemas, stores), dom (islands), content (the real content/), build
// (dist/), and types: the *.test-d.ts files, checked by tsc (vitest typecheck), never run.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dom', include: ['tests/unit/**/*.test.tsx'], environment: 'happy-dom' } },
      {
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['tests/unit/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});

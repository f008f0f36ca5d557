import { defineConfig } from 'vitest/config';

// Three projects so each can be run alone: unit (src/lib, schemas, stores), content (the real content/), build (dist/).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dom', include: ['tests/unit/**/*.test.tsx'], environment: 'happy-dom' } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});

// Lint TypeScript, TSX islands and Astro components; generated and built files are ignored.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', '.astro/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);

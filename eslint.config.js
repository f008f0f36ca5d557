// Lint TypeScript, TSX islands and Astro components; generated and built files are ignored.
// The layer rules below are the enforced half of ARCHITECTURE.md: a wrong-way import fails `npm test`.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';

/** An import from one of these folders (by path segment), whatever the relative depth. */
const folders = (...names) => `(^|/)(${names.join('|')})(/|$)`;
/** no-restricted-imports for one layer: each entry is [regex, why]. */
const layer = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }],
});

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
      // A warning, not an error: most `!` can become a type guard or a check that throws, but some index reads are fine.
      '@typescript-eslint/no-non-null-assertion': 'warn',
    },
  },
  {
    // Preact hooks follow React's rules; the plugin finds hooks by their use… names. Only the two classic rules: the
    // others in its recommended set are React Compiler checks that do not apply to Preact.
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // A warning until the islands' effects are fixed by their owners (e.g. ExamRunner's timer effects).
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/lib/**'],
    rules: layer(
      [
        folders('stores', 'islands', 'components', 'layouts', 'pages', 'data'),
        'src/lib 是纯逻辑：不能导入 stores、islands、组件、页面或 data（见 ARCHITECTURE.md）',
      ],
      [folders('schemas'), 'src/lib 不导入 schemas：类型写在 lib 里，schemas 反过来导入 lib（见 ARCHITECTURE.md）'],
      ['^astro(:|/|$)', 'src/lib 不依赖 Astro：它在浏览器、Node 和测试里都要能运行（见 ARCHITECTURE.md）'],
    ),
  },
  {
    files: ['src/schemas/**'],
    rules: layer([
      folders('stores', 'islands', 'components', 'layouts', 'pages', 'data'),
      'schemas 只导入 lib 和 zod（见 ARCHITECTURE.md）',
    ]),
  },
  {
    files: ['src/stores/**'],
    rules: layer([
      folders('islands', 'components', 'layouts', 'pages', 'data', 'schemas'),
      'stores 只导入 lib：islands 用 stores，反过来不行（见 ARCHITECTURE.md）',
    ]),
  },
  {
    files: ['src/islands/**'],
    // schemas use full zod (astro/zod); the browser gets zod/mini schemas from stores instead.
    rules: layer([
      folders('components', 'layouts', 'pages', 'data', 'schemas'),
      'islands 在浏览器运行：只导入 lib、stores 和其他 islands，数据由页面作为 props 传入（见 ARCHITECTURE.md）',
    ]),
  },
  {
    files: ['src/data/**'],
    rules: layer([
      folders('stores', 'islands', 'components', 'layouts', 'pages'),
      'src/data 只组装视图模型：不导入 stores、islands、组件或页面（见 ARCHITECTURE.md）',
    ]),
  },
);

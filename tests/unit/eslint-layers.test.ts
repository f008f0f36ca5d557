import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layer rule of ARCHITECTURE.md, checked through the real eslint.config.js on virtual files.
const eslint = new ESLint({ cwd: process.cwd() });
const restricted = async (filePath: string, code: string) => {
  const [r] = await eslint.lintText(code, { filePath });
  return (r?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('layer imports (eslint no-restricted-imports)', () => {
  // Loading the config and its parsers takes seconds on a busy machine; do it once, outside the per-test timeout.
  beforeAll(async () => {
    await eslint.lintText('export {};', { filePath: 'src/lib/warm-up.ts' });
  }, 120_000);

  it.each([
    ['src/lib/x.ts', "import { $answers } from '../stores/self-check';", /src\/lib 是纯逻辑/],
    ['src/lib/practice/x.ts', "import Card from '../../islands/practice/QuestionCard';", /src\/lib 是纯逻辑/],
    ['src/lib/x.ts', "import { getCollection } from 'astro:content';", /不依赖 Astro/],
    ['src/lib/x.ts', "import type { Case } from '../schemas/case';", /不导入 schemas/],
    ['src/stores/x.ts', "import App from '../islands/practice/PracticeApp';", /stores 只导入 lib/],
    ['src/islands/x/y.tsx', "import { getCases } from '../../data/content';", /islands 在浏览器运行/],
    ['src/data/x.ts', "import { $answers } from '../stores/self-check';", /src\/data 只组装视图模型/],
  ])('refuses %s: %s', async (file, code, why) => {
    const messages = await restricted(file, code);
    expect(messages.join('\n')).toMatch(why);
  });

  it.each([
    ['src/lib/x.ts', "import { clauseLabel } from './taxonomy';"],
    ['src/stores/x.ts', "import { evaluate } from '../lib/self-check';"],
    ['src/islands/x/y.tsx', "import { $answers } from '../../stores/self-check';"],
    ['src/data/x.ts', "import { routes } from '../lib/routes';"],
    ['src/schemas/x.ts', "import { TOPICS } from '../lib/taxonomy';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});

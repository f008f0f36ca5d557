import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';
import type { Browser } from '@playwright/test';
import { bankOf, choose, PHONE } from './practice-helpers';
import { must } from '../must';

test.use(PHONE);
const PAPER = '/practice/paper/?seed=room9&n=5&topics=dust';

/** One trainee on their own phone: takes the paper, getting the listed positions (1-based) wrong; returns the code. */
async function sit(browser: Browser, baseURL: string, name: string, wrong: number[]): Promise<{ code: string; ids: string[] }> {
  const ctx = await browser.newContext({ baseURL, ...PHONE });
  const page = await ctx.newPage();
  await page.goto(PAPER);
  const bank = await bankOf(page);
  await page.getByLabel(/姓名/).fill(name);
  await page.getByRole('button', { name: '开始答题' }).click();
  const ids: string[] = [];
  for (let i = 1; i <= 5; i++) {
    ids.push((await choose(page, bank, !wrong.includes(i))).id);
    if (i < 5) await page.getByRole('button', { name: '下一题 ›' }).click();
  }
  await page.getByRole('button', { name: '交卷' }).first().click();
  const code = (await page.getByTestId('result-code').innerText()).trim();
  await ctx.close();
  return { code, ids };
}

test('two trainees’ result codes give the class its pass list and most-missed question', async ({ page, browser, baseURL }) => {
  const a = await sit(browser, must(baseURL), '张三', [3]);
  const b = await sit(browser, must(baseURL), '李四', [2, 3]);
  expect(a.ids).toEqual(b.ids);

  await page.goto('/practice/class/?seed=room9&n=5&topics=dust');
  await expect(page.getByTestId('class-paper')).toContainText('试卷码 room9');
  // A one-character typo is caught and named by line; the good codes go in.
  const typo = a.code.replace('张三', '张四');
  await page.getByLabel(/粘贴成绩码/).fill(`${a.code}\n${typo}\n${b.code}`);
  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已添加 2 个' })).toBeVisible();
  await expect(page.getByText(/第 2 行.*校验不通过/)).toBeVisible();

  await expect(page.getByTestId('class-summary')).toContainText('参加 2 人 · 合格 1 人 · 不合格 1 人');
  await expect(page.getByTestId('pass-list')).toHaveText('张三');
  await expect(page.getByTestId('fail-list')).toHaveText('李四');
  const top = page.getByTestId('most-missed').locator('li').first();
  await expect(top).toContainText('第 3 题（2/2 人答错）');
  await expect(top).toContainText('依据：');
  await expectNoHorizontalScroll(page);
  await expectAxeClean(page);

  // 85 as the pass mark: 张三's 80 no longer passes. Data stays after a reload.
  await page.getByLabel('85 分').check();
  await page.reload();
  await expect(page.getByTestId('class-summary')).toContainText('合格线 85 分 · 参加 2 人 · 合格 0 人');
  await page.screenshot({ path: 'reports/shots/class-390.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'reports/shots/class-record.pdf', format: 'A4' });
});

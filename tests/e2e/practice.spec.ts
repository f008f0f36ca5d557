import { expect, expectAxeClean, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerPractice, bankOf } from './practice-helpers';

/** Answers the current practice question wrongly or rightly, using the bank's answer key. */
async function answerCurrent(page: Page, right: boolean) {
  return (await answerPractice(page, await bankOf(page), right)).id;
}

test('a mock exam can be sat to the end and reviewed', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByText('修改设置').click();
  await page.getByLabel(/题量/).fill('10');
  await page.getByLabel(/题量/).blur();
  await page.getByRole('button', { name: '开始模拟考试' }).click();
  for (let i = 0; i < 10; i++) {
    await page.locator('label.option').first().locator('input').check();
    if (i < 9) await page.getByRole('button', { name: '下一题 ›' }).click();
  }
  await page.getByRole('button', { name: '交卷' }).first().click();
  await expect(page.getByTestId('score')).toHaveText(/^\d+$/);
  await expect(page.getByText(/合格线 80 分/)).toBeVisible();
  await page.getByText(/展开全部 10 题/).click();
  await expect(page.locator('article.question')).toHaveCount(10);
  await expect(page.getByText(/正确答案/).first()).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await expect(page.getByText(/历史考试（1）/)).toBeVisible();
});

test('a wrong answer enters the wrong-answer book and leaves after two right answers in a row', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  const id = await answerCurrent(page, false);
  await expect(page.getByText('回答错误')).toBeVisible();
  await page.getByRole('button', { name: /返回练习首页/ }).click();
  await expect(page.getByTestId('wrong-count')).toHaveText('1');
  for (let round = 0; round < 2; round++) {
    await page.getByRole('button', { name: '练错题' }).click();
    expect(await answerCurrent(page, true)).toBe(id);
    await page.getByRole('button', { name: /返回练习首页/ }).click();
  }
  await expect(page.getByTestId('wrong-count')).toHaveText('0');
});

test('sequential practice resumes at the first unanswered question after a reload', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await expect(page.getByText(/第1题 \/ 共/)).toBeVisible();
  await answerCurrent(page, true);
  await page.getByRole('button', { name: '下一题 ›' }).click();
  await answerCurrent(page, true);
  // A reload stays in the drill, on the same question.
  await page.reload();
  await expect(page.getByText(/第2题 \/ 共/)).toBeVisible();
  await page.goto('/practice/');
  await expect(page.getByText('从第一道没做过的题接着做（第 3 题）')).toBeVisible();
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await expect(page.getByText(/第3题 \/ 共/)).toBeVisible();
});

test('two browsers opening the same trainer link get the same paper in the same order', async ({ browser, baseURL }) => {
  const url = '/practice/paper/?seed=room7&n=10&topics=dust,ammonia';
  const papers: string[][] = [];
  const options: string[] = [];
  for (let i = 0; i < 2; i++) {
    const ctx = await browser.newContext({ baseURL });
    const p = await ctx.newPage();
    await p.goto(url);
    await expect(p.getByTestId('paper-summary')).toContainText('10 题');
    papers.push(await p.locator('.paper-sheet > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-qid') ?? '')));
    await p.getByLabel(/姓名/).fill(`学员${i}`);
    await p.getByRole('button', { name: '开始答题' }).click();
    options.push(await p.locator('article.question').first().innerText());
    await ctx.close();
  }
  expect(papers[0]).toHaveLength(10);
  expect(papers[0]).toEqual(papers[1]);
  expect(options[0]).toBe(options[1]);
});

test('invalid trainer parameters get a message and a working default', async ({ page }) => {
  await page.goto('/practice/paper/?seed=%3Cx%3E&n=abc&topics=moon');
  await expect(page.getByRole('alert')).toContainText('已改用可用的设置');
  await expect(page.getByTestId('paper-summary')).toContainText('20 题');
  await expectAxeClean(page);
});

test('the oral drill feeds the review schedule and the due count', async ({ page }) => {
  await page.goto('/practice/');
  await expect(page.getByTestId('due-count')).toHaveText('0');
  await page.getByRole('button', { name: '开始口述演练' }).click();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: '我说完了，看参考答案' }).click();
    await expect(page.getByText('参考答案：')).toBeVisible();
    await page.getByRole('button', { name: '忘了' }).click();
  }
  await expect(page.getByText('口述演练完成')).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  // "Forgotten" cards are due again within minutes; look ahead by moving the clock forward.
  await page.clock.install({ time: Date.now() + 30 * 60 * 1000 });
  await page.reload();
  await expect(page.getByTestId('due-count')).toHaveText('5');
});

test('an interrupted mock exam can be continued after a reload', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('button', { name: '开始模拟考试' }).click();
  await page.locator('label.option').first().locator('input').check();
  await page.getByRole('button', { name: '下一题 ›' }).click();
  await page.locator('label.option').nth(1).locator('input').check();
  await expect(page.getByText(/已答 2\/20/)).toBeVisible();
  // A reload stays in the exam, on the same question with the same answers.
  await page.reload();
  await expect(page.getByText(/第2题 \/ 共20题/)).toBeVisible();
  await expect(page.getByText(/已答 2\/20/)).toBeVisible();
  await page.goto('/practice/');
  const region = page.getByRole('region', { name: '未交卷的模拟考试' });
  await expect(region).toContainText('已答 2/20 题');
  await region.getByRole('button', { name: '继续考试' }).click();
  await expect(page.getByText(/第2题 \/ 共20题/)).toBeVisible();
  await expect(page.getByText(/已答 2\/20/)).toBeVisible();
  await expect(page.locator('label.option').nth(1).locator('input')).toBeChecked();
});

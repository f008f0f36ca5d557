import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerPractice, bankOf, PHONE } from './practice-helpers';

test.use(PHONE);

/** Holds the practice island's code back until release() is called, as a weak signal does. */
async function holdIsland(page: Page) {
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/PracticeApp\.[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

const skeleton = (page: Page) => page.locator('.practice-skeleton');

/** On a device without data, with the island held back: taps 开始顺序练习, which shows the build-time first question. */
async function openFirstQuestion(page: Page) {
  const release = await holdIsland(page);
  await page.goto('/practice/');
  await expect(page.locator('html')).toHaveClass(/practice-fresh/);
  await skeleton(page).getByRole('button', { name: '继续顺序练习' }).click();
  return release;
}

test('a tap on the start screen before the island has loaded opens sequential practice at the first unanswered question', async ({
  page,
}) => {
  // Saved progress first: the first question answered, so the kept tap must open the second one.
  await page.goto('/practice/');
  await expect(skeleton(page)).toHaveCount(0);
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await answerPractice(page, await bankOf(page), true);

  const release = await holdIsland(page);
  await page.goto('/practice/');
  // The build-time start screen paints with the HTML, while the island's code is still held back.
  const button = skeleton(page).getByRole('button', { name: '继续顺序练习' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(skeleton(page).locator('button[aria-busy="true"]')).toHaveText('正在打开…');
  // This device holds data: the build-time first question (for a device without any) stays hidden.
  await expect(page.locator('article.question')).toBeHidden();
  release();
  await expect(page.getByText(/第2题 \/ 共/)).toBeVisible();
  await expect(skeleton(page)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?m=seq&i=1');
  // Back returns to the live start screen, with this device's counts.
  await page.goBack();
  await expect(page.getByText('从第一道没做过的题接着做（第 2 题）')).toBeVisible();
});

test('on a device without data, 顺序练习’s first question shows at the tap, before the island; a choice made on it is kept', async ({
  page,
}) => {
  const release = await openFirstQuestion(page);
  // The build-time copy, at 顺序练习's own address, while the island's code is still held back.
  const first = skeleton(page).locator('article.question');
  await expect(first).toBeVisible();
  await expect(first).toContainText('第1题 / 共');
  expect(new URL(page.url()).search).toBe('?m=seq');
  const bank = await bankOf(page);
  const q = bank[0];
  if (!q) throw new Error('empty bank');
  await expect(first.locator('.stem')).toHaveText(q.stem);
  // A choice on it (the first question has several answers: ticks, then 提交 once the island is in).
  const option = first.getByRole('checkbox', { name: q.options[q.answer[0] ?? 0] });
  await option.check();
  release();
  const live = page.locator('astro-island article.question');
  await expect(live).toBeVisible();
  await expect(skeleton(page)).toHaveCount(0);
  await expect(live.getByRole('checkbox', { name: q.options[q.answer[0] ?? 0] })).toBeChecked();
  await live.getByRole('button', { name: '提交答案' }).click();
  await expect(live.getByRole('status')).toContainText(/回答(正确|错误)/);
  // Recorded like any answer: a reload resumes after it.
  await page.goto('/practice/');
  await expect(page.getByText('从第一道没做过的题接着做（第 2 题）')).toBeVisible();
});

test('提交答案 on the build-time first question is kept: the island judges it as it arrives, and records it once', async ({ page }) => {
  const release = await openFirstQuestion(page);
  const first = skeleton(page).locator('article.question');
  const q = (await bankOf(page))[0];
  if (!q) throw new Error('empty bank');
  const submit = first.getByRole('button', { name: '提交答案' });
  // Disabled with nothing ticked, as on the live card; a tick enables it.
  await expect(submit).toBeDisabled();
  const option = first.getByRole('checkbox', { name: q.options[q.answer[0] ?? 0] });
  await option.check();
  await expect(submit).toBeEnabled();
  await option.uncheck();
  await expect(submit).toBeDisabled();
  await option.check();
  await submit.click();
  // Until the island is in, the choice cannot change, as after a live 提交.
  await expect(first.getByRole('button', { name: '正在判题…' })).toBeDisabled();
  await expect(option).toBeDisabled();
  release();
  const live = page.locator('astro-island article.question');
  await expect(live.getByRole('status')).toContainText(q.answer.length === 1 ? '回答正确' : '回答错误');
  await expect(live.getByRole('button', { name: '提交答案' })).toHaveCount(0);
  await expect(page.getByText(/答题卡（本轮已答 1\//)).toBeVisible();
  await page.goto('/practice/');
  await expect(page.getByText('从第一道没做过的题接着做（第 2 题）')).toBeVisible();
});

test('Back, then Forward, before the island: the build-time question comes back at its address, blank', async ({ page }) => {
  const release = await openFirstQuestion(page);
  const first = skeleton(page).locator('article.question');
  await first.getByRole('checkbox').first().check();
  await page.goBack();
  await expect(first).toBeHidden();
  await page.goForward();
  await expect(first).toBeVisible();
  expect(new URL(page.url()).search).toBe('?m=seq');
  // Left on the way back, the tick is not kept: the card is blank and 提交答案 waits for a choice.
  await expect(first.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(first.getByRole('button', { name: '提交答案' })).toBeDisabled();
  release();
  const live = page.locator('astro-island article.question');
  await expect(live).toContainText('第1题 / 共');
  await expect(skeleton(page)).toHaveCount(0);
  await expect(live.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('an answer stored in a second tab after load: 继续顺序练习 opens this device’s next question, not the build-time first', async ({
  page,
  context,
}) => {
  const release = await holdIsland(page);
  await page.goto('/practice/');
  await expect(page.locator('html')).toHaveClass(/practice-fresh/);
  const other = await context.newPage();
  await other.goto('/practice/');
  await other.getByRole('button', { name: '继续顺序练习' }).click();
  await answerPractice(other, await bankOf(other), true);
  // The other tab's write reaches this one: its numbers and first question are no longer this device's.
  await expect(page.locator('html')).not.toHaveClass(/practice-fresh/);
  await skeleton(page).getByRole('button', { name: '继续顺序练习' }).click();
  await expect(skeleton(page).locator('button[aria-busy="true"]')).toHaveText('正在打开…');
  await expect(skeleton(page).locator('article.question')).toBeHidden();
  release();
  await expect(page.getByText(/第2题 \/ 共/)).toBeVisible();
  expect(new URL(page.url()).search).toBe('?m=seq&i=1');
});

test('Back from the build-time first question brings the start screen back, and the next tap is kept afresh', async ({ page }) => {
  const release = await openFirstQuestion(page);
  await expect(skeleton(page).locator('article.question')).toBeVisible();
  await skeleton(page).getByRole('button', { name: '‹ 返回练习首页' }).click();
  await expect(skeleton(page).locator('article.question')).toBeHidden();
  expect(new URL(page.url()).search).toBe('');
  await skeleton(page).getByRole('button', { name: '开始随机练习' }).click();
  await expect(skeleton(page).locator('button[aria-busy="true"]')).toHaveText('正在打开…');
  release();
  await expect(page.locator('astro-island article.question')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('m')).toBe('random');
});

test('a tap made while the island waits for the live start screen’s code opens its view without it', async ({ page }) => {
  // The live home's code never arrives: the island is ready, waits for it, and must still answer the kept tap.
  await page.route(/\/_astro\/PracticeHome\.[^/]+\.js$/, () => new Promise(() => {}));
  await page.goto('/practice/');
  await page.waitForLoadState('load');
  await skeleton(page).getByRole('button', { name: '开始随机练习' }).click();
  await expect(page.locator('article.question')).toBeVisible();
  await expect(skeleton(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('m')).toBe('random');
});

test('a tap that opens a draw before the rest of the bank is in opens it when the bank is complete', async ({ page }) => {
  // On a weak signal the tap lands after the first bank chunk and before the others: a draw (随机练习) waits for the
  // whole bank, and the tap must not be lost in that wait (the live home's code is held back too, as it was in CI).
  await page.route(/\/_astro\/PracticeHome\.[^/]+\.js$/, () => new Promise(() => {}));
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/practice\/bank\/[1-9]\d*\.json$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto('/practice/');
  await page.waitForLoadState('load');
  await skeleton(page).getByRole('button', { name: '开始随机练习' }).click();
  await expect(page).toHaveURL(/[?&]m=random/);
  release();
  await expect(page.locator('article.question')).toBeVisible();
  await expect(skeleton(page)).toHaveCount(0);
});

test('without a tap, the live start screen replaces the build-time one without moving its buttons', async ({ page }) => {
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    const release = await holdIsland(page);
    await page.goto('/practice/');
    const at = async () => (await page.getByRole('button', { name: '继续顺序练习' }).boundingBox())?.y;
    await expect(skeleton(page)).toBeVisible();
    const before = await at();
    release();
    await expect(skeleton(page)).toHaveCount(0);
    await expect(page.getByText(/^题库 \d+ 题/)).toBeVisible();
    expect(await at(), `${width} px`).toBe(before);
    await page.unrouteAll();
  }
});

test('the build-time screen shows a device without data its numbers, and a returning device none until its own arrive', async ({
  page,
}) => {
  const numbers = () => skeleton(page).locator('.device-value');
  // First visit: the numbers of the build-time screen are this device's (no data), so they show.
  let release = await holdIsland(page);
  await page.goto('/practice/');
  await expect(numbers().first()).toBeVisible();
  await expect(skeleton(page).getByRole('heading', { name: '错题本（0）' })).toBeVisible();
  release();
  await expect(skeleton(page)).toHaveCount(0);
  // One wrong answer, then back with the island held: the build-time 0 would be wrong, so the counts stay blank.
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await answerPractice(page, await bankOf(page), false);
  await page.unrouteAll();
  release = await holdIsland(page);
  await page.goto('/practice/');
  await expect(skeleton(page)).toBeVisible();
  expect(await numbers().count()).toBeGreaterThan(5);
  for (const n of await numbers().all()) await expect(n).toBeHidden();
  release();
  await expect(page.getByRole('heading', { name: '错题本（1）' })).toBeVisible();
  await expect(skeleton(page)).toHaveCount(0);
});

test('a deep link shows the loading line, not the start screen, until its view opens', async ({ page }) => {
  const release = await holdIsland(page);
  await page.goto('/practice/?m=seq&i=2');
  await expect(page.getByRole('status').filter({ hasText: '正在加载题库…' })).toBeVisible();
  await expect(page.getByRole('button', { name: '继续顺序练习' })).toBeHidden();
  release();
  await expect(page.getByText(/第3题 \/ 共/)).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says practice needs JavaScript and shows no start screen whose buttons could not work', async ({ page }) => {
    await page.goto('/practice/');
    // Playwright turns scripts off without telling the HTML parser, so <noscript> stays unrendered here: its message is
    // checked in the markup (a browser with JavaScript off shows it).
    expect(await page.content()).toContain('练习需要启用 JavaScript');
    await expect(page.getByRole('heading', { name: '逢查必考练习' })).toBeVisible();
    await expect(page.getByRole('button', { name: '继续顺序练习' })).toBeHidden();
  });
});

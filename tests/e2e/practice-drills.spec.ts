import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';
import { answerPractice, bankOf, currentId, livePracticeHome, PHONE } from './practice-helpers';
import { must } from '../must';

test.use(PHONE);

test('Back leaves a drill for the previous view, and a reload stays on the same question', async ({ page }) => {
  await page.goto('/practice/');
  const bank = await bankOf(page);
  await page.getByRole('button', { name: '开始随机练习' }).click();
  await expect(page).toHaveURL(/m=random&seed=/);
  await answerPractice(page, bank, true);
  await page.getByRole('button', { name: '下一题 ›' }).click();
  await expect(page.getByText('第2题 / 共20题')).toBeVisible();
  const second = await currentId(page);
  await page.reload();
  await expect(page.getByText('第2题 / 共20题')).toBeVisible();
  expect(await currentId(page)).toBe(second);
  await expectAxeClean(page);

  // Back goes to the practice home (moving inside the drill did not add entries); Forward returns to the drill.
  await page.goBack();
  await expect(page.getByRole('button', { name: '开始随机练习' })).toBeVisible();
  await page.goForward();
  await expect(page.getByText('第2题 / 共20题')).toBeVisible();
  expect(await currentId(page)).toBe(second);
});

test('a topic drill survives a reload; a bad link says what it changed', async ({ page }) => {
  await page.goto('/practice/?m=topic&t=dust&i=2');
  await expect(page.getByText(/专项练习：粉尘爆炸危险/)).toBeVisible();
  await expect(page.getByText(/第3题 \/ 共/)).toBeVisible();
  await page.goto('/practice/?m=topic&t=moon');
  await expect(page.getByRole('alert')).toContainText('不认识的专题');
});

test('a drill has an answer sheet, one-tap answers, 背题模式 and a summary at the end', async ({ page }) => {
  await page.goto('/practice/');
  const bank = await bankOf(page);
  await page.getByRole('button', { name: '开始随机练习' }).click();
  await answerPractice(page, bank, false);
  await page.getByRole('button', { name: '下一题 ›' }).click();
  await answerPractice(page, bank, true);
  await page.getByText(/答题卡（本轮已答 2\/20）/).click();
  const sheet = page.getByRole('navigation', { name: '答题卡' });
  await expect(sheet.getByRole('button', { name: '第1题（答错）' })).toBeVisible();
  await expect(sheet.getByRole('button', { name: '第2题（答对）' })).toBeVisible();
  await page.getByLabel(/背题模式/).check();
  await page.getByRole('button', { name: '下一题 ›' }).click();
  await expect(page.locator('article.question').getByText(/背题/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: '结束本轮，看小结' }).click();
  await expect(page.getByTestId('drill-answered')).toHaveText('2');
  await expect(page.getByTestId('drill-wrong')).toHaveText('1');
  await expectAxeClean(page);
  await page.getByRole('button', { name: '去错题本重练' }).click();
  await expect(page.getByText('第1题 / 共1题')).toBeVisible();
});

test('a spot-check asks without options, takes self-marking and feeds the wrong book and review', async ({ page }) => {
  await page.goto('/practice/');
  await livePracticeHome(page);
  await page.getByText(/快速选择本企业/).click();
  await page.getByLabel('有色', { exact: true }).check();
  await page.getByLabel(/承包、承租单位/).check();
  await expect(page.getByTestId('wrong-count')).toHaveText('0');
  await page.getByRole('button', { name: '开始抽问' }).click();
  await expect(page.getByText('题目取自本企业适用的行业和专项。')).toBeVisible();
  await expect(page.locator('label.option')).toHaveCount(0);
  await expectAxeClean(page);
  let n = 0;
  while (await page.getByRole('button', { name: '我答完了，看要点' }).isVisible()) {
    await page.getByRole('button', { name: '我答完了，看要点' }).click();
    const points = page.getByRole('group', { name: '要点：答到的打勾' }).getByRole('checkbox');
    // First question: every point hit; the others: nothing ticked (missed).
    if (n === 0) for (const box of await points.all()) await box.check();
    if (n === 0) await expectAxeClean(page);
    await page.getByRole('button', { name: /^记下/ }).click();
    n++;
  }
  expect(n).toBeGreaterThanOrEqual(3);
  expect(n).toBeLessThanOrEqual(5);
  await expect(page.getByTestId('spot-hits')).toHaveText('1');
  await page.getByRole('button', { name: '返回练习首页' }).click();
  await expect(page.getByTestId('wrong-count')).toHaveText(String(n - 1));
  // Missed ones are scheduled as 忘了: due again within minutes.
  await page.clock.install({ time: Date.now() + 30 * 60 * 1000 });
  await page.reload();
  await expect(page.getByTestId('due-count')).toHaveText(String(n - 1));
});

test('profile-limited practice hides empty topics and starts with the own industry', async ({ page }) => {
  await page.goto('/practice/');
  const bank = await bankOf(page);
  await livePracticeHome(page);
  await page.getByText(/快速选择本企业/).click();
  await page.getByLabel('有色', { exact: true }).check();
  await page.getByLabel('只练我企业适用的').check();
  await expect(page.getByText(/按本企业概况适用 \d+ 题/)).toBeVisible();
  const options = await page.getByLabel('选择专题').locator('option').allInnerTexts();
  expect(options.some((o) => /（0）/.test(o))).toBe(false);
  expect(options.some((o) => o.startsWith('有色'))).toBe(true);
  expect(options.some((o) => o.startsWith('烟草'))).toBe(false);
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  const currentIdValue = await currentId(page);
  const first = must(bank.find((q) => q.id === currentIdValue));
  expect(first.criteria[0]).toMatch(/^a5-/);
  // With contractors chosen, 管理类 has questions again.
  expect(options.some((o) => o.startsWith('管理类'))).toBe(false);
  await page.goBack();
  await page.getByText(/快速选择本企业/).click();
  await page.getByLabel(/承包、承租单位/).check();
  await expect(page.getByLabel('选择专题').locator('option', { hasText: /^管理类（[1-9]/ })).toHaveCount(1);
});

test('the running exam with its answer sheet, and the wrong-book manager, pass axe', async ({ page }) => {
  await page.goto('/practice/');
  const bank = await bankOf(page);
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  await answerPractice(page, bank, false);
  await page.goBack();
  await page.getByRole('button', { name: '管理错题' }).click();
  await expect(page.getByRole('heading', { name: '管理错题本（1）' })).toBeVisible();
  await expectAxeClean(page);
  await page.goBack();
  await page.getByRole('button', { name: '开始模拟考试' }).click();
  await page.getByRole('button', { name: '标记本题' }).click();
  await page.getByText('答题卡', { exact: true }).click();
  await expect(page.getByRole('button', { name: '第1题（未答，已标记）' })).toBeVisible();
  await expectAxeClean(page);
});

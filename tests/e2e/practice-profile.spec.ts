import { expect, test } from './fixtures';
import { must } from '../must';
import { PHONE, bankOf, currentId } from './practice-helpers';

test.use(PHONE);

// The practice page ships without the self-check store; it loads it only on a device that holds an assessment, and
// then orders practice by that assessment's profile as before.
test('practice uses the latest self-check’s profile, and loads the self-check store only when there is one', async ({ page }) => {
  const storeChunks: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/self-check-store\./.test(r.url())) storeChunks.push(r.url());
  });
  await page.goto('/practice/');
  await expect(page.getByText('快速选择本企业的行业和专项（未做自查时用）')).toBeVisible();
  await expect(page.getByText('先在“企业自查”中填企业概况')).toBeVisible();
  await page.screenshot({ path: 'test-results/practice-home-390.png' });
  expect(storeChunks).toEqual([]);

  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('有色', { exact: true }).check();
  // The assessment is created (and saved) when the profile is submitted.
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByRole('link', { name: '1 企业概况' })).toBeVisible();
  storeChunks.length = 0;

  await page.goto('/practice/');
  await expect(page.getByText('按最近一次自查的企业概况筛选题目，本行业的题排在前面。')).toBeVisible();
  await expect(page.getByText(/快速选择本企业/)).toHaveCount(0);
  expect(storeChunks.length).toBeGreaterThan(0);
  const bank = await bankOf(page);
  await page.getByLabel('只练我企业适用的').check();
  await expect(page.getByText(/按本企业概况适用 \d+ 题/)).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.screenshot({ path: 'test-results/practice-home-selfcheck-320.png' });
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  const id = await currentId(page);
  expect(must(bank.find((q) => q.id === id)).criteria[0]).toMatch(/^a5-/);
});

test('an assessment started in a second tab reaches the open practice page without a reload', async ({ page, context }) => {
  await page.goto('/practice/');
  await expect(page.getByText('先在“企业自查”中填企业概况')).toBeVisible();
  const second = await context.newPage();
  await second.goto('/self-check/');
  await second.getByRole('button', { name: '新建自查' }).click();
  await second.getByLabel('有色', { exact: true }).check();
  await second.getByRole('button', { name: '开始核对' }).click();
  await expect(second.getByRole('link', { name: '1 企业概况' })).toBeVisible();
  // The first tab, untouched: it now orders practice by that assessment's profile.
  await expect(page.getByText('按最近一次自查的企业概况筛选题目，本行业的题排在前面。')).toBeVisible();
  await expect(page.getByText(/快速选择本企业/)).toHaveCount(0);
});

// Choosing a quick profile while the later bank chunks are still arriving used to take the home away (正在加载题库…)
// until they were in, and bring it back with the 快速选择 box closed under the user's finger.
test('choosing a quick profile while the bank is still arriving keeps the home and its open box', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/practice\/bank\/[1-9]\d*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/practice/');
  await expect(page.getByText('题库正在载入')).toBeVisible();
  await page.getByText(/快速选择本企业/).click();
  await page.getByLabel('有色', { exact: true }).check();
  await expect(page.getByText('按下方快速选择的行业和专项筛选题目，本行业的题排在前面。')).toBeVisible();
  await page.getByLabel(/承包、承租单位/).check();
  release();
  await expect(page.getByText(/^题库 \d+ 题/)).toBeVisible();
  await expect(page.getByLabel(/承包、承租单位/)).toBeChecked();
  await expect(page.getByLabel('有色', { exact: true })).toBeVisible();
});

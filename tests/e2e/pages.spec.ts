import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';

// One URL per page type; each must be accessible, readable at 360 px and fetch nothing from other sites.
const PAGE_TYPES = [
  ['首页', '/'],
  ['法规列表', '/regulations/'],
  ['法规', '/regulations/work-safety-law/'],
  ['工作要点解读', '/regulations/work-plan-2024/'],
  ['工作要点原文', '/regulations/work-plan-2024/original/'],
  ['工作要点单项', '/regulations/work-plan-2024/task-2/'],
  ['判定标准目录', '/criteria/'],
  ['判定标准行业页', '/criteria/domain/metallurgy/'],
  ['判定标准条目', '/criteria/a4-1/'],
  ['判定标准条目（条文留有解读空间）', '/criteria/a11-2/'],
  ['变更记录', '/changes/'],
  ['国家标准', '/regulations/gb-2894-2025/'],
  ['第十四条', '/criteria/article-14/'],
  ['案例列表', '/cases/'],
  ['案例专题', '/cases/topic/dust/'],
  ['案例', '/cases/2014-kunshan-zhongrong/'],
  ['案例单节', '/cases/2014-kunshan-zhongrong/direct-cause/'],
  ['案例讲义', '/cases/2014-kunshan-zhongrong/handout/'],
  ['案例演示', '/cases/2014-kunshan-zhongrong/present/'],
  ['培训包列表', '/training/'],
  ['培训包', '/training/dust/'],
  ['培训包讲义', '/training/dust/handout/'],
  ['自查', '/self-check/'],
  ['自查报告', '/self-check/report/'],
  ['隐患台账', '/self-check/ledger/'],
  ['练习', '/practice/'],
  ['统一试卷', '/practice/paper/'],
  ['搜索', '/search/?q=液氨'],
  ['开放数据', '/data/'],
  ['关于', '/about/'],
  ['404', '/no-such-page/'],
] as const;

for (const [name, path] of PAGE_TYPES) {
  test(`${name} (${path}) passes axe and fits 360 px`, async ({ page }) => {
    await page.goto(path);
    // Islands must have hydrated before axe looks (their server markup differs); Astro drops `ssr` when they have.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1').first()).toBeVisible();
    await expectAxeClean(page);
    await expectNoHorizontalScroll(page);
  });
}

test('the work-plan guide links each task to the right place in the 原文', async ({ page }) => {
  await page.goto('/regulations/work-plan-2024/');
  for (const n of [2, 7, 14]) {
    const a = page.locator(`a[data-task="${n}"]`);
    await expect(a).toHaveAttribute('href', `/regulations/work-plan-2024/original/#task-${n}`);
  }
  await page.locator('a[data-task="7"]').click();
  await expect(page).toHaveURL(/original\/#task-7$/);
  const heading = page.locator('#task-7');
  await expect(heading).toBeInViewport();
  await expect(heading.locator('xpath=following-sibling::p[1]')).toContainText('疏散逃生演练');
});

test('the 原文 shows every mend visibly and keeps the transcribed text', async ({ page }) => {
  await page.goto('/regulations/work-plan-2024/original/');
  await expect(page.locator('ins.mend')).not.toHaveCount(0);
  await expect(page.locator('#task-2 + p')).toContainText('重大故隐患判定标准');
  await expect(page.locator('#task-2 + p ins.mend').first()).toContainText('校注');
  await expect(page.locator('h3[id^="task-"]')).toHaveCount(20);
  await expect(page.locator('h2[id^="part-"]')).toHaveCount(5);
});

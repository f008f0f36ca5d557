import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';
import { pdfText } from './pdf-text';

// A phone in Beijing: the dates the site writes are local ones.
test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai' });

/** New assessment (冶金 + 粉尘), with a4-6 设施失效 and a11-3 不符合, then the result step. */
async function startWithFindings(page: Page, name: string) {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill(name);
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByLabel(/存在粉尘爆炸危险/).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
  await page.locator('#item-a4-6').getByLabel('设施失效或无效').check();
  await page.getByRole('link', { name: /^粉尘爆炸危险 / }).click();
  await page.locator('#item-a11-3').getByLabel('不符合', { exact: true }).check();
  await page.getByRole('button', { name: /查看结果与整改/ }).click();
  await expect(page.locator('#finding-a11-3')).toBeVisible();
}

const status = (card: ReturnType<Page['locator']>) => card.locator('.lifecycle-status');

test('new → 不符合 → plan → 整改 → 验收 → 销号 → 已销号 in the ledger; Back and reload keep every step; re-check carries only the open one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startWithFindings(page, '台账测试厂');
  const dust = page.locator('#finding-a11-3');
  const co = page.locator('#finding-a4-6');

  // Plan: a 重大事故隐患 asks for the six parts, its basis marked 待核实.
  await expect(co).toContainText('重大事故隐患治理方案');
  await expect(co.locator('.pending-mark')).toHaveText('〔待核实〕');
  await co.getByLabel('治理的目标和任务').fill('恢复煤气报警');
  await co.getByLabel(/采取的方法和措施/).fill('更换CO报警探头');
  await co.getByLabel(/^责任人/).fill('设备科 李工');
  await co.getByLabel(/^完成期限/).fill('2026-12-15');
  await co.getByLabel(/隐患位置/).fill('煤气柜区');
  await expect(status(co)).toContainText('待整改');

  // 开始整改 (date defaults to today, local).
  await co.getByLabel('经办人').fill('李工');
  await co.getByRole('button', { name: '开始整改' }).click();
  await expect(status(co)).toContainText('整改中');
  await page.reload();
  await expect(status(co)).toContainText('整改中');
  await expect(co.getByLabel(/隐患位置/)).toHaveValue('煤气柜区');
  await expect(co.getByLabel('治理的目标和任务')).toHaveValue('恢复煤气报警');

  // 已整改 → Back goes one step (to 逐条核对), Forward returns, the status stays.
  await co.getByLabel('经办人').fill('李工');
  await co.getByRole('button', { name: '已整改，待验收' }).click();
  await expect(status(co)).toContainText('已整改待验收');
  await page.goBack();
  await expect(page.locator('#item-a11-3')).toBeVisible();
  await page.goForward();
  await expect(status(co)).toContainText('已整改待验收');
  await page.reload();
  await expect(status(co)).toContainText('已整改待验收');

  // 验收: 销号 without 验收人 is refused, then done with 验收人 and 验收日期.
  await co.getByRole('button', { name: '验收通过，销号' }).click();
  await expect(co.getByRole('alert')).toContainText('请填写验收人');
  await co.getByLabel('验收人').fill('安全科 赵科长');
  await co.getByLabel('验收日期').fill('2026-12-05');
  await co.getByRole('button', { name: '验收通过，销号' }).click();
  await expect(status(co)).toContainText('已销号');
  await expect(co).toContainText('验收：安全科 赵科长，2026-12-05');
  await page.reload();
  await expect(status(co)).toContainText('已销号');
  await expect(co.locator('.history li')).toHaveCount(3);
  // Photos of the hazard (整改前/整改后) are taken on its card, the same as on the item in step 2.
  await expect(co.locator('.finding-photos').getByLabel(/^拍照/)).toHaveAttribute('capture', 'environment');

  // The other hazard stays open; an own item is added.
  await dust.getByLabel(/隐患位置/).fill('除尘间');
  await page.getByLabel('隐患名称').fill('叉车通道无标线');
  await page.getByRole('button', { name: '添加这项隐患' }).click();
  await expect(page.locator('.findings .card').filter({ hasText: '叉车通道无标线' })).toBeVisible();
  await page.getByLabel('检查人').fill('检查人甲');
  await expectAxeClean(page);

  // The ledger: 已销号 for a4-6, the others open; filter, counts, export.
  await page.goto('/self-check/ledger/');
  await expect(page.getByRole('heading', { level: 1, name: '隐患台账' })).toBeVisible();
  const rows = page.locator('.ledger-row');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('.ledger-counts')).toContainText('共 3 项');
  const closed = rows.filter({ hasText: '第四条第（六）项' });
  await expect(closed).toContainText('已销号');
  await expect(closed).toContainText('安全科 赵科长，2026-12-05');
  // Sorted by 期限: the only one with a deadline comes first.
  await expect(rows.first()).toContainText('第四条第（六）项');
  await page.getByLabel('状态').selectOption('closed');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('状态').selectOption('all');
  await page.getByLabel('只看重大事故隐患').check();
  await expect(rows).toHaveCount(2);
  await page.getByLabel('只看重大事故隐患').uncheck();
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^隐患台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = await download.path();
  expect(statSync(path).size).toBeGreaterThan(0);

  // Printed for an inspector, the ledger shows every hazard's history, not only its summary line.
  const pdf = test.info().outputPath('ledger.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const printed = await pdfText(pdf);
  expect(printed).toMatch(/\d{4}-\d{2}-\d{2} 整改中/);
  expect(printed).toMatch(/\d{4}-\d{2}-\d{2} 已销号/);

  // A row opens its hazard in the self-check.
  await closed.getByRole('link', { name: '在自查中打开' }).click();
  await expect(status(page.locator('#finding-a4-6'))).toContainText('已销号');

  // Re-check copy: the open hazards come along, linked; the closed one is to be checked again.
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '复制一份复查' }).click();
  await expect(page.getByText('台账测试厂（复查）')).toBeVisible();
  await page.getByRole('button', { name: /查看结果与整改/ }).click();
  await expect(page.locator('#finding-a11-3')).toContainText('从上一次自查带入');
  await expect(page.locator('#finding-a11-3').getByLabel(/隐患位置/)).toHaveValue('除尘间');
  await expect(page.locator('#finding-a4-6')).toHaveCount(0);
  await expect(page.locator('.findings .card').filter({ hasText: '叉车通道无标线' })).toBeVisible();

  // The ledger shows each carried hazard once, the closed one still there.
  await page.goto('/self-check/ledger/');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: '第十一条第（三）项' })).toContainText(/台账测试厂（[\d-]+） → 台账测试厂（复查）/);
});

test('a hazard past its deadline is flagged 期限已过 on the result and the ledger', async ({ page }) => {
  test.setTimeout(90_000);
  // 07:30 on 10 December in Beijing is still 9 December in UTC: a deadline of the 9th has passed only in local time.
  await page.clock.setFixedTime(new Date('2026-12-09T23:30:00Z'));
  await startWithFindings(page, '逾期测试厂');
  const dust = page.locator('#finding-a11-3');
  await dust.getByLabel(/采取的方法和措施/).fill('加装锁气卸灰');
  await dust.getByLabel(/^责任人/).fill('王工');
  await dust.getByLabel(/^完成期限/).fill('2026-12-09');
  await expect(dust.locator('.overdue')).toHaveText('期限已过');
  await expect(page.getByRole('alert').filter({ hasText: '已过整改期限' })).toContainText('1 项');
  await page.goto('/self-check/ledger/');
  const row = page.locator('.ledger-row').filter({ hasText: '第十一条第（三）项' });
  await expect(row.locator('.overdue')).toBeVisible();
  await page.getByLabel('只看期限已过').check();
  await expect(page.locator('.ledger-row')).toHaveCount(1);
  // On the deadline day itself (23:00 on the 9th, Beijing) it is not overdue yet.
  await page.clock.setFixedTime(new Date('2026-12-09T15:00:00Z'));
  await page.reload();
  await expect(page.locator('.ledger-row .overdue')).toHaveCount(0);
});

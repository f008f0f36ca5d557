import { blockStorage, expect, expectAxeClean, test } from './fixtures';

// Journey: a metallurgy + dust-explosion plant answers a few items, including one 不符合 and one failed device.
test('profile → check → report lists both major hazards; reload resumes; export then import restores it', async ({
  page,
  browser,
  baseURL,
}) => {
  // A long journey with five axe passes: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('朔州测试钢厂');
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByLabel(/存在粉尘爆炸危险/).check();
  await expect(page.getByRole('status').filter({ hasText: '需要核对' })).toContainText(/共有 \d+ 条/);
  await expectAxeClean(page);
  await page.getByRole('button', { name: '开始核对' }).click();

  // 冶金 module: a4-6 names a CO alarm, so it offers 设施失效或无效.
  await page.getByRole('link', { name: /^冶金 / }).click();
  const a46 = page.locator('#item-a4-6');
  await a46.getByLabel('设施失效或无效').check();
  await a46.getByLabel('备注（可选）').fill('煤气区域CO报警器探头损坏');
  await page.locator('#item-a4-1').getByLabel('符合', { exact: true }).check();
  await page.getByRole('link', { name: /^粉尘爆炸危险 / }).click();
  await page.locator('#item-a11-3').getByLabel('不符合', { exact: true }).check();
  await expectAxeClean(page);

  // Reload: still the same assessment, in the dust module, with the answers kept.
  await page.reload();
  await expect(page.getByText('朔州测试钢厂')).toBeVisible();
  await expect(page.locator('#item-a11-3').getByLabel('不符合', { exact: true })).toBeChecked();

  await page.getByRole('button', { name: /查看结果与整改/ }).click();
  await expect(page.locator('#finding-a4-6')).toContainText('重大事故隐患');
  await expect(page.locator('#finding-a11-3')).toContainText('第十一条第（三）项');
  await expect(page.getByRole('alert').filter({ hasText: '整改计划' })).toBeVisible();
  await page.locator('#finding-a4-6').getByLabel('整改措施').fill('更换CO报警探头并恢复联网');
  await page.locator('#finding-a4-6').getByLabel('责任人').fill('设备科 李工');
  await page.locator('#finding-a4-6').getByLabel('完成期限').fill('2026-12-15');
  await page.locator('#finding-a4-6').getByLabel('整改措施').click();
  await expectAxeClean(page);

  await page.goto('/self-check/report/');
  const report = page.locator('.report');
  await expect(report).toContainText('一、重大事故隐患（2 项）');
  await expect(report).toContainText('第四条第（六）项');
  await expect(report).toContainText('第十一条第（三）项');
  await expect(report).toContainText('更换CO报警探头');
  await expect(report).toContainText('主要负责人（签字）');
  await expectAxeClean(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.getByRole('button', { name: /打印/ })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Export as a text code, then import into a fresh browser context.
  // The tool's address without a record is the list of records.
  await page.goto('/self-check/');
  await page.getByText('备份这份自查（导出）').first().click();
  await page.getByRole('button', { name: '复制数据码' }).first().click();
  const code = await page.locator('textarea[readonly]').first().inputValue();
  expect(code).toMatch(/^GMAQ1\./);

  const fresh = await browser.newContext({ baseURL });
  const p2 = await fresh.newPage();
  await p2.goto('/self-check/');
  await p2.getByLabel(/或粘贴数据码/).fill(code);
  await p2.getByRole('button', { name: '导入', exact: true }).click();
  await expect(p2.getByText('朔州测试钢厂').first()).toBeVisible();
  await p2.goto('/self-check/report/');
  await expect(p2.locator('.report')).toContainText('第十一条第（三）项');
  await fresh.close();
});

test('a bad import is refused in Chinese and changes nothing', async ({ page }) => {
  await page.goto('/self-check/');
  await page.getByLabel(/或粘贴数据码/).fill('GMAQ1.eyJhcHAiOiJnb25n');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('数据码不完整');
  await expect(page.getByText('本机还没有自查记录')).toBeVisible();
});

test('a change in one tab appears in another', async ({ page, context }) => {
  await page.goto('/self-check/');
  const other = await context.newPage();
  await other.goto('/self-check/');
  await expect(other.getByText('本机还没有自查记录')).toBeVisible();
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('第二个标签页');
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(other.getByRole('heading', { name: '第二个标签页', exact: true })).toBeVisible();
  // The open record is per tab: the other tab stays on its list.
  await expect(other.getByRole('button', { name: '新建自查' })).toBeVisible();
});

test('without storage (private mode) it still works and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(blockStorage);
  await page.goto('/self-check/');
  await expect(page.getByRole('status').filter({ hasText: '不会保留' })).toBeVisible();
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('无痕模式');
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.locator('strong', { hasText: '无痕模式' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^工作要点企业义务 / })).toBeVisible();
});

test('each step is a history entry: Back moves one step, reload stays, focus goes to the step', async ({ page }) => {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await expect(page.getByRole('heading', { name: '新建自查：企业概况' })).toBeFocused();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('返回键测试');
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page).toHaveURL(/step=check/);
  await page.getByRole('button', { name: /查看结果与整改/ }).click();
  await expect(page).toHaveURL(/step=result/);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^重大事故隐患（/ })).toBeVisible();
  await page.getByRole('link', { name: '1 企业概况' }).click();
  await expect(page.getByRole('heading', { name: '1 企业概况' })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/step=result/);
  await page.goBack();
  await expect(page).toHaveURL(/step=check/);
  await expect(page.locator('#item-a4-1')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: '本机的自查记录' })).toBeVisible();
});

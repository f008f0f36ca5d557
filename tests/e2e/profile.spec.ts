import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';

// The profile as a user in China meets it: a phone, Beijing time.
test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai' });

test('choosing 铝镁 asks about 遇湿自燃 with the reason, and ticks it only on yes', async ({ page }) => {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel(/^存在粉尘爆炸危险/).check();
  await page.getByLabel('铝镁等金属粉尘').check();
  const hint = page.getByRole('group', { name: /是否也选“遇湿自燃金属粉尘”/ });
  await expect(hint).toContainText('第十一条第（九）项');
  await expect(hint).toContainText('昆山');
  await expect(page.getByLabel('遇湿自燃金属粉尘', { exact: true })).not.toBeChecked();
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page);
  await hint.screenshot({ path: 'test-results/profile-hint-390.png' });
  await hint.getByRole('button', { name: '是，也选上' }).click();
  await expect(page.getByLabel('遇湿自燃金属粉尘', { exact: true })).toBeChecked();
  await expect(hint).toBeHidden();
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: 'test-results/profile-form-320.png', fullPage: true });
});

test('unticking a box that hides an answered finding asks, names it, and the answer comes back when re-ticked', async ({ page }) => {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByLabel(/^存在粉尘爆炸危险/).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.getByRole('link', { name: /^粉尘爆炸危险 / }).click();
  await page.locator('#item-a11-3').getByLabel('不符合', { exact: true }).check();

  await page.getByRole('link', { name: '1 企业概况' }).click();
  const dust = page.getByLabel(/^存在粉尘爆炸危险/);
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  // A plain click: uncheck() would insist on the state changing, and cancelling is exactly what keeps it.
  await dust.click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('1 项已发现的问题');
  expect(asked[0]).toContain('第十一条第（三）项 干式除尘系统无泄爆惰化抑爆措施');
  expect(asked[0]).toContain('重新勾选后会恢复');
  await expect(dust).toBeChecked();

  page.once('dialog', (d) => void d.accept());
  await dust.uncheck();
  await expect(dust).not.toBeChecked();
  await page.getByRole('button', { name: '保存概况' }).click();
  await page.getByRole('link', { name: '3 结果与整改' }).click();
  await expect(page.locator('#finding-a11-3')).toHaveCount(0);

  await page.getByRole('link', { name: '1 企业概况' }).click();
  await page.getByLabel(/^存在粉尘爆炸危险/).check();
  await page.getByRole('button', { name: '保存概况' }).click();
  await page.getByRole('link', { name: '3 结果与整改' }).click();
  await expect(page.locator('#finding-a11-3')).toContainText('第十一条第（三）项');
});

test('the list and the report show the Beijing date at 07:30 on 13 June, when UTC is still 12 June', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-06-12T23:30:00Z') });
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('日期测试厂');
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByText('日期测试厂').first()).toBeVisible();

  await page.goto('/self-check/');
  const entry = page.getByRole('listitem').filter({ hasText: '日期测试厂' });
  await expect(entry).toContainText('创建 2026年6月13日');
  await expect(entry).not.toContainText('6月12日');
  await entry.getByText('备份这份自查（导出）').click();
  const download = page.waitForEvent('download');
  await entry.getByRole('button', { name: '导出为文件' }).click();
  expect((await download).suggestedFilename()).toBe('自查-日期测试厂-2026-06-13.json');

  await entry.getByRole('link', { name: '报告' }).click();
  await expect(page.locator('.report')).toContainText('2026年6月13日');
  await expect(page.getByLabel('报告文字版')).toHaveValue(/日期：2026年6月13日/);
});

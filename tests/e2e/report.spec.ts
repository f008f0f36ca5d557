import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';
import { pdfText } from './pdf-text';

// The report as a user in China reads it: their time zone, a phone, and the A4 printout.
test.use({ timezoneId: 'Asia/Shanghai' });

const LONG_MEASURE = `对除尘系统进行全面整改：${'更换泄爆片并校核泄爆面积，清理管道积尘，'.repeat(20)}完成后组织复查。`;

/** Builds a record through the tool itself: a4-6 failed with a partly filled plan, a11-3 with a full plan and a long measure. */
async function seed(page: Page) {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('报告测试钢厂');
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByLabel(/存在粉尘爆炸危险/).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
  await page.locator('#item-a4-6').getByLabel('设施失效或无效').check();
  await page.locator('#item-a4-6').getByLabel('备注（可选）').fill('煤气区域CO报警器探头损坏');
  await page.locator('#item-a4-1').getByLabel('符合', { exact: true }).check();
  await page.getByRole('link', { name: /^粉尘爆炸危险 / }).click();
  await page.locator('#item-a11-3').getByLabel('不符合', { exact: true }).check();
  await page.getByRole('button', { name: /查看结果与整改/ }).click();
  // Partly filled: measure and owner, no deadline.
  const a46 = page.locator('#finding-a4-6');
  await a46.getByLabel('整改措施').fill('更换CO报警探头并恢复联网');
  await a46.getByLabel('责任人').fill('设备科 李工');
  const a113 = page.locator('#finding-a11-3');
  await a113.getByLabel('整改措施').fill(LONG_MEASURE);
  await a113.getByLabel('责任人').fill('除尘班 王工');
  await a113.getByLabel('完成期限').fill('2026-12-15');
  await a113.getByLabel('资金').fill('3.5万元');
  await a113.getByLabel('整改措施').click();
}

/** Text boxes of the report (cells, captions, headings, paragraphs) that are narrower than 4 of their own characters. */
async function narrowCells(page: Page) {
  return page.locator('.report').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('td, th, dt, dd, caption, h2, h3, h4, p, li')]
      .filter((el) => el.offsetParent !== null && !el.closest('thead, .visually-hidden') && el.textContent?.trim())
      .map((el) => {
        const s = getComputedStyle(el);
        const width = el.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        return { text: el.textContent?.trim().slice(0, 12) ?? '', chars: width / parseFloat(s.fontSize) };
      })
      .filter((c) => c.chars < 4),
  );
}

test('on a phone (390 and 320 px) every text cell is at least 4 characters wide, the page never scrolls sideways, axe passes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await seed(page);
  await page.goto('/self-check/report/');
  await expect(page.locator('.report')).toContainText('一、重大事故隐患（2 项）');
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await narrowCells(page), `${width} px 下过窄的单元格`).toEqual([]);
    await expectNoHorizontalScroll(page);
    mkdirSync('reports/shots', { recursive: true });
    await page.screenshot({ path: `reports/shots/report-${width}.png`, fullPage: true, scale: 'css' });
  }
  const first = page.locator('#report-a4-6');
  await expect(first.getByRole('rowheader', { name: '治理的目标和任务' })).toBeVisible();
  await expect(first).toContainText('待整改');
  await expect(page.getByRole('heading', { name: '附录：逐条核对记录' })).toBeVisible();
  await expectAxeClean(page);
});

test('printed to A4: dates and amounts stay on one line, a partly filled plan prints what was typed, pages are numbered', async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  // Five days after a11-3's deadline (2026-12-15, Beijing time): it prints as overdue.
  await page.clock.setFixedTime(new Date('2026-12-20T02:00:00Z'));
  await seed(page);
  await page.goto('/self-check/report/');
  await expect(page.locator('.report')).toContainText('除尘班 王工');
  await page.emulateMedia({ media: 'print' });
  const pdf = info.outputPath('report.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  mkdirSync('reports/shots', { recursive: true });
  await page.pdf({ path: 'reports/shots/report.pdf', format: 'A4', preferCSSPageSize: true });
  const text = await pdfText(pdf);
  const pages = text.split('\f').filter((p) => p.trim());
  // Whole values on one line each (a broken one would read 2026-12-/15 or 3./5万元).
  for (const v of ['2026-12-15', '3.5万元'])
    expect(
      text.split('\n').some((line) => line.includes(v)),
      v,
    ).toBe(true);
  expect(text).not.toMatch(/\d{4}-\d{2}-?\s*\n\s*-?\d{2}\b/);
  // What was typed in the partly filled plan is printed; the rest is marked 未填.
  expect(text).toContain('更换CO报警探头并恢复联网');
  expect(text).toContain('设备科 李工');
  expect(text).toMatch(/治理的时限和要求\s+未填/);
  expect(text).toMatch(/第十一条第（三）项[^\n]*待整改\s*期限已过/);
  expect(text).toContain('主要负责人（签字）');
  expect(text).toContain('检查人（签字）');
  // Page numbers in the margin box; no empty last page (every page has more than its number).
  expect(text).toMatch(/第\s*1\s*页/);
  expect(pages.length).toBeGreaterThan(1);
  const pageNumber = /第\s*(\d+)\s*页\s*\/\s*共\s*(\d+)\s*页/;
  for (const p of pages) expect(p.replace(pageNumber, '').trim().length, '空白页').toBeGreaterThan(0);
  expect(pages.at(-1)?.match(pageNumber)?.slice(1)).toEqual([String(pages.length), String(pages.length)]);
  // The appendix is the inspection record: every applicable item with its answer.
  expect(text).toContain('附录：逐条核对记录');
  expect(text).toMatch(/第四条第（一）项.*符合/);
  expect(text).toMatch(/未核对/);
});

test('the report is dated in Beijing time: at 23:30 UTC on 12 June it is 13 June', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-12T23:30:00Z'));
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('时区测试');
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.goto('/self-check/report/');
  const head = page.locator('.report-head');
  await expect(head).toContainText('报告日期2026年6月13日');
  // No 检查人 yet: the printout leaves a line to write on.
  await expect(head.locator('.report-fill')).toHaveCount(2);
});

test('compare puts the earlier record first whichever is picked first, and shows a table', async ({ page }) => {
  test.setTimeout(90_000);
  await seed(page);
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '复制一份复查' }).click();
  // The copy opens at once: a4-6 is fixed now, a11-3 is still there.
  await page.getByRole('link', { name: /^冶金 / }).click();
  await page.locator('#item-a4-6').getByLabel('符合', { exact: true }).check();
  await page.goto('/self-check/');
  const selects = page.getByRole('combobox');
  // Options: 请选择, then the records oldest first; the newer one (the copy) is picked first.
  await selects.nth(0).selectOption({ index: 2 });
  await selects.nth(1).selectOption({ index: 1 });
  const table = page.getByRole('table', { name: '两次自查对比' });
  await expect(page.getByText(/^较早：报告测试钢厂（\d{4}/)).toBeVisible();
  await expect(table.getByRole('row', { name: /第四条第（六）项/ })).toContainText('已整改');
  await expect(table.getByRole('row', { name: /第十一条第（三）项/ })).toContainText('仍存在');
  await expectAxeClean(page);
});

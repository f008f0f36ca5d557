import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';

import type { Page } from '@playwright/test';
import { PHONE } from './practice-helpers';

test.use(PHONE);
// The QR decoder (jsQR) is injected by the test as an inline script, which the site's own CSP rightly refuses.
test.use({ bypassCSP: true });

/** Decodes the QR code in an element with jsQR, in the page: SVG → canvas → pixels. */
async function decodeQr(page: Page, selector: string): Promise<string | null> {
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  return page.evaluate(async (sel) => {
    // Runs in the page: no test helpers here, a missing element throws with its name.
    const svg = document.querySelector(`${sel} svg`);
    if (!svg) throw new Error(`no QR svg in ${sel}`);
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 0, 0, 400, 400);
    const data = ctx.getImageData(0, 0, 400, 400);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(data.data, 400, 400)?.data ?? null;
  }, selector);
}

test('the QR code always encodes the link the form shows, also after the form changes', async ({ page }) => {
  await page.goto('/practice/paper/?seed=SZ0612&n=10');
  const link = page.getByTestId('paper-link');
  await expect(page.locator('.live-qr[data-qr-text]')).toHaveCount(1);
  expect(await decodeQr(page, '.live-qr')).toBe(await link.inputValue());

  await page.getByLabel(/^试卷码/).fill('SZ0613');
  await page.getByLabel('粉尘爆炸危险').check();
  const newLink = await link.inputValue();
  expect(newLink).toContain('seed=SZ0613');
  expect(newLink).toContain('topics=dust');
  await expect(page.locator(`.live-qr[data-qr-text="${newLink}"]`)).toHaveCount(1);
  expect(await decodeQr(page, '.live-qr')).toBe(newLink);
  await expectAxeClean(page);
});

test('one paper code everywhere, no hidden id list, a preview and a printable version with the key', async ({ page }) => {
  await page.goto('/practice/paper/?seed=SZ0613&n=5&topics=dust');
  await expect(page.getByTestId('paper-summary')).toContainText('试卷码 SZ0613');
  await expect(page.locator('.visually-hidden li')).toHaveCount(0);
  await page.getByText(/预览这份试卷（5 题）/).click();
  await expect(page.locator('.paper-sheet > li')).toHaveCount(5);

  await page.getByRole('link', { name: '打印版（含答案）' }).click();
  await expect(page.getByRole('heading', { name: '统一试卷 · 试卷码 SZ0613' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /答案与依据/ })).toBeVisible();
  await expect(page.locator('.answer-key tbody tr')).toHaveCount(5);
  await expectNoHorizontalScroll(page);
  await expectAxeClean(page);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'reports/shots/paper-print.pdf', format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/practice/paper/?seed=SZ0613&n=5&topics=dust');
  await page.getByLabel(/姓名/).fill('张三');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('.exam-bar')).toContainText('试卷码 SZ0613');
  // A reload during the paper comes back into it, name and answers kept.
  await page.locator('label.option').first().locator('input').check();
  await page.reload();
  await expect(page.locator('.exam-bar')).toContainText('已答 1/5');
  for (let i = 0; i < 5; i++) {
    await page.locator('label.option').first().locator('input').check();
    if (i < 4) await page.getByRole('button', { name: '下一题 ›' }).click();
  }
  await page.getByRole('button', { name: '交卷' }).first().click();
  await expect(page.getByTestId('paper-code')).toHaveText('SZ0613');
  await expect(page.getByRole('heading', { name: '统一试卷（试卷码 SZ0613）：成绩' })).toBeVisible();
  await expect(page.getByTestId('result-code')).toHaveText(/^SZ0613\.[0-9A-Z]{4}\.张三\.\d+\.5\./);
  await expectAxeClean(page);
});

import type { Page } from '@playwright/test';
import { withOrientation } from '../../src/lib/photo';
import { expect, expectAxeClean, expectNoHorizontalScroll, test } from './fixtures';
import { must } from '../must';

// A phone in Beijing, as the users hold it.
test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai' });

/**
 * A camera-sized JPEG (4000×3000, grain over gradients so it does not compress to nothing, > 2 MB), drawn by the
 * browser itself so the test needs no image tool, then tagged EXIF orientation 6 (phone held upright): the stored
 * photo must come out portrait.
 */
async function cameraJpeg(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 4000;
    c.height = 3000;
    // This runs in the browser, where tests/must.ts cannot be imported.
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas context');
    const g = ctx.createLinearGradient(0, 0, 4000, 3000);
    g.addColorStop(0, '#8a6d3b');
    g.addColorStop(1, '#2e4a62');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 4000, 3000);
    const img = ctx.getImageData(0, 0, 4000, 3000);
    let seed = 12345;
    for (let i = 0; i < img.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const n = (seed % 61) - 30;
      // Uint8ClampedArray: an index inside the image always reads a number.
      img.data[i] = (img.data[i] ?? 0) + n;
      img.data[i + 1] = (img.data[i + 1] ?? 0) + n;
      img.data[i + 2] = (img.data[i + 2] ?? 0) + n;
    }
    ctx.putImageData(img, 0, 0);
    const data = c.toDataURL('image/jpeg', 0.95).split(',')[1];
    if (data === undefined) throw new Error('canvas gave no JPEG data URL');
    return data;
  });
  return Buffer.from(withOrientation(new Uint8Array(Buffer.from(b64, 'base64')), 6));
}

/** The photo records as IndexedDB holds them. */
function storedPhotos(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ id: string; key: string; role: string; size: number; bytes: number; width: number; height: number; type: string }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('gmaq');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const req = db.transaction('records').objectStore('records').index('kind').getAll('photo');
            req.onsuccess = () => {
              db.close();
              resolve(
                (req.result as { data: Record<string, unknown> & { bytes: ArrayBuffer } }[]).map(({ data }) => ({
                  id: data.id as string,
                  key: data.key as string,
                  role: data.role as string,
                  size: data.size as number,
                  bytes: data.bytes.byteLength,
                  width: data.width as number,
                  height: data.height as number,
                  type: data.type as string,
                })),
              );
            };
            req.onerror = () => reject(req.error);
          };
        },
      ),
  );
}

test('a 12-megapixel phone photo is kept upright under 200 kB, survives reload, shows in a second tab, and asks before delete', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('照片测试钢厂');
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
  const item = page.locator('#item-a4-6');
  await item.getByLabel('设施失效或无效').check();

  const big = await cameraJpeg(page);
  expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
  await expect(item.getByText('照片（可选，0/6）')).toBeVisible();
  // The album input: the camera input is the same element with capture, which a test cannot point at a camera.
  await expect(item.getByLabel(/^拍照/)).toHaveAttribute('capture', 'environment');
  await item.getByLabel(/^从相册选择/).setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: big });

  const thumb = item.getByRole('img', { name: '第四条第（六）项 整改前照片 1' });
  await expect(thumb).toBeVisible({ timeout: 30_000 });
  await expect(item.getByRole('status')).toHaveText('已保存 1 张整改前照片。');
  expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);

  const stored = must((await storedPhotos(page))[0], 'a stored photo');
  expect(stored).toMatchObject({ key: 'a4-6', role: 'before', type: 'image/jpeg', width: 1200, height: 1600 });
  expect(stored.size).toBeLessThanOrEqual(200 * 1024);
  expect(stored.bytes).toBe(stored.size);

  // Tap to view large, with what it is; axe on the card with thumbnails and the large view open.
  await item
    .getByRole('button', { name: /整改前照片 1/ })
    .first()
    .click();
  const large = item.locator('.photo-large');
  await expect(large).toContainText('整改前');
  await expect(large).toContainText('1200×1600');
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page);

  // Reload: the photo is still there (the step and module are in the URL and the record).
  await page.reload();
  await expect(page.locator('#item-a4-6').getByRole('img', { name: /整改前照片 1/ })).toBeVisible();

  // A second tab on the same record sees a photo added here without reloading.
  const two = await context.newPage();
  await two.goto(page.url());
  await expect(two.locator('#item-a4-6').getByRole('img', { name: /整改前照片 1/ })).toBeVisible();
  const again = page.locator('#item-a4-6');
  await again.getByLabel('整改后').check();
  await again.getByLabel(/^从相册选择/).setInputFiles({ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: big });
  await expect(again.getByRole('img', { name: /整改后照片 2/ })).toBeVisible({ timeout: 30_000 });
  await expect(two.locator('#item-a4-6').getByRole('img', { name: /整改后照片 2/ })).toBeVisible();
  await expect(two.locator('#item-a4-6').getByText('照片（可选，2/6）')).toBeVisible();

  // Delete asks first: cancelling keeps the photo, confirming removes it here, in storage and in the other tab.
  const messages: string[] = [];
  page.once('dialog', (d) => {
    messages.push(d.message());
    void d.dismiss();
  });
  await again.getByRole('button', { name: /^删除.*整改后照片 2/ }).click();
  expect(messages).toEqual(['删除这张照片？删除后无法恢复（除非有导出备份）。']);
  await expect(again.getByRole('img', { name: /整改后照片 2/ })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await again.getByRole('button', { name: /^删除.*整改后照片 2/ }).click();
  await expect(again.getByRole('img', { name: /整改后照片/ })).toHaveCount(0);
  await expect(again.getByLabel(/^从相册选择/)).toBeFocused();
  await expect(two.locator('#item-a4-6').getByRole('img', { name: /整改后照片/ })).toHaveCount(0);
  expect((await storedPhotos(page)).map((p) => p.role)).toEqual(['before']);
  await two.close();
});

test('a file that is not an image is refused with a message and nothing is stored', async ({ page }) => {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByRole('button', { name: '开始核对' }).click();
  const item = page.locator('.check-items > li').first();
  await item.getByLabel(/^从相册选择/).setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('不是图片') });
  await expect(item.getByRole('status')).toContainText('无法读取这张图片');
  expect(await storedPhotos(page)).toEqual([]);
});

test('a photo taken on an item shows on its hazard card, in the printed report and in the ledger', async ({ page }) => {
  await page.goto('/self-check/');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill('照片报告厂');
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
  const item = page.locator('#item-a4-6');
  await item.getByLabel('设施失效或无效').check();
  await item.getByLabel(/^从相册选择/).setInputFiles('tests/fixtures/photo-64x48.jpg');
  await expect(item.getByRole('img', { name: /整改前照片 1/ })).toBeVisible({ timeout: 30_000 });
  const id = new URL(page.url()).searchParams.get('id');
  expect(id).toBeTruthy();

  // The hazard card of step 3 holds the same photos.
  await page.goto(`/self-check/?id=${id}&step=result`);
  await expect(page.locator('#finding-a4-6').getByRole('img', { name: /整改前照片 1/ })).toBeVisible();

  // The report, on screen and in print, shows it as a thumbnail of that hazard.
  await page.goto(`/self-check/report/?id=${id}`);
  const thumb = page.locator('#report-a4-6 .report-photos img');
  await expect(thumb).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(thumb).toBeVisible();
  const box = await thumb.boundingBox();
  expect(box?.width ?? 0).toBeLessThan(200);
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/self-check/ledger/');
  await expect(page.locator(`#ledger-${id}-a4-6`).getByRole('img', { name: /整改前照片 1/ })).toBeVisible();
});

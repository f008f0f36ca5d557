/**
 * Saved work is never lost: each test drives the UI as a user would and checks what is stored and what a reload shows.
 * Where a test needs data another build wrote (newer, unknown values, unreadable), it puts the record into IndexedDB
 * first, as that build would have; everything after that goes through the UI.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { blockStorage, expect, expectAxeClean, test } from './fixtures';
import { must } from '../must';

type Row = { key: string; kind: string; id: string; v: number; at: string; data: Record<string, unknown> };

/** Reads or writes the site's records directly (only after the site has opened its database once). */
async function records(page: Page, put: Row[] = []): Promise<Row[]> {
  return page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('gmaq');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction('records', 'readwrite');
    for (const r of rows) tx.objectStore('records').put(r);
    const all = await new Promise<Row[]>((res) => {
      const q = tx.objectStore('records').getAll();
      q.onsuccess = () => res(q.result as Row[]);
    });
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
    return all;
  }, put);
}

const profile = {
  industries: ['metallurgy'],
  specials: [],
  metalSmelting: false,
  contractors: false,
  specialOps: false,
  dustWorkers30: false,
  subSectors: [],
};
const row = (id: string, data: Record<string, unknown>, v = 2): Row => ({
  key: `assessment:${id}`,
  kind: 'assessment',
  id,
  v,
  at: '2026-11-20T02:00:00.000Z',
  data: {
    id,
    name: `记录${id}`,
    createdAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    profile,
    answers: {},
    plans: {},
    ts: {},
    ...data,
  },
});

async function openList(page: Page) {
  await page.goto('/self-check/');
  await expect(page.getByRole('heading', { name: '本机的自查记录' })).toBeVisible();
}

async function newAssessment(page: Page, name: string) {
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('企业名称或检查范围（可不填）').fill(name);
  await page.getByLabel('冶金', { exact: true }).check();
  await page.getByRole('button', { name: '开始核对' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
}

const backToList = (page: Page) => page.getByRole('button', { name: /全部自查记录/ }).click();

test('an 80-character name copied again and again keeps every assessment after a reload', async ({ page }) => {
  await openList(page);
  await newAssessment(page, '长'.repeat(80));
  await page.locator('#item-a4-1').getByLabel('不符合', { exact: true }).check();
  await backToList(page);
  for (let i = 0; i < 13; i++) {
    await page.getByRole('button', { name: '复制一份复查' }).first().click();
    await backToList(page);
  }
  await expect(page.getByText('名称较长：复制件的名称会截短').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('ul.assessments > li')).toHaveCount(14);
  await expect(page.getByText(/无法读取/)).toHaveCount(0);
  for (const r of await records(page)) expect(String(r.data.name).length).toBeLessThanOrEqual(80);
});

test('采用 a suggestion on a full measure is refused in view, and the plan still loads after a reload', async ({ page }) => {
  await openList(page);
  await newAssessment(page, '措施很长的厂');
  await page.locator('#item-a4-6').getByLabel('不符合', { exact: true }).check();
  await page.getByRole('button', { name: /查看结果与整改/ }).click();
  const f = page.locator('#finding-a4-6');
  await f.getByLabel('整改措施').fill('措'.repeat(1995));
  await expect(f.getByText('1995/2000 字')).toBeVisible();
  await f.getByText('措施建议').click();
  await expect(f.getByRole('button', { name: '采用' }).first()).toBeDisabled();
  await expect(f.getByText('（已达字数上限，放不下）').first()).toBeVisible();
  await f.getByLabel('整改措施').fill('措'.repeat(2100));
  await expect(f.getByText('2000/2000 字（已达上限）')).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: /结果与整改/ }).click();
  await expect(page.locator('#finding-a4-6').getByLabel('整改措施')).toHaveValue('措'.repeat(2000));
  await expect(page.getByText(/无法读取/)).toHaveCount(0);
});

test('at 200 assessments, new and copy are refused with a message, and all 200 load', async ({ page }) => {
  await openList(page);
  // 199 records as a long-time user would have them (set up directly: creating 199 through the UI takes minutes).
  await records(
    page,
    Array.from({ length: 199 }, (_, i) => row(`sc-cap${String(i).padStart(3, '0')}`, {})),
  );
  await page.reload();
  await expect(page.getByText('本机已保存 199/200 份')).toBeVisible({ timeout: 15_000 });
  await newAssessment(page, '第200份');
  await backToList(page);
  await expect(page.getByText('本机已保存 200/200 份')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '已达到本机保存上限 200 份' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建自查' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '复制一份复查' }).first()).toBeDisabled();
  await page.reload();
  await expect(page.locator('ul.assessments > li')).toHaveCount(200);
});

test('storage full while answering: a message says what was not saved, and the answer is not shown as saved', async ({ page }) => {
  await openList(page);
  await newAssessment(page, '空间不足的厂');
  await page.locator('#item-a4-1').getByLabel('符合', { exact: true }).check();
  await expect.poll(async () => (await records(page)).length).toBe(1);
  // Headless Chromium ignores quota overrides (Storage.overrideQuotaForOrigin), so the refusal a full phone gives is
  // simulated: from now on the database refuses every write with QuotaExceededError.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  // A tap, not check(): the tick is taken back when the write fails, which is what this test expects.
  await page.locator('#item-a4-2').getByText('不符合', { exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: '没有保存' });
  await expect(alert).toContainText('存储空间已满');
  await expect(alert.getByRole('button', { name: '复制数据' })).toBeVisible();
  await expect(page.locator('#item-a4-2').getByLabel('不符合', { exact: true })).not.toBeChecked();
  await page.reload();
  await expect(page.locator('#item-a4-1').getByLabel('符合', { exact: true })).toBeChecked();
  await expect(page.locator('#item-a4-2').getByLabel('不符合', { exact: true })).not.toBeChecked();
});

test('with storage blocked, the report opens in place and keeps the work held in memory', async ({ page }) => {
  await page.addInitScript(blockStorage);
  await page.goto('/self-check/');
  await expect(page.getByRole('status').filter({ hasText: '不会保留' })).toBeVisible();
  await newAssessment(page, '无痕模式的厂');
  await page.locator('#item-a4-6').getByLabel('不符合', { exact: true }).check();
  // A mark on the page survives only if the report did not load a new page (which would wipe the work in memory).
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await page.getByRole('link', { name: '4 报告' }).click();
  await expect(page.locator('.report')).toContainText('一、重大事故隐患（1 项）');
  await expect(page.locator('.report')).toContainText('第四条第（六）项');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await page.getByRole('link', { name: '2 逐条核对' }).click();
  await expect(page.locator('#item-a4-6').getByLabel('不符合', { exact: true })).toBeChecked();
});

test('a record from a newer build is announced, never overwritten, while this tab edits the others', async ({ page }) => {
  await openList(page);
  const newer = row('sc-newer01', { future: { shape: 'v99' } }, 99);
  await records(page, [newer, row('sc-today01', {})]);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '更新版本' }).getByRole('button', { name: '刷新页面' })).toBeVisible();
  await expect(page.getByText('另有 1 份记录由更新版本的本站保存')).toBeVisible();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
  await page.locator('#item-a4-1').getByLabel('不符合', { exact: true }).check();
  await expect.poll(async () => JSON.stringify((await records(page)).find((r) => r.id === 'sc-today01')?.data.answers)).toContain('no');
  expect((await records(page)).find((r) => r.id === 'sc-newer01')).toEqual(newer);
});

test('an industry this build does not know is shown as 未知选项 and kept through edits', async ({ page }) => {
  await openList(page);
  await records(page, [row('sc-hydro01', { profile: { ...profile, industries: ['metallurgy', 'hydrogen'] } })]);
  await page.reload();
  await expect(page.getByText('含 1 个未知选项（来自其他版本，已保留）')).toBeVisible();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('link', { name: '1 企业概况' }).click();
  await expect(page.getByText(/未知选项.*hydrogen/)).toBeVisible();
  await page.getByRole('button', { name: '保存概况' }).click();
  await page.getByRole('link', { name: /^冶金 / }).click();
  await page.locator('#item-a4-1').getByLabel('符合', { exact: true }).check();
  await expect
    .poll(async () => (await records(page)).find((r) => r.id === 'sc-hydro01')?.data.answers)
    .toEqual({ 'a4-1': { answer: 'ok' } });
  expect((must((await records(page)).find((r) => r.id === 'sc-hydro01')).data.profile as typeof profile).industries).toEqual([
    'metallurgy',
    'hydrogen',
  ]);
});

test('an unreadable record is listed with its date, exported, and imported back by the import box', async ({ page }) => {
  await openList(page);
  await records(page, [
    row('sc-broken1', { name: '坏了一处的记录', answers: { 'a4-1': { answer: 'ok' }, 'a4-2': { answer: 7 } } }),
    row('sc-fine001', {}),
  ]);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '无法读取，已单独另存' })).toBeVisible();
  const aside = page.getByRole('region', { name: /无法读取的自查记录/ });
  await expect(aside).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} 另存/);
  await expect(page.locator('ul.assessments > li')).toHaveCount(1);
  await aside.getByRole('button', { name: '显示数据码' }).click();
  const code = await aside.locator('textarea').inputValue();
  await page
    .getByLabel(/或粘贴数据码/)
    .first()
    .fill(code);
  await page.getByRole('button', { name: '导入', exact: true }).first().click();
  const ask = page.getByRole('group', { name: '导入方式' });
  await expect(ask).toContainText('1 处无法读取');
  await ask.getByRole('button', { name: '导入可读的部分' }).click();
  await expect(page.getByText('坏了一处的记录').first()).toBeVisible();
  await expectAxeClean(page);
});

test('two tabs answering different items of one assessment both keep their answers', async ({ page, context }) => {
  await openList(page);
  await newAssessment(page, '两个标签页');
  const other = await context.newPage();
  await openList(other);
  await other.getByRole('button', { name: '继续' }).click();
  await other.getByRole('link', { name: /^冶金 / }).click();
  await Promise.all([
    page.locator('#item-a4-1').getByLabel('符合', { exact: true }).check(),
    other.locator('#item-a4-2').getByLabel('不符合', { exact: true }).check(),
  ]);
  for (const p of [page, other]) {
    await expect(p.locator('#item-a4-1').getByLabel('符合', { exact: true })).toBeChecked();
    await expect(p.locator('#item-a4-2').getByLabel('不符合', { exact: true })).toBeChecked();
  }
  await page.reload();
  await expect(page.locator('#item-a4-1').getByLabel('符合', { exact: true })).toBeChecked();
  await expect(page.locator('#item-a4-2').getByLabel('不符合', { exact: true })).toBeChecked();
});

async function startExam(page: Page) {
  await page.goto('/practice/');
  await page.getByRole('button', { name: '开始模拟考试' }).click();
  await expect(page.getByText(/第1题 \/ 共20题/)).toBeVisible();
}

test('two tabs on one exam never lose an answer', async ({ page, context }) => {
  await startExam(page);
  const other = await context.newPage();
  await other.goto('/practice/');
  await other.getByRole('region', { name: '未交卷的模拟考试' }).getByRole('button', { name: '继续考试' }).click();
  await other.getByRole('button', { name: '下一题 ›' }).click();
  await Promise.all([
    page.locator('label.option').first().locator('input').check(),
    other.locator('label.option').first().locator('input').check(),
  ]);
  await expect(page.getByText('已答 2/20')).toBeVisible();
  await expect(other.getByText('已答 2/20')).toBeVisible();
  // A reload stays in the exam: both answers are there.
  await page.reload();
  await expect(page.getByText('已答 2/20')).toBeVisible();
  await page.goto('/practice/');
  await expect(page.getByRole('region', { name: '未交卷的模拟考试' })).toContainText('已答 2/20 题');
});

test('starting a trainer paper during a mock exam asks first and keeps the exam', async ({ page }) => {
  await startExam(page);
  for (let i = 0; i < 5; i++) {
    await page.locator('label.option').first().locator('input').check();
    await page.getByRole('button', { name: '下一题 ›' }).click();
  }
  await page.goto('/practice/paper/?seed=SZ0612&n=10');
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.accept();
  });
  await page.getByLabel(/姓名/).first().fill('张三');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.getByText(/第1题 \/ 共10题/)).toBeVisible();
  expect(asked).toContain('未交卷');
  await page.goto('/practice/');
  await expect(page.getByRole('region', { name: '未交卷的模拟考试' })).toContainText('已答 5/20 题');
  await expect(page.getByRole('region', { name: '未交卷的统一试卷' })).toContainText('试卷码 SZ0612');
});

const code = (data: object) =>
  `GMAQ1.${Buffer.from(JSON.stringify({ app: 'gongmao-anquan', kind: 'practice', version: 2, exportedAt: '2026-11-30T00:00:00.000Z', data })).toString('base64url')}`;

test('a practice import with only favourites asks, and merging keeps the review cards and wrong book', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('button', { name: '继续顺序练习' }).click();
  const card = page.locator('article.question').first();
  await card.getByRole('button', { name: /收藏/ }).click();
  await card.locator('label.option').first().locator('input').check();
  await card.getByRole('button', { name: '提交答案' }).click();
  await page.getByRole('button', { name: /返回练习首页/ }).click();
  await expect(page.getByText('收藏 1 题')).toBeVisible();
  const wrongBefore = await page.getByTestId('wrong-count').textContent();
  const settings = { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false };
  await page
    .getByLabel(/或粘贴数据码/)
    .fill(code({ answered: {}, wrong: {}, favorites: ['q-a5-1-1'], history: [], cards: {}, settings, quickProfile: null, exam: null }));
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const ask = page.getByRole('group', { name: '导入方式' });
  await expect(ask).toContainText('本机已有练习记录');
  await ask.getByRole('button', { name: /^合并/ }).click();
  await expect(page.getByText('收藏 2 题')).toBeVisible();
  await page.reload();
  await expect(page.getByText('收藏 2 题')).toBeVisible();
  await expect(page.getByTestId('wrong-count')).toHaveText(must(wrongBefore));
});

test('an exam whose questions all left the bank can be abandoned, without a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/practice/');
  await expect(page.getByRole('button', { name: '开始模拟考试' })).toBeVisible();
  const at = '2026-11-30T00:00:00.000Z';
  await records(page, [
    {
      key: 'attempt:at-gone1',
      kind: 'attempt',
      id: 'at-gone1',
      v: 1,
      at,
      data: {
        kind: 'exam',
        seed: 'x',
        ids: ['q-gone-1', 'q-gone-2'],
        answers: { 'q-gone-1': [0] },
        index: 1,
        startedAt: Date.parse(at),
        minutes: 0,
        passMark: 80,
        ts: {},
        updatedAt: at,
      },
    },
  ]);
  await page.reload();
  await page.getByRole('region', { name: '未交卷的模拟考试' }).getByRole('button', { name: '继续考试' }).click();
  await expect(page.getByRole('alert')).toContainText('题目已全部随题库更新而移除');
  await page.getByRole('button', { name: '放弃这份试卷' }).click();
  await expect(page.getByRole('region', { name: '未交卷的模拟考试' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('data saved by the first release in localStorage is moved and shown', async ({ page, context }) => {
  const saved = JSON.parse(readFileSync('tests/fixtures/released/2026-11/localStorage.json', 'utf8')) as Record<string, string>;
  await page.goto('/about/');
  await page.evaluate((s) => Object.entries(s).forEach(([k, v]) => localStorage.setItem(k, v)), saved);
  await openList(page);
  await expect(page.locator('ul.assessments > li')).toHaveCount(2);
  await expect(page.locator('ul.assessments > li').first()).toContainText('重大隐患 2');
  await page.goto('/practice/');
  await expect(page.getByRole('region', { name: '未交卷的模拟考试' })).toContainText('已答 2/5 题');
  await expect(page.getByText('收藏 1 题')).toBeVisible();
  await expect(page.getByText('历史考试（1）')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gmaq:')))).toEqual([]);
  await expectPersistedAfterReload(page, context);
});

/** A second page load in a new tab reads the moved data from IndexedDB. */
async function expectPersistedAfterReload(page: Page, context: BrowserContext) {
  const again = await context.newPage();
  await openList(again);
  await expect(again.locator('ul.assessments > li')).toHaveCount(2);
  await again.close();
  void page;
}

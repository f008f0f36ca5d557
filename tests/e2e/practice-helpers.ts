/** Helpers shared by the practice journeys: the bank's answer key, and the 390 px phone they run on. */
import { expect, type Page } from '@playwright/test';
import { must } from '../must';

export const PHONE = { viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai' };

export interface KeyQuestion {
  id: string;
  type: string;
  stem: string;
  options: string[];
  answer: number[];
  criteria: string[];
}

/** The question bank as the page loads it. */
export async function bankOf(page: Page): Promise<KeyQuestion[]> {
  return (await page.evaluate(() => fetch('/practice/bank.json').then((r) => r.json()))) as KeyQuestion[];
}

/**
 * Waits for the live practice home (its 题库 N 题 line). The build-time start screen stands in before it and only keeps
 * mode-button taps: its settings and quick-profile boxes are inert, so a test that fills them must wait for this.
 */
export async function livePracticeHome(page: Page) {
  await expect(page.getByText(/^题库 \d+ 题/)).toBeVisible();
}

/** The id of the question card on screen (its radio group is named q-<id>). */
export async function currentId(page: Page): Promise<string> {
  const name = await page.locator('article.question').first().locator('input').first().getAttribute('name');
  return must(name).replace(/^q-/, '');
}

/**
 * The options a wrong answer ticks: one option outside the key, or, for a 多选 whose key is every option (the bank has
 * one, q-a6-4-5), only the first of them, since a partial choice is wrong too.
 */
export function wrongChoice(q: Pick<KeyQuestion, 'options' | 'answer'>): number[] {
  const outside = q.options.findIndex((_, i) => !q.answer.includes(i));
  if (outside >= 0) return [outside];
  if (q.answer.length < 2) throw new Error(`question has no wrong choice: ${JSON.stringify(q)}`);
  return [must(q.answer[0])];
}

/** Ticks the right options, or one wrong option, of the question on screen (one tap answers 单选/判断 in practice). */
export async function choose(page: Page, bank: KeyQuestion[], right: boolean): Promise<KeyQuestion> {
  const card = page.locator('article.question').first();
  const id = await currentId(page);
  const q = must(bank.find((x) => x.id === id));
  const wanted = right ? q.answer : wrongChoice(q);
  // The whole option text after its letter: one option can be part of another (带保温炉… inside 不带保温炉…).
  const exactly = (text: string) => new RegExp(`^(?:[A-Z]\\. )?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  for (const i of wanted)
    await card
      .locator('label.option')
      .filter({ hasText: exactly(must(q.options[i])) })
      .locator('input')
      .check();
  return q;
}

/** Answers a practice question and submits it when it has several answers. */
export async function answerPractice(page: Page, bank: KeyQuestion[], right: boolean): Promise<KeyQuestion> {
  const q = await choose(page, bank, right);
  const submit = page.locator('article.question').first().getByRole('button', { name: '提交答案' });
  if (await submit.count()) await submit.click();
  return q;
}

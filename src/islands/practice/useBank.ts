import type { BankQuestion } from '../../lib/practice/bank';
import { loadJson, useJson } from '../shared/useJson';

/** URL of the question bank (the practice pages preload it; search reads its questions from it too). */
export const bankUrl = (base: string) => `${base}practice/bank.json`;

/** Loads the question bank once per page; the page preloads it, so this usually joins a request already in flight. */
export function useBank(base: string): { bank?: BankQuestion[]; error?: string } {
  const { data, error } = useJson<BankQuestion[]>(bankUrl(base), '题库加载失败，请检查网络后刷新页面。');
  return data ? { bank: data } : error ? { error } : {};
}

/** The bank as a promise, for code outside components (search). */
export const loadBank = (base: string) => loadJson<BankQuestion[]>(bankUrl(base));

import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';

let cache: Promise<BankQuestion[]> | undefined;

/** Loads the question bank once per page, on first use. */
export function useBank(base: string): { bank?: BankQuestion[]; error?: string } {
  const [state, setState] = useState<{ bank?: BankQuestion[]; error?: string }>({});
  useEffect(() => {
    cache ??= fetch(`${base}practice/bank.json`).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<BankQuestion[]>;
    });
    cache.then(
      (bank) => setState({ bank }),
      () => {
        cache = undefined;
        setState({ error: '题库加载失败，请检查网络后刷新页面。' });
      },
    );
  }, [base]);
  return state;
}

import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import type { BankManifest } from '../../lib/practice/bank-chunks';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { loadJson } from '../shared/useJson';

export interface BankProgress {
  /** The questions loaded so far: always a prefix of the bank, in bank order. */
  loaded: BankQuestion[];
  /** True once every chunk is in. */
  complete: boolean;
  error?: string;
}

const ERROR = '题库加载失败，请检查网络后刷新页面。';

/**
 * Loads the bank chunk by chunk (the page preloads the manifest and the first chunk) and reports the loaded prefix as it
 * grows, so 顺序练习 can start on the first chunk while the rest arrive.
 */
export function useBankProgress(): BankProgress {
  const [state, setState] = useState<BankProgress>({ loaded: [], complete: false });
  useEffect(() => {
    let live = true;
    loadJson<BankManifest>(link(routes.practiceBankIndex()))
      .then(async (m) => {
        // The first chunk was preloaded; the others start after it so they do not share its bandwidth.
        const first = loadJson<BankQuestion[]>(link(routes.practiceBankChunk(0)));
        await first;
        const parts = [
          first,
          ...Array.from({ length: m.chunks - 1 }, (_, i) => loadJson<BankQuestion[]>(link(routes.practiceBankChunk(i + 1)))),
        ];
        const got: BankQuestion[][] = [];
        for (const [i, p] of parts.entries()) {
          got[i] = await p;
          if (live) setState({ loaded: got.flat(), complete: i === parts.length - 1 });
        }
      })
      .catch(() => live && setState((s) => ({ ...s, error: ERROR })));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The whole bank once every chunk is in (modes that draw from all questions need it complete). */
export function useBank(): { bank?: BankQuestion[]; error?: string } {
  const p = useBankProgress();
  return p.error ? { error: p.error } : p.complete ? { bank: p.loaded } : {};
}

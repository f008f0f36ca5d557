import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { BANK_MANIFEST_ID, isBankManifest, type BankManifest } from '../../lib/practice/bank-chunks';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { loadJson } from '../shared/useJson';

export interface BankProgress {
  /** The questions loaded so far: always a prefix of the bank, in bank order. */
  loaded: BankQuestion[];
  /** True once every chunk is in. */
  complete: boolean;
  /** How many questions the whole bank has (from its manifest), once the manifest is in. */
  total?: number;
  error?: string;
}

const ERROR = '题库加载失败，请检查网络后刷新页面。';

/** The manifest the page carries inline (components/BankManifest.astro), else the manifest file (a page without it). */
function readManifest(): Promise<BankManifest> {
  const text = document.getElementById(BANK_MANIFEST_ID)?.textContent;
  if (text) {
    try {
      const m: unknown = JSON.parse(text);
      if (isBankManifest(m)) return Promise.resolve(m);
    } catch {
      // A broken block (a hand-edited page) is read from the file instead.
    }
  }
  return loadJson<BankManifest>(link(routes.practiceBankIndex()));
}

/**
 * Loads the bank in chunks (the page preloads the manifest and the first chunk) and reports the first chunk, then the
 * whole bank, so the start screen and 顺序练习 can start on the first chunk while the rest arrive.
 */
export function useBankProgress(): BankProgress {
  const [state, setState] = useState<BankProgress>({ loaded: [], complete: false });
  useEffect(() => {
    let live = true;
    readManifest()
      .then(async (m) => {
        // The first chunk was preloaded: the start screen and 顺序练习 run on it.
        const first = await loadJson<BankQuestion[]>(link(routes.practiceBankChunk(0)));
        if (live) setState({ loaded: first, complete: m.chunks === 1, total: m.total });
        if (m.chunks === 1) return;
        // The rest once the page is idle, so their downloads and JSON parsing do not delay hydration and the first tap;
        // and published once, when all are in: each update re-renders the open view over the questions so far, which at
        // 10× content (50 chunks) kept the main thread busy right when the first tap should answer.
        await new Promise((r) =>
          typeof requestIdleCallback === 'function' ? requestIdleCallback(r, { timeout: 1500 }) : setTimeout(r, 0),
        );
        const rest = await Promise.all(
          Array.from({ length: m.chunks - 1 }, (_, i) => loadJson<BankQuestion[]>(link(routes.practiceBankChunk(i + 1)))),
        );
        if (live) setState({ loaded: [first, ...rest].flat(), complete: true, total: m.total });
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

import { useEffect, useState } from 'preact/hooks';
import type { Hit } from '../../lib/search/engine';
import { lazyFuse, runSearch } from '../../lib/search/pipeline';
import { searchIndex } from './search-index';

const makeFuse = lazyFuse();

export interface SearchState {
  hits: Hit[];
  /** The query the hits belong to, set only when they are complete (tests and screen readers tell stale from fresh). */
  shown: string;
  /** Query whose hits are shown while the question bank still loads. */
  partial: string;
  ms: number;
  error: string;
}

/** Runs the pipeline for each query once `active` (the user typed or a ?q= link was opened); latest query wins. */
export function useSearch(q: string, active: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], shown: '', partial: '', ms: 0, error: '' });
  useEffect(() => {
    if (!active) return;
    let live = true;
    const t0 = performance.now();
    runSearch(searchIndex(), q, {
      makeFuse,
      onPartial: (hits) => live && setState((s) => ({ ...s, hits, partial: q, error: '' })),
    }).then(
      (hits) => live && setState({ hits, shown: q, partial: '', ms: performance.now() - t0, error: '' }),
      () => live && setState((s) => ({ ...s, error: '搜索索引加载失败，请检查网络后重试。' })),
    );
    return () => {
      live = false;
    };
  }, [q, active]);
  return state;
}

import { useEffect, useRef, useState } from 'preact/hooks';
import Results from './Results';
import { useResultKeys } from './useResultKeys';
import { searchIndex } from './search-index';
import { useSearch } from './useSearch';
import { useUrlQuery } from './useUrlQuery';
import { useLatest } from '../shared/useLatest';
import { MAX_QUERY } from '../../lib/search/pipeline';

interface Props {
  /** Keep ?q= in the address bar (on /search/); off when opened in place over another page. */
  syncUrl?: boolean;
}

/** The search box: the index loads on first use, results are grouped by kind, arrows/Enter/Esc work. */
export default function SearchApp({ syncUrl = true }: Props) {
  const [q, setQ] = useUrlQuery(syncUrl);
  // Nothing loads until the user types or a ?q= link is opened.
  const [active, setActive] = useState(q.trim() !== '');
  const { hits, shown, partial, ms, error } = useSearch(q, active && q.trim() !== '');
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const onKey = useResultKeys(input, results, () => setQ(''));

  // Once, on mount: q and setQ of the latest render are read through a ref.
  const query = useLatest({ q, setQ });
  useEffect(() => {
    // On a slow phone the user may type before hydration: keep what is already in the box.
    const { q, setQ } = query.current;
    const typed = input.current?.value ?? '';
    if (typed && typed !== q) {
      setQ(typed.slice(0, MAX_QUERY));
      setActive(true);
    }
    input.current?.focus();
  }, [query]);

  const current = shown === q || partial === q;
  return (
    <div class="search" onKeyDown={onKey}>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-q" class="visually-hidden">
          搜索
        </label>
        <input
          id="search-q"
          ref={input}
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder="例如：放散阀、锁气卸灰、先通风、9人、昆山"
          value={q}
          maxLength={MAX_QUERY}
          onFocus={() => searchIndex().warm()}
          onInput={(e) => {
            setActive(true);
            setQ(e.currentTarget.value);
          }}
        />
      </form>
      <p class="muted search-help">空格分隔多个词可缩小范围（如“液氨 9人”）。↑↓ 选择结果，回车打开，Esc 清空。</p>
      {error && <p role="alert">{error}</p>}
      {q.trim() && !current && !error && <p role="status">正在加载搜索索引…</p>}
      <div ref={results} role="region" aria-label="搜索结果" aria-live="polite" data-query={shown} data-ms={ms.toFixed(2)}>
        {q.trim() !== '' && current && (
          <p class="muted" role="status">
            {shown !== q
              ? `已找到 ${hits.length} 条，正在加载题目…`
              : hits.length
                ? `找到 ${hits.length} 条结果`
                : `没有找到“${q}”。可以换个说法，或少输几个字。`}
          </p>
        )}
        {current && <Results hits={hits} q={q} />}
      </div>
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  highlight,
  prepare,
  searchExact,
  searchFuzzy,
  wantsFuzzy,
  withSnippets,
  FUSE_OPTIONS,
  type Hit,
  type Prepared,
  type Segment,
} from '../../lib/search/engine';
import { KINDS, KIND_LABELS, type SearchRecord } from '../../lib/search/records';
import { queryTerms } from '../../lib/search/normalize';

interface Props {
  base: string;
  /** Keep ?q= in the address bar (on /search/); off when opened in place over another page. */
  syncUrl?: boolean;
}

let indexPromise: Promise<Prepared[]> | undefined;
/** Loads and prepares the index on first use only. */
const loadIndex = (base: string) =>
  (indexPromise ??= fetch(`${base}search/index.json`)
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<SearchRecord[]>;
    })
    .then(prepare));

const PER_KIND = 8;

function Marked({ segs }: { segs: Segment[] }) {
  return <>{segs.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** The search box: reads ?q=, loads the index on first use, groups results by kind, arrows/Enter/Esc work. */
export default function SearchApp({ base, syncUrl = true }: Props) {
  const [q, setQ] = useState(() =>
    typeof location === 'undefined' || !syncUrl ? '' : (new URLSearchParams(location.search).get('q') ?? ''),
  );
  const [index, setIndex] = useState<Prepared[] | null>(null);
  const [error, setError] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  // The query the shown hits belong to (tests and screen readers can tell stale results from fresh ones).
  const [shown, setShown] = useState('');
  const [ms, setMs] = useState(0);
  const [expanded, setExpanded] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);

  const ensureIndex = () => {
    if (!index) loadIndex(base).then(setIndex, () => setError('搜索索引加载失败，请检查网络后重试。'));
  };
  useEffect(() => {
    // On a slow phone the user may type before hydration: keep what is already in the box.
    const typed = input.current?.value ?? '';
    if (typed && typed !== q) setQ(typed);
    input.current?.focus();
    if (q || typed) ensureIndex();
  }, []);

  useEffect(() => {
    if (!index) return;
    let cancelled = false;
    const t0 = performance.now();
    const exact = searchExact(index, q);
    const show = (list: Hit[]) => {
      if (cancelled) return;
      setHits(withSnippets(list, q));
      setMs(performance.now() - t0);
      setShown(q);
    };
    if (wantsFuzzy(q, exact.length)) {
      import('fuse.js/basic').then(({ default: Fuse }) => {
        const fuse = new Fuse(index, FUSE_OPTIONS);
        show([...exact, ...searchFuzzy(fuse, q, new Set(exact.map((h) => h.r.id)))]);
      });
    } else show(exact);
    if (syncUrl) {
      const url = new URL(location.href);
      if (q.trim()) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    return () => {
      cancelled = true;
    };
  }, [q, index]);

  const groups = useMemo(() => KINDS.map((k) => ({ k, list: hits.filter((h) => h.r.k === k) })).filter((g) => g.list.length), [hits]);

  const onKey = (e: KeyboardEvent) => {
    const links = [...(results.current?.querySelectorAll<HTMLAnchorElement>('a.result-link') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links[Math.min(links.length - 1, at + 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (at <= 0) input.current?.focus();
      else links[at - 1]?.focus();
    } else if (e.key === 'Escape') {
      if (document.activeElement === input.current) setQ('');
      else input.current?.focus();
    } else if (e.key === 'Enter' && document.activeElement === input.current && links[0]) {
      e.preventDefault();
      links[0].click();
    }
  };

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
          maxLength={100}
          onFocus={ensureIndex}
          onInput={(e) => {
            ensureIndex();
            setQ((e.currentTarget as HTMLInputElement).value);
          }}
        />
      </form>
      <p class="muted search-help">空格分隔多个词可缩小范围（如“液氨 9人”）。↑↓ 选择结果，回车打开，Esc 清空。</p>
      {error && <p role="alert">{error}</p>}
      {q.trim() && !index && !error && <p role="status">正在加载搜索索引…</p>}
      <div ref={results} role="region" aria-label="搜索结果" aria-live="polite" data-query={shown} data-ms={ms.toFixed(2)}>
        {index && q.trim() !== '' && (
          <p class="muted" role="status">
            {hits.length ? `找到 ${hits.length} 条结果` : `没有找到“${q}”。可以换个说法，或少输几个字。`}
          </p>
        )}
        {groups.map((g) => {
          const open = expanded.includes(g.k);
          return (
            <section key={g.k} aria-labelledby={`grp-${g.k}`}>
              <h2 id={`grp-${g.k}`} class="group-h">
                {KIND_LABELS[g.k]}（{g.list.length}）
              </h2>
              <ul class="results">
                {(open ? g.list : g.list.slice(0, PER_KIND)).map((h) => (
                  <li key={h.r.id} data-id={h.r.id} data-rank={hits.indexOf(h)}>
                    <a class="result-link" href={`${base}${h.r.u.replace(/^\//, '')}`}>
                      <Marked segs={titleSegments(h, q)} />
                    </a>
                    <span class="where">
                      {h.r.w}
                      {!h.exact && ' · 近似匹配'}
                    </span>
                    <p class="snippet">
                      <Marked segs={h.snippet} />
                    </p>
                  </li>
                ))}
              </ul>
              {g.list.length > PER_KIND && !open && (
                <button type="button" class="secondary small" onClick={() => setExpanded([...expanded, g.k])}>
                  显示全部 {g.list.length} 条
                </button>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** The result title with the query terms marked (long question stems are cut). */
function titleSegments(h: Hit, q: string): Segment[] {
  return highlight(h.r.t.length > 90 ? `${h.r.t.slice(0, 90)}…` : h.r.t, queryTerms(q));
}

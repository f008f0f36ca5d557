import { useMemo, useState } from 'preact/hooks';
import { link } from '../../lib/paths';
import { highlight, type Hit, type Segment } from '../../lib/search/engine';
import { queryTerms } from '../../lib/search/normalize';
import { KINDS, KIND_LABELS } from '../../lib/search/records';

const PER_KIND = 8;

function Marked({ segs }: { segs: Segment[] }) {
  return <>{segs.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** The result title with the query terms marked (long question stems are cut). */
function titleSegments(h: Hit, q: string): Segment[] {
  return highlight(h.r.t.length > 90 ? `${h.r.t.slice(0, 90)}…` : h.r.t, queryTerms(q));
}

interface Props {
  hits: Hit[];
  /** Query the hits belong to. */
  q: string;
}

/** Hits grouped by kind, eight per group until "显示全部". */
export default function Results({ hits, q }: Props) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const groups = useMemo(() => KINDS.map((k) => ({ k, list: hits.filter((h) => h.r.k === k) })).filter((g) => g.list.length), [hits]);
  const rank = useMemo(() => new Map(hits.map((h, i) => [h, i])), [hits]);
  return (
    <>
      {groups.map((g) => {
        const open = expanded.includes(g.k);
        return (
          <section key={g.k} aria-labelledby={`grp-${g.k}`}>
            <h2 id={`grp-${g.k}`} class="group-h">
              {KIND_LABELS[g.k]}（{g.list.length}）
            </h2>
            <ul class="results">
              {(open ? g.list : g.list.slice(0, PER_KIND)).map((h) => (
                <li key={h.r.id} data-id={h.r.id} data-rank={rank.get(h)}>
                  <a class="result-link" href={link(h.r.u)}>
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
    </>
  );
}

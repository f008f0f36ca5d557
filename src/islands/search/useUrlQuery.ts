import { useEffect, useState } from 'preact/hooks';
import { capQuery } from '../../lib/search/pipeline';

/** The query, read from ?q= on /search/ (capped, so a huge link cannot freeze the page) and written back as it changes. */
export function useUrlQuery(sync: boolean): [string, (q: string) => void] {
  const [q, setQ] = useState(() =>
    typeof location === 'undefined' || !sync ? '' : capQuery(new URLSearchParams(location.search).get('q') ?? ''),
  );
  useEffect(() => {
    if (!sync) return;
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }, [q, sync]);
  return [q, setQ];
}

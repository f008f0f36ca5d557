import { useEffect, useState } from 'preact/hooks';

const loads = new Map<string, Promise<unknown>>();

/**
 * Fetches a site data file once per page (the page preloads it, so this usually picks up a response already on its way).
 * A failed load is forgotten, so the next mount tries again.
 */
export function loadJson<T>(url: string): Promise<T> {
  let p = loads.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json();
    });
    p.catch(() => loads.delete(url));
    loads.set(url, p);
  }
  return p as Promise<T>;
}

/** State of one data file: `data` once loaded, `error` (a Chinese message) if it failed. */
export function useJson<T>(url: string, errorText: string): { data?: T; error?: string } {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadJson<T>(url).then(
      (data) => live && setState({ data }),
      () => live && setState({ error: errorText }),
    );
    return () => {
      live = false;
    };
  }, [url, errorText]);
  return state;
}

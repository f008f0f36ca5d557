import { useEffect, useState } from 'preact/hooks';

/** False during server render and hydration: persisted values are shown only after mount, so hydration never mismatches. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

import { useEffect, useState } from 'preact/hooks';
import type { Photo } from '../../stores/photos';

/**
 * Object URLs for showing stored photos (id → blob: URL), made when the list changes and revoked when it changes
 * again or the component goes, so a long session does not keep every picture it ever showed in memory.
 */
export function usePhotoUrls(list: readonly Photo[]): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const ids = list.map((p) => p.id).join(' ');
  useEffect(() => {
    const next = Object.fromEntries(list.map((p) => [p.id, URL.createObjectURL(new Blob([p.bytes], { type: p.type }))]));
    setUrls(next);
    return () => Object.values(next).forEach((u) => URL.revokeObjectURL(u));
    // The ids name the list: photos never change, so a new list with the same ids needs no new URLs.
  }, [ids]);
  return urls;
}

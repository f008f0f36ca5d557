/**
 * State that belongs to one browser tab (which record is open): kept in sessionStorage, so it survives a reload of that
 * tab but is not shared with other tabs; in memory where sessionStorage is refused.
 */
import { atom, type WritableAtom } from 'nanostores';

const PREFIX = 'gmaq:tab:';

/** A per-tab string value (null when unset). */
export function tabValue(name: string): WritableAtom<string | null> {
  let initial: string | null = null;
  try {
    if (typeof sessionStorage !== 'undefined') initial = sessionStorage.getItem(PREFIX + name);
  } catch {
    // refused: memory only
  }
  const $v = atom<string | null>(initial);
  $v.listen((v) => {
    try {
      if (v === null) sessionStorage.removeItem(PREFIX + name);
      else sessionStorage.setItem(PREFIX + name, v);
    } catch {
      // refused: memory only
    }
  });
  return $v;
}

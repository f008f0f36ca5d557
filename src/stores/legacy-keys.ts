/**
 * The cheap half of the first-release migration: which localStorage keys hold old data. Every page with a store imports
 * this; the move itself (legacy.ts, practice-legacy.ts) is loaded only when a key is found, so devices that never ran
 * the first release (or have been moved already) never download it.
 */

import { LEGACY_KEY_PREFIX } from '../lib/storage/device-data';

export const LEGACY_SELF_CHECK_KEY = `${LEGACY_KEY_PREFIX}self-check`;
export const LEGACY_PRACTICE_KEY = `${LEGACY_KEY_PREFIX}practice`;

/** The localStorage keys that hold legacy data of a store (its value and its set-aside copies). */
export function legacyKeys(key: string): string[] {
  try {
    const all = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:corrupt:`));
    return localStorage.getItem(key) === null ? all.sort() : [key, ...all.sort()];
  } catch {
    return [];
  }
}

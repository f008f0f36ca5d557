/**
 * The latest self-check's profile, as practice needs it, without shipping the self-check store (its schema, hazards,
 * taxonomy and transfer code: ~10 kB gzip) to the practice page of a device that holds no assessment. The vault is
 * asked first whether any assessment record (or first-release self-check data) is stored; only then is the self-check
 * store loaded, and the profile is known once its records are read. Practice orders no pool before it is known, so a
 * drill is never reordered under the user's feet by a profile that arrives late.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { Profile } from '../lib/applicability';
import { LEGACY_SELF_CHECK_KEY, legacyKeys } from './legacy-keys';
import { vault } from './site';

export interface SelfCheckProfile {
  /** False until it is known whether this device holds an assessment (and, if so, until they are read). */
  known: boolean;
  /** True when at least one assessment is stored. */
  any: boolean;
  /** The profile of the most recently changed assessment; null when there is none. */
  latest: Profile | null;
}

const UNKNOWN: SelfCheckProfile = { known: false, any: false, latest: null };
const NONE: SelfCheckProfile = { known: true, any: false, latest: null };
const $state = atom<SelfCheckProfile>(UNKNOWN);

/** The latest assessment of a list, by last change. */
export function latestProfile(list: readonly { updatedAt: string; profile: Profile }[]): Profile | null {
  let best: { updatedAt: string; profile: Profile } | undefined;
  for (const a of list) if (!best || a.updatedAt > best.updatedAt) best = a;
  return best?.profile ?? null;
}

/** Loads the self-check store and follows its assessments (other tabs' changes included, through the vault). */
async function follow(): Promise<void> {
  const sc = await import('./self-check');
  const publish = () => {
    if (!sc.$selfCheckLoaded.get()) return;
    const list = sc.$assessments.get();
    $state.set({ known: true, any: list.length > 0, latest: latestProfile(list) });
  };
  sc.$assessments.subscribe(publish);
  sc.$selfCheckLoaded.subscribe(publish);
}

let looked = false;
async function look(): Promise<void> {
  if (looked) return;
  looked = true;
  let stored = true;
  try {
    stored = legacyKeys(LEGACY_SELF_CHECK_KEY).length > 0 || (await vault.holds('assessment'));
  } catch {
    // Cannot tell: load the store, which reads what there is and reports what it cannot read.
  }
  if (!stored) {
    $state.set(NONE);
    // An assessment created meanwhile in another tab: its profile is followed from then on, as after a reload.
    const stop = vault.whenStored('assessment', () => {
      stop();
      follow().catch(() => undefined);
    });
    return;
  }
  try {
    await follow();
  } catch {
    // The store's code did not arrive (signal lost before it was cached): practise without the self-check's profile
    // rather than not at all.
    $state.set(NONE);
  }
}

onMount($state, () => {
  if (typeof window !== 'undefined') void look();
});

/** Whether there is a self-check and its latest profile; starts looking when first subscribed in the browser. */
export const $selfCheckProfile: ReadableAtom<SelfCheckProfile> = $state;

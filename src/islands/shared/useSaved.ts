import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect } from 'preact/hooks';
import { startVault } from '../../stores/site';

/** Starts loading saved data once the island is mounted; true once the given store's records are read. */
export function useSaved(loaded: ReadableAtom<boolean>): boolean {
  useEffect(() => {
    void startVault();
  }, []);
  return useStore(loaded);
}

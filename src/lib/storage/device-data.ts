/**
 * Where this site keeps a device's data, by name, and a cheap check for whether a device holds any: the practice page's
 * early script asks it before the store code has arrived (src/islands/practice/early-script.ts).
 */

/** The IndexedDB database of every store (src/stores/db.ts). */
export const DB_NAME = 'gmaq';
/** The prefix of the first release's localStorage keys (src/stores/legacy-keys.ts), still read once to move them. */
export const LEGACY_KEY_PREFIX = 'gmaq:';

/** The BroadcastChannel on which a tab announces its writes (src/stores/vault.ts); the early script listens too. */
export const RECORDS_CHANNEL = 'gmaq-records';

/** True when the device may hold this site's data: its database exists, or a first-release key is left. */
export function mayHoldData(databases: readonly { name?: string }[], storageKeys: readonly string[]): boolean {
  return databases.some((d) => d.name === DB_NAME) || storageKeys.some((k) => k.startsWith(LEGACY_KEY_PREFIX));
}

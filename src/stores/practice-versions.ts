/**
 * Versions of practice's stored records and export files, apart from their zod/mini schemas (practice-schema.ts): the
 * store declares its collections with these at once, while the schemas load only when there are records to read.
 */

/** Version of export files and text codes this build writes. */
export const PRACTICE_EXPORT_VERSION = 3;
/** Version of every practice record kind this build writes. */
export const PRACTICE_RECORD_VERSION = 1;

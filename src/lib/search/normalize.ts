/** Text normalisation shared by the index builder and the browser, so both compare the same characters. */

/** Full-width ASCII (！ to ～): folded to half-width by subtracting 0xfee0. All in the BMP, so one UTF-16 unit each. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const fold = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Folds full-width ASCII to half-width, lower-cases and strips spaces (the ideographic space too: `\s`
 * matches U+3000) and most punctuation. Native replaces only: it runs over every field of every loaded record, on phones.
 */
export function normalize(text: string): string {
  return text
    .replace(FULL_WIDTH, fold)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[，。、；：？！“”‘’「」『』《》〈〉（）()【】\[\]{}<>·…—\-_,.;:?!"'`~|/\\]+/g, '');
}

/** Splits a query on spaces into normalised terms; empty or punctuation-only terms are dropped. */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, 100)
    .split(/[\s\u3000]+/)
    .map(normalize)
    .filter((t) => t.length > 0)
    .slice(0, 6);
}

/**
 * Maps each character of the normalised text back to its index in the original,
 * so a hit found in normalised text can be highlighted in the original.
 */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = normalize(ch);
    for (const c of n) {
      norm += c;
      map.push(i);
    }
    i += ch.length;
  }
  return { norm, map };
}

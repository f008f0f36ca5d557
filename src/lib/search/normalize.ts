/** Text normalisation shared by the index builder and the browser, so both compare the same characters. */

/** Folds full-width ASCII to half-width, lower-cases, unifies 〇/○ and strips spaces and most punctuation. */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0; // never undefined: `ch` is one whole character
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out
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

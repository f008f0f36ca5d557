/**
 * Authors wrap long Chinese lines in YAML (`>-`) and Markdown; the line break then shows as a stray space between
 * two Chinese characters. This removes whitespace only where both neighbours are CJK characters or full-width punctuation,
 * so "30 kPa" and "使用 LF 炉" keep their spaces.
 */
const CJK = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const GAP = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Removes whitespace between two CJK characters. */
export function joinCjk(text: string): string {
  return text.replace(GAP, '$1');
}

/** Applies joinCjk to every string inside a value (objects and arrays walked; other values unchanged). */
export function joinCjkDeep<T>(value: T): T {
  if (typeof value === 'string') return joinCjk(value) as T;
  if (Array.isArray(value)) return value.map(joinCjkDeep) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, joinCjkDeep(v)])) as T;
  }
  return value;
}

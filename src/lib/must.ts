/**
 * Look-ups that an earlier check guarantees (content references are checked at build start, ids come from the map's own
 * keys). Instead of a `!`, a broken guarantee fails loudly with a Chinese message that names what was missing.
 */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`找不到${what}：${String(key)}（引用检查应已拦下，请报告这个问题）`);
  return v;
}

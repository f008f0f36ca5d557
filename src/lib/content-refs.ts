/**
 * Cross-references between content collections (criterion → regulation, case → criterion, change → question…).
 * A schema sees one entry at a time, so a reference to an id that does not exist (a99-9) passes it; this check
 * runs over all collections at build time and fails the build with one Chinese line per broken reference.
 */

/** Kinds of content an id can point to. */
export const REF_KINDS = ['criterion', 'regulation', 'case', 'question', 'fact', 'change'] as const;
export type RefKind = (typeof REF_KINDS)[number];

const KIND_LABELS: Record<RefKind, string> = {
  criterion: '判定标准',
  regulation: '法规',
  case: '事故案例',
  question: '题目',
  fact: '统一表述（content/facts.yaml）',
  change: '变更记录',
};

/** One reference found in an entry: where it is written and what it points to. */
export interface ContentRef {
  /** Content file, e.g. content/questions/a4.yaml. */
  file: string;
  /** Entry id inside that file. */
  entry: string;
  /** Field path, e.g. basis.0.regulation. */
  field: string;
  kind: RefKind;
  /** The id referred to. */
  target: string;
}

/** The ids that exist, per kind. */
export type KnownIds = Record<RefKind, ReadonlySet<string>>;

/** Returns one Chinese message per reference whose target does not exist (empty when all resolve). */
export function brokenRefs(known: KnownIds, refs: readonly ContentRef[]): string[] {
  return refs
    .filter((r) => !known[r.kind].has(r.target))
    .map((r) => `${r.file} › ${r.entry} › 字段 ${r.field}：引用了不存在的${KIND_LABELS[r.kind]} “${r.target}”`);
}

/** Throws one error listing every broken reference, so the build stops with all of them at once. */
export function assertRefs(known: KnownIds, refs: readonly ContentRef[]): void {
  const bad = brokenRefs(known, refs);
  if (bad.length) throw new Error(`内容错误（${bad.length} 处引用无法解析）：\n  ${bad.join('\n  ')}`);
}

/** Collects references from a list of ids under a field (criteria: [a4-1, …]). */
export function refsFromIds(file: string, entry: string, field: string, kind: RefKind, ids: readonly string[]): ContentRef[] {
  return ids.map((target, i) => ({ file, entry, field: `${field}.${i}`, kind, target }));
}

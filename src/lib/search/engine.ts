/**
 * Chinese search that finds what Ctrl-F finds: every query term must occur as a substring (after normalisation);
 * hits in titles beat hits in statements, which beat hits in long bodies. A light fuzzy fallback (fuse.js, loaded
 * only when needed) runs on titles when exact matching finds too little, and always ranks below exact hits.
 */
import { normalize, normalizeWithMap, queryTerms } from './normalize';
import type { Kind, SearchRecord } from './records';

type Field = 't' | 'w' | 'l' | 'b';
const FIELDS: Field[] = ['t', 'w', 'l', 'b'];
/** Weight of a hit per field: title > where (clause) > lead (statement) > body. */
const FIELD_WEIGHT: Record<Field, number> = { t: 100, w: 70, l: 40, b: 10 };
/** Kind weight: questions quote the criteria, so a question ranks below the item it quotes unless its own title matches better. */
const KIND_WEIGHT: Record<Kind, number> = { criterion: 6, regulation: 4, task: 4, case: 3, question: -40 };
/** Every exact hit scores above this; fuzzy hits score below it. */
export const EXACT_FLOOR = 1000;

export interface Prepared {
  r: SearchRecord;
  n: Record<Field, string>;
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface Hit {
  r: SearchRecord;
  score: number;
  exact: boolean;
  field: Field;
  snippet: Segment[];
}

/** Normalises every field once, after the index loads. */
export function prepare(records: readonly SearchRecord[]): Prepared[] {
  return records.map((r) => ({ r, n: { t: normalize(r.t), w: normalize(r.w), l: normalize(r.l), b: normalize(r.b) } }));
}

/** Cuts a snippet around the first hit in `text` and marks every term in it. */
export function snippet(text: string, terms: readonly string[], radius = 36): Segment[] {
  const { norm, map } = normalizeWithMap(text);
  let first = -1;
  for (const t of terms) {
    const i = norm.indexOf(t);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  // The first hit's place in the original text; undefined when no term was found.
  const at = first < 0 ? undefined : map[first];
  const startOrig = at === undefined ? 0 : Math.max(0, at - radius);
  const endOrig = Math.min(text.length, (at ?? 0) + radius * 2);
  const piece = text.slice(startOrig, endOrig);
  const marks = highlight(piece, terms);
  if (startOrig > 0) marks.unshift({ text: '…', hit: false });
  if (endOrig < text.length) marks.push({ text: '…', hit: false });
  return marks;
}

/** Splits text into segments, marking every occurrence of any term (matched on normalised text). */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const { norm, map } = normalizeWithMap(text);
  const hit = new Array<boolean>(text.length).fill(false);
  for (const t of terms) {
    if (!t) continue;
    for (let i = norm.indexOf(t); i >= 0; i = norm.indexOf(t, i + 1)) {
      const from = map[i];
      const lastStart = map[i + t.length - 1];
      if (from === undefined || lastStart === undefined) continue;
      const to = lastStart + ((text.codePointAt(lastStart) ?? 0) > 0xffff ? 2 : 1);
      for (let k = from; k < to; k++) hit[k] = true;
    }
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const h = hit[i] === true;
    const last = out.at(-1);
    if (last && last.hit === h) last.text += text.charAt(i);
    else out.push({ text: text.charAt(i), hit: h });
  }
  return out;
}

/** Exact substring search: all terms must occur; scored by the best field of each term. */
export function searchExact(index: readonly Prepared[], query: string): Hit[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const whole = normalize(query);
  const hits: Hit[] = [];
  for (const p of index) {
    let score = EXACT_FLOOR + KIND_WEIGHT[p.r.k];
    let bestField: Field = 'b';
    let ok = true;
    for (const t of terms) {
      const f = FIELDS.find((x) => p.n[x].includes(t));
      if (!f) {
        ok = false;
        break;
      }
      score += FIELD_WEIGHT[f];
      if (FIELD_WEIGHT[f] > FIELD_WEIGHT[bestField]) bestField = f;
    }
    if (!ok) continue;
    if (p.n.t === whole) score += 60;
    else if (p.n.t.startsWith(whole)) score += 30;
    score -= Math.min(20, p.n.t.length / 10);
    hits.push({ r: p.r, score, exact: true, field: bestField, snippet: [] });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** Fills in snippets for the hits that will be shown. */
export function withSnippets(hits: Hit[], query: string): Hit[] {
  const terms = queryTerms(query);
  return hits.map((h) => {
    const field: Field = h.field === 't' || h.field === 'w' ? (h.r.l ? 'l' : 'b') : h.field;
    return { ...h, snippet: snippet(h.r[field] || h.r.t, terms) };
  });
}

interface FuseLike {
  search(q: string): { item: Prepared; score?: number }[];
}

/** Fuzzy fallback on titles, used only for longer single-term queries that found few exact hits. */
export function searchFuzzy(fuse: FuseLike, query: string, exclude: ReadonlySet<string>): Hit[] {
  return fuse
    .search(normalize(query))
    .filter((x) => !exclude.has(x.item.r.id))
    .slice(0, 10)
    .map((x) => ({ r: x.item.r, score: 500 * (1 - (x.score ?? 1)), exact: false, field: 't' as const, snippet: [] }));
}

/** True when a fuzzy fallback is worth running: one term of 3+ characters and fewer than 3 exact hits. */
export function wantsFuzzy(query: string, exactCount: number): boolean {
  const [only, ...more] = queryTerms(query);
  return only !== undefined && more.length === 0 && only.length >= 3 && exactCount < 3;
}

/** Fuse options for Chinese titles: no location bias (hits deep in a field count), strict threshold to avoid floods. */
export const FUSE_OPTIONS = { keys: ['n.t', 'n.w'], ignoreLocation: true, threshold: 0.3, includeScore: true };

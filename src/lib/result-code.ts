/**
 * Result codes: what a trainee reads out or pastes to the trainer after a trainer paper, with no server in between.
 * Shape: `<试卷码>.<版本>.<姓名>.<得分>.<题数>.<错题号,…>.<校验>`, e.g. `SZ0613.K3F0.张三.85.20.3,7,12.1ABCDEF`.
 * - 版本: four characters of the paper fingerprint (paperCode over the question ids), so a code from another paper,
 *   or from the same 试卷码 drawn from a different bank, is told apart.
 * - 错题号: 1-based positions on the paper ('-' when none); the trainer's page maps them back to questions.
 * - 校验: the full 32-bit FNV-1a hash of everything before it, in 7 Crockford base-32 characters. FNV-1a's steps are
 *   bijective, so changing any one character of the payload always changes the hash: a one-character typo is caught.
 */

export interface ResultData {
  /** The paper code the trainer chose (the paper link's seed). */
  paper: string;
  /** Four-character fingerprint of the paper's question list. */
  version: string;
  /** Trainee name as entered (separators and spaces removed, at most 12 characters). */
  name: string;
  /** 0–100. */
  score: number;
  /** Questions on the paper. */
  total: number;
  /** 1-based positions of the questions answered wrongly or left blank, ascending. */
  wrong: number[];
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const NAME_MAX = 12;

/** Cleans a name for a code: no separators or spaces (they would split the code), at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return [...name.replace(/[\s.。．,，]/g, '')].slice(0, NAME_MAX).join('');
}

function fnv32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The checksum of a payload: 7 base-32 characters of its FNV-1a hash. */
export function checksum(payload: string): string {
  let h = fnv32(payload);
  let out = '';
  for (let k = 0; k < 7; k++) {
    out = ALPHABET[h % 32] + out;
    h = Math.floor(h / 32);
  }
  return out;
}

/** Score out of 100 for a number of wrong answers, rounded as the exam scores it. */
export const scoreFor = (total: number, wrong: number): number => (total ? Math.round(((total - wrong) / total) * 100) : 0);

/** Encodes a result; the name is cleaned first. */
export function encodeResult(d: ResultData): string {
  const payload = [d.paper, d.version, cleanName(d.name), d.score, d.total, d.wrong.length ? d.wrong.join(',') : '-'].join('.');
  return `${payload}.${checksum(payload)}`;
}

export type DecodeResult = { ok: true; data: ResultData } | { ok: false; error: string };

/** Decodes a pasted code; tolerates spaces and full-width separators from Chinese keyboards; says what is wrong. */
export function decodeResult(raw: string): DecodeResult {
  const text = raw
    .trim()
    .replace(/[。．]/g, '.')
    .replace(/，/g, ',')
    .replace(/\s+/g, '');
  const parts = text.split('.');
  if (parts.length !== 7) return { ok: false, error: '格式不对：成绩码应由 7 段组成，用“.”隔开' };
  const [paper, version, name, score, total, wrong, check] = parts as [string, string, string, string, string, string, string];
  if (checksum(parts.slice(0, 6).join('.')) !== check.toUpperCase()) return { ok: false, error: '校验不通过：成绩码有抄错的字符' };
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(paper) || !/^[0-9A-Z]{4}$/.test(version)) return { ok: false, error: '试卷码或版本无效' };
  if (!name) return { ok: false, error: '缺少姓名' };
  const t = Number(total);
  const s = Number(score);
  const w = wrong === '-' ? [] : wrong.split(',').map(Number);
  if (!Number.isInteger(t) || t < 1 || t > 200) return { ok: false, error: '题数无效' };
  if (w.some((x, k) => !Number.isInteger(x) || x < 1 || x > t || (k > 0 && x <= (w[k - 1] ?? 0))))
    return { ok: false, error: '错题号无效' };
  if (s !== scoreFor(t, w.length)) return { ok: false, error: '得分与错题数不一致' };
  return { ok: true, data: { paper, version, name, score: s, total: t, wrong: w } };
}

/**
 * The limits saved data must keep, in one place: the schemas validate with them and the stores clamp to them, so the
 * UI can never create a record that the next load would reject.
 */
export const LIMITS = {
  /** Assessment name (企业名称或检查范围). */
  name: 80,
  /** A note on an answer (现场情况). */
  note: 2000,
  /** 整改措施. */
  measure: 2000,
  /** 责任人 and 资金. */
  owner: 200,
  funds: 200,
  /** 整改期间的安全措施和应急预案, and 治理的目标和任务 of a 重大事故隐患 plan. */
  planPart: 2000,
  /** A person in the hazard lifecycle (经办人, 验收人, 检查人). */
  person: 100,
  /** A note on one lifecycle step. */
  eventNote: 500,
  /** 隐患位置 (车间、设备、部位). */
  location: 200,
  /** An own item's name (隐患名称). */
  ownTitle: 200,
  /** An own item's basis (依据). */
  ownBasis: 300,
  /** Own items (隐患 the catalogue does not list) in one assessment. */
  ownItems: 100,
  /** Lifecycle steps kept per hazard: far more than a real hazard needs, so a runaway loop cannot fill the record. */
  events: 100,
  /** Assessments kept on one device. */
  assessments: 200,
  /** Finished exams kept in the history (the oldest goes first). */
  history: 200,
  /** Unfinished exam or paper attempts kept at once. */
  attempts: 20,
} as const;

/**
 * Cuts a text to at most `max` UTF-16 units, the measure of both `maxLength` on inputs and the schemas, without
 * splitting a rare character (a surrogate pair) in two.
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Length in the same units as the limits. */
export const textLength = (text: string): number => text.length;

const COPY = /（复查(\d*)）$/;

/** The name of a re-check copy: 原名（复查）, then （复查2）…, always within the name limit. */
export function copyName(name: string, max: number = LIMITS.name): string {
  const m = COPY.exec(name);
  const stem = m ? name.slice(0, m.index) : name;
  const n = m ? (m[1] ? Number(m[1]) + 1 : 2) : 1;
  const suffix = n === 1 ? '（复查）' : `（复查${n}）`;
  return clampText(stem, max - textLength(suffix)) + suffix;
}

/** A 期限 is a date (yyyy-mm-dd) or empty; anything else is dropped rather than stored. */
export const cleanDate = (s: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : '');

/**
 * Photos (拍照取证, stores/photos.ts). Each is compressed on the device to at most `photoBytes`; a key (an item or an
 * own hazard of one assessment) holds at most `photosPerKey` (整改前 and 整改后 together); all photos on the device
 * together stay under `photoBytesTotal`, since every open self-check page holds them in memory.
 */
export const PHOTO_LIMITS = {
  /** One photo after compression (200 kB). */
  photoBytes: 200 * 1024,
  /** Photos per item or hazard. */
  photosPerKey: 6,
  /** All photos on this device (30 MB, about 150–250 photos). */
  photoBytesTotal: 30 * 1024 * 1024,
  /** Long side of a stored photo, in pixels. */
  maxSide: 1600,
} as const;

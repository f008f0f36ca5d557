/** Dates written out in Chinese for documents (报告日期 2026年6月13日); the input is a local yyyy-mm-dd. */

/** '2026-06-13' → '2026年6月13日'; anything that is not a yyyy-mm-dd date is returned as it is. */
export function zhDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ymd;
}

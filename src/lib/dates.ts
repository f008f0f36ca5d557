/**
 * Dates as the user reads them: in the device's own time zone (Beijing for our users), never UTC. An ISO string cut
 * with slice(0, 10) gives the UTC date, which is the previous day before 08:00 in China. Stored instants stay ISO
 * (UTC); only what is shown or put in a file name goes through here.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day typed by the user (yyyy-mm-dd) is a local day: `new Date('2026-06-13')` would read it as UTC midnight. */
const toDate = (d: Date | string | number): Date => {
  if (d instanceof Date) return d;
  const m = typeof d === 'string' ? DAY.exec(d) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(d);
};
const valid = (x: Date) => !Number.isNaN(x.getTime());

/** yyyy-mm-dd in local time: for file names, date inputs and stored calendar days. */
export function localDate(d: Date | string | number = new Date()): string {
  const x = toDate(d);
  return valid(x) ? `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}` : '';
}

/** yyyy-mm-dd hh:mm in local time. */
export function localDateTime(d: Date | string | number = new Date()): string {
  const x = toDate(d);
  return valid(x) ? `${localDate(x)} ${pad(x.getHours())}:${pad(x.getMinutes())}` : '';
}

/** The local day as Chinese readers write it: 2026年6月13日. */
export function zhDate(d: Date | string | number = new Date()): string {
  const x = toDate(d);
  return valid(x) ? `${x.getFullYear()}年${x.getMonth() + 1}月${x.getDate()}日` : '';
}

/** The local day and time: 2026年6月13日 07:30. */
export function zhDateTime(d: Date | string | number = new Date()): string {
  const x = toDate(d);
  return valid(x) ? `${zhDate(x)} ${pad(x.getHours())}:${pad(x.getMinutes())}` : '';
}

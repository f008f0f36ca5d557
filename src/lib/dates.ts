/**
 * Dates as the user reads them: in the device's own time zone (Beijing for our users), never UTC. An ISO string cut
 * with slice(0, 10) gives the UTC date, which is the previous day before 08:00 in China.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (d: Date | string | number) => (d instanceof Date ? d : new Date(d));

/** yyyy-mm-dd in local time. */
export function localDate(d: Date | string | number = new Date()): string {
  const x = toDate(d);
  return Number.isNaN(x.getTime()) ? '' : `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}`;
}

/** yyyy-mm-dd hh:mm in local time. */
export function localDateTime(d: Date | string | number = new Date()): string {
  const x = toDate(d);
  return Number.isNaN(x.getTime()) ? '' : `${localDate(x)} ${pad(x.getHours())}:${pad(x.getMinutes())}`;
}

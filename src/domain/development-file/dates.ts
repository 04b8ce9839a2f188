/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD). Days are counted in UTC
 * so that a daylight-saving change never makes a day 23 or 25 hours long.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; throws on anything that is not a real calendar date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) return ms / 86_400_000;
  }
  throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date of an ISO timestamp, as written (in the writer's own offset). */
export function datePart(timestamp: string): string {
  return timestamp.slice(0, 10);
}

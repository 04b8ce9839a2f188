/**
 * Calendar dates for file names and spreadsheets. A rep in 上海 exporting at
 * 07:00 expects today's date, not yesterday's UTC date, so dates are taken in
 * a time zone: the caller's, or the runtime's (the browser's) by default.
 */
export function calendarDateIn(instant: string | Date, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '';
  // en-CA formats as YYYY-MM-DD, the ISO order every file browser sorts well.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The page's notion of "now", in one place so every section agrees on today's date. */
import { calendarDateIn } from '../../domain/exchange/dates';
import { formatTimestamp } from '../../domain/documents/format';

/** Today as YYYY-MM-DD in the user's own time zone (a rep in 上海 at 07:00 means today, not UTC's yesterday). */
export function todayLocal(now: Date = new Date()): string {
  return calendarDateIn(now);
}

/** A stored ISO time as the rep reads it, in the site's one format: “2026-12-06 14:05”, local time. */
export function formatDateTime(iso: string): string {
  return formatTimestamp(iso);
}

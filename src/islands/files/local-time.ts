/** The page's notion of "now", in one place so every section agrees on today's date. */
import { calendarDateIn } from '../../domain/exchange/dates';

/** Today as YYYY-MM-DD in the user's own time zone (a rep in 上海 at 07:00 means today, not UTC's yesterday). */
export function todayLocal(now: Date = new Date()): string {
  return calendarDateIn(now);
}

/** A stored ISO time as the rep reads it: local date and minutes. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

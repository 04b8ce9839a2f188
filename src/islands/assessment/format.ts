import { formatTimestamp } from '../../domain/documents/format';

/** Dates as reps read them, in their own time zone, in the site's one format: 2026-05-01 14:30. */
export function formatDateTime(iso: string): string {
  return formatTimestamp(iso);
}

/** A score for display: `—` when the heart was not answered. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(score);
}

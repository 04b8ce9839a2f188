/** Dates as reps read them, in their own time zone: 2026-05-01 14:30. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A score for display: `—` when the heart was not answered. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(score);
}

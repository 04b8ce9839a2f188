/**
 * Exports are the only copy that survives a cleared browser (and Safari
 * clears sites unvisited for 7 days), so reps are reminded to export.
 */
import { DEVELOPMENT_CONFIG } from '../domain/development-file/config';
import type { DevelopmentFile } from '../domain/development-file/schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when there is work to lose and the last export (or, never exported,
 * the oldest file) is older than the reminder period.
 */
export function isBackupReminderDue(
  lastExportAt: string | null,
  files: readonly Pick<DevelopmentFile, 'createdAt'>[],
  now: Date,
  days: number = DEVELOPMENT_CONFIG.backupReminderDays,
): boolean {
  if (files.length === 0) return false;
  const since = lastExportAt !== null ? Date.parse(lastExportAt) : Math.min(...files.map((f) => Date.parse(f.createdAt)));
  return !Number.isFinite(since) || now.getTime() - since >= days * DAY_MS;
}

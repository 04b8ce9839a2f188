/**
 * Raw copies of stored text that the store is about to drop or overwrite:
 * corrupt entries, repaired or migrated files, versions replaced by an import,
 * the other side of a conflict. Key: `playbook:backup:<original key>:<ISO time>`.
 * The exact raw text is kept, so nothing the user ever saved is unrecoverable.
 * Backups are never deleted automatically; the UI lists them and lets the user
 * download or remove them.
 */
import { BACKUP_KEY_PREFIX } from './file-envelope';
import { isQuotaError, type StorageEngine } from './storage-engine';

export type BackupResult = { ok: true; key: string } | { ok: false; quota: boolean };

export interface BackupInfo {
  key: string;
  originalKey: string;
  /** ISO time of the backup. */
  at: string;
  /** Size as browsers count it (UTF-16). */
  bytes: number;
}

const BACKUP_KEY = /^playbook:backup:(.+):(\d{4}-\d\d-\d\dT[\d:.]+Z)(?:~\d+)?$/;

export function writeBackup(engine: StorageEngine, originalKey: string, raw: string, at: string): BackupResult {
  try {
    const prefix = `${BACKUP_KEY_PREFIX}${originalKey}:`;
    const existing = engine.keys().filter((key) => key.startsWith(prefix));
    // The same text backed up again (a reload before the original could be
    // replaced) reuses the first copy instead of filling the storage.
    const same = existing.find((key) => engine.getItem(key) === raw);
    if (same !== undefined) return { ok: true, key: same };
    let key = `${prefix}${at}`;
    for (let n = 2; existing.includes(key); n++) key = `${prefix}${at}~${n}`;
    engine.setItem(key, raw);
    return { ok: true, key };
  } catch (error) {
    return { ok: false, quota: isQuotaError(error) };
  }
}

export function listBackups(engine: StorageEngine): BackupInfo[] {
  const out: BackupInfo[] = [];
  try {
    for (const key of engine.keys()) {
      const match = BACKUP_KEY.exec(key);
      if (!match?.[1] || !match[2]) continue;
      out.push({ key, originalKey: match[1], at: match[2], bytes: 2 * (key.length + (engine.getItem(key)?.length ?? 0)) });
    }
  } catch {
    // Unreadable storage: no backups to offer.
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

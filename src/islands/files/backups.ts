/** Saving a backup key's raw text as a file, named so the user can tell what it was. */
import { safeFilenamePart } from '../../domain/exchange/export';
import { readBackup } from '../../stores/development-files';
import { downloadText, JSON_TYPE, TEXT_TYPE } from './download';

/** Corrupt entries may not be JSON at all: those are saved as .txt so nothing tries to parse them. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `playbook:backup:playbook:file:abc:2026-11-27T09:00:00.000Z` → `备份-playbook_file_abc-2026-11-27T09-00-00.json`. */
export function backupFilename(key: string, json: boolean): string {
  const rest = key.replace(/^playbook:backup:/, '');
  const stamp = /:(\d{4}-\d\d-\d\dT[\d:.]+Z(?:~\d+)?)$/.exec(rest);
  const original = stamp ? rest.slice(0, stamp.index) : rest;
  const when = stamp?.[1] ? `-${stamp[1].replace(/[:.~]/g, '-').replace(/-\d{3}Z$/, 'Z')}` : '';
  return `备份-${safeFilenamePart(original.replaceAll(':', '_'), '未知')}${when}.${json ? 'json' : 'txt'}`;
}

/** Returns false when the backup is gone (removed in another tab). */
export function downloadBackup(key: string): boolean {
  const raw = readBackup(key);
  if (raw === null) return false;
  const json = isJson(raw);
  downloadText(backupFilename(key, json), raw, json ? JSON_TYPE : TEXT_TYPE);
  return true;
}

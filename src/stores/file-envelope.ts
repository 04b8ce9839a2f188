/**
 * Storage keys and the versioned envelope each development file is stored in
 * (the shape and its history are documented in development-files.ts).
 * Decoding never throws: it says what the stored text is, and the store
 * decides what to keep, back up and report.
 */
import { textFingerprint } from '../domain/fingerprint';
import { restore, isPlainObject, type Repair } from '../domain/development-file/restore';
import { SCHEMA_VERSION, type DevelopmentFile } from '../domain/development-file/schema';

export const FILE_KEY_PREFIX = 'playbook:file:';
export const BACKUP_KEY_PREFIX = 'playbook:backup:';
export const DEVICE_ID_KEY = 'playbook:device-id';
export const LAST_EXPORT_KEY = 'playbook:last-export-at';
export const ENVELOPE_TYPE = 'playbook.development-file';

export interface FileEnvelope {
  type: typeof ENVELOPE_TYPE;
  schemaVersion: number;
  /** When this browser wrote it; informative only (version vectors order copies). */
  savedAt: string;
  /**
   * textFingerprint() of the stored text this write replaced, as the writing
   * tab read it (absent: the key was empty, or an older version wrote it).
   * Tabs of one browser can read a stale copy of localStorage for a moment;
   * a tab that finds its own later write replaced by a text whose parent is
   * an older version knows that write was never seen, and merges it back.
   */
  parent?: string;
  data: DevelopmentFile;
}

export const fileKey = (id: string): string => FILE_KEY_PREFIX + id;

export function fileIdOf(key: string): string | null {
  return key.startsWith(FILE_KEY_PREFIX) ? key.slice(FILE_KEY_PREFIX.length) : null;
}

export function encodeEnvelope(file: DevelopmentFile, savedAt: string, parent: string | null = null): string {
  const envelope: FileEnvelope = {
    type: ENVELOPE_TYPE,
    schemaVersion: SCHEMA_VERSION,
    savedAt,
    ...(parent === null ? {} : { parent }),
    data: file,
  };
  return JSON.stringify(envelope);
}

/** How a write names the version it replaced (cyrb53 of the exact stored text). */
export { textFingerprint };

const FINGERPRINT = /^[0-9a-f]{1,14}$/;

export type DecodedEntry =
  | {
      kind: 'ok';
      file: DevelopmentFile;
      /** Non-empty when the stored text needed repair: it must be backed up before it is overwritten. */
      repairs: Repair[];
      /** The older schema version it was migrated from, or null. */
      migratedFrom: number | null;
      /** FileEnvelope.parent, or null when absent or malformed. */
      parent: string | null;
    }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'newer'; version: number };

const UNSAFE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse, with prototype-polluting keys removed and reported. restore()
 * removes them too, but silently, and such a key in our own storage means
 * someone tampered with it, which the user should hear about.
 */
function parseJson(raw: string): { value: unknown; unsafeKeys: boolean } {
  if (!UNSAFE_KEY.test(raw)) return { value: JSON.parse(raw), unsafeKeys: false };
  let unsafeKeys = false;
  const value: unknown = JSON.parse(raw, (key, v: unknown) => {
    if (!UNSAFE_KEYS.has(key)) return v;
    unsafeKeys = true;
    return undefined;
  });
  return { value, unsafeKeys };
}

export function decodeEntry(raw: string, expectedId: string, now: string): DecodedEntry {
  let parsed: { value: unknown; unsafeKeys: boolean };
  try {
    parsed = parseJson(raw);
  } catch {
    return { kind: 'corrupt', reason: '内容不是完整的 JSON（可能只保存了一半）' };
  }
  const envelope = parsed.value;
  if (!isPlainObject(envelope) || envelope['type'] !== ENVELOPE_TYPE || !('data' in envelope)) {
    return { kind: 'corrupt', reason: '内容不是开发档案的存储格式' };
  }
  const version = envelope['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'corrupt', reason: '缺少有效的数据版本号' };
  }
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };

  const restored = restore(envelope['data'], { version, now });
  if (!restored.ok) return { kind: 'corrupt', reason: restored.reason };
  if (restored.file.id !== expectedId) {
    return { kind: 'corrupt', reason: `档案编号（${restored.file.id}）与存储位置不一致` };
  }
  const repairs = parsed.unsafeKeys
    ? [{ path: '(字段名)', message: '含有不安全的字段名（如 __proto__），已移除' }, ...restored.repairs]
    : restored.repairs;
  const parent = typeof envelope['parent'] === 'string' && FINGERPRINT.test(envelope['parent']) ? envelope['parent'] : null;
  return { kind: 'ok', file: restored.file, repairs, migratedFrom: version < SCHEMA_VERSION ? version : null, parent };
}

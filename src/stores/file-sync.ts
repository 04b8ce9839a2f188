/**
 * The storage protocol for one tab's files: how stored text is taken into
 * memory (load, another tab's write, the check before each write) and how a
 * file is written. The store around it decides when; this decides what.
 *
 * For every file we remember the exact stored text we last read or wrote
 * (`seenRaw`) and the file it held (`base`). Any other text found under the
 * key was written by another tab: we three-way merge with it (base, ours,
 * theirs) and never write over it blindly. Text we cannot keep as it is
 * (corrupt, repaired, migrated, the losing side of a conflict) is copied to a
 * backup key before it is dropped or overwritten. A file saved by a newer
 * version of the site is never written over.
 *
 * Tabs in different processes can read a stale copy of localStorage for a
 * moment, so another tab may write over our latest save without having seen
 * it. Each write therefore names the text it replaced (FileEnvelope.parent),
 * and each tab remembers the last few versions it read or wrote: a text whose
 * parent is one of those, but not the latest, is merged from that version, so
 * our unseen save comes back instead of being lost.
 */
import { joinClocks, tick } from '../domain/development-file/clock';
import { mergeFiles } from '../domain/development-file/merge';
import { developmentFileSchema, type DevelopmentFile } from '../domain/development-file/schema';
import type { StorageProblem } from './development-file-types';
import { decodeEntry, encodeEnvelope, fileIdOf, fileKey, textFingerprint } from './file-envelope';
import { writeBackup } from './storage-backups';
import { isQuotaError, type StorageEngine } from './storage-engine';
import { MESSAGES } from './storage-messages';

export interface Entry {
  /** What the page shows. */
  current: DevelopmentFile;
  /** The merge base: the file last read from or written to storage; null if none. */
  base: DevelopmentFile | null;
  seenRaw: string | null;
  /** `current` has edits not yet in storage. */
  dirty: boolean;
  /** False for imported files, which are stored exactly as given. */
  tickOnWrite: boolean;
  /** Stored texts that must be backed up before this key is overwritten. */
  pendingBackups: string[];
}

export type WriteOutcome = 'written' | 'quota' | 'blocked' | { failed: string };

export type ReadResult = { ok: true; value: string | null } | { ok: false; error: unknown };

export interface FileSyncOptions {
  engine: StorageEngine;
  deviceId: string;
  nowIso: () => string;
  report: (problem: Omit<StorageProblem, 'id' | 'at'>) => void;
}

/**
 * Files held in memory are deep-frozen: an updater that mutates instead of
 * copying would silently change the merge base, so it fails loudly instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function noDetails(key: string, fileId: string) {
  return { key, fileId, backupKey: null, details: [], conflicts: [] } as const;
}

export type FileSync = ReturnType<typeof createFileSync>;

/** How many versions of each file a tab remembers as possible parents of another tab's write. */
const REMEMBERED_VERSIONS = 4;

export function createFileSync({ engine, deviceId, nowIso, report }: FileSyncOptions) {
  const entries = new Map<string, Entry>();
  /** Keys left out of memory (corrupt, newer version), with the text we saw, so repeats stay quiet. */
  const skipped = new Map<string, string>();
  /** Deleted in this tab: if another tab saves one back, the user should know why it reappeared. */
  const deletedHere = new Set<string>();
  /**
   * Per file: the stored texts this tab last read or wrote, newest last, with
   * their files. Fingerprints are computed only when first asked for, so
   * loading the files hashes nothing.
   */
  const versions = new Map<string, { raw: string; file: DevelopmentFile; fingerprint?: string }[]>();

  const fingerprintOfVersion = (version: { raw: string; fingerprint?: string }) => (version.fingerprint ??= textFingerprint(version.raw));

  function fingerprintOf(id: string, raw: string): string {
    const version = versions.get(id)?.find((v) => v.raw === raw);
    return version === undefined ? textFingerprint(raw) : fingerprintOfVersion(version);
  }

  function versionWithFingerprint(id: string, fingerprint: string): DevelopmentFile | undefined {
    return versions.get(id)?.find((v) => fingerprintOfVersion(v) === fingerprint)?.file;
  }

  function rememberVersion(id: string, raw: string, file: DevelopmentFile): void {
    const remembered = (versions.get(id) ?? []).filter((v) => v.raw !== raw);
    remembered.push({ raw, file });
    versions.set(id, remembered.slice(-REMEMBERED_VERSIONS));
  }

  const read = (key: string): ReadResult => {
    try {
      return { ok: true, value: engine.getItem(key) };
    } catch (error) {
      return { ok: false, error };
    }
  };

  const backupRaw = (key: string, raw: string) => writeBackup(engine, key, raw, nowIso());

  function removeQuietly(key: string): void {
    try {
      engine.removeItem(key);
    } catch {
      // Left in place: it is reported and loading it again is harmless.
    }
  }

  function storedIds(): string[] {
    try {
      return engine.keys().flatMap((key) => fileIdOf(key) ?? []);
    } catch {
      return [];
    }
  }

  // ── Taking in what storage holds ────────────────────────────────────────
  /**
   * Brings `raw`, the text now stored for `id`, into memory: on load, when
   * another tab wrote, and before each write (a stale write merges instead).
   * Afterwards `entry.seenRaw === raw` unless the text must not be overwritten.
   */
  function absorb(id: string, entry: Entry | undefined, raw: string | null): void {
    const key = fileKey(id);
    if (raw === null) {
      skipped.delete(key);
      if (entry === undefined) return;
      if (!entry.dirty) {
        entries.delete(id);
        return;
      }
      report({ ...noDetails(key, id), kind: 'deleted-elsewhere', message: MESSAGES.deletedElsewhere(entry.current) });
      entry.base = null;
      entry.seenRaw = null;
      return;
    }
    if (entry === undefined && skipped.get(key) === raw) return;

    const decoded = decodeEntry(raw, id, nowIso());
    if (decoded.kind === 'newer') {
      skipped.set(key, raw);
      const blocked = entry !== undefined && entry.dirty;
      const message = blocked ? MESSAGES.newerVersionBlocked(entry.current) : MESSAGES.newerVersion(decoded.version);
      report({ ...noDetails(key, id), kind: 'newer-version', message });
      if (entry !== undefined && !blocked) entries.delete(id);
      return;
    }
    if (decoded.kind === 'corrupt') {
      const backup = backupRaw(key, raw);
      const backupKey = backup.ok ? backup.key : null;
      report({ ...noDetails(key, id), kind: 'corrupt', backupKey, message: MESSAGES.corrupt(decoded.reason, backupKey) });
      if (entry === undefined) {
        // The backup holds the exact text, so the broken entry can go; without one it stays untouched.
        if (backup.ok) removeQuietly(key);
        else skipped.set(key, raw);
        return;
      }
      // We still hold a good copy: write it back over the broken text.
      entry.seenRaw = raw;
      entry.dirty = true;
      if (!backup.ok) entry.pendingBackups.push(raw);
      return;
    }

    const theirs = deepFreeze(decoded.file);
    skipped.delete(key);
    // Written over a version older than the one we last saw: the writer never saw our later save.
    const unseenSince =
      entry !== undefined && decoded.parent !== null && (entry.seenRaw === null || decoded.parent !== fingerprintOf(id, entry.seenRaw))
        ? versionWithFingerprint(id, decoded.parent)
        : undefined;
    rememberVersion(id, raw, theirs);
    // Migrated text is backed up lazily, just before it is overwritten; repaired text at once.
    let pendingBackup = decoded.repairs.length > 0 || decoded.migratedFrom !== null ? raw : null;
    if (decoded.repairs.length > 0) {
      const backup = backupRaw(key, raw);
      const backupKey = backup.ok ? backup.key : null;
      if (backup.ok) pendingBackup = null;
      report({
        ...noDetails(key, id),
        kind: 'repaired',
        backupKey,
        message: MESSAGES.repaired(theirs, backupKey),
        details: decoded.repairs.map((r) => `${r.path}：${r.message}`),
      });
    }
    if (entry === undefined && deletedHere.delete(id)) {
      report({ ...noDetails(key, id), kind: 'restored-elsewhere', message: MESSAGES.restoredElsewhere(theirs) });
    }
    const pendingBackups = [...(entry?.pendingBackups ?? []), ...(pendingBackup === null ? [] : [pendingBackup])];
    if (entry === undefined || (!entry.dirty && unseenSince === undefined)) {
      // Repaired text is written back, so the next load does not repair (and back up) again.
      const dirty = decoded.repairs.length > 0;
      entries.set(id, { current: theirs, base: theirs, seenRaw: raw, dirty, tickOnWrite: true, pendingBackups });
      return;
    }

    // Without a base, ours wins every field: theirs is kept as a backup.
    const base = unseenSince ?? entry.base;
    const merged = mergeSafely(base ?? theirs, entry.current, theirs);
    if ((merged.conflicts.length > 0 || base === null) && !pendingBackups.includes(raw)) pendingBackups.push(raw);
    if (merged.conflicts.length > 0) {
      const backup = backupRaw(key, raw);
      const backupKey = backup.ok ? backup.key : null;
      if (backup.ok) pendingBackups.splice(pendingBackups.indexOf(raw), 1);
      report({
        ...noDetails(key, id),
        kind: 'conflict',
        backupKey,
        message: MESSAGES.conflict(merged.file, merged.conflicts, backupKey),
        details: merged.conflicts.map((c) => c.path || '(整份档案)'),
        conflicts: merged.conflicts,
      });
    }
    // A merge after an unseen save must be written, even if nothing was typed since.
    Object.assign(entry, { current: merged.file, base: theirs, seenRaw: raw, pendingBackups, dirty: true });
  }

  function mergeSafely(base: DevelopmentFile, mine: DevelopmentFile, theirs: DevelopmentFile) {
    const merged = mergeFiles(base, mine, theirs);
    const valid = developmentFileSchema.safeParse(merged.file);
    if (valid.success) return { file: deepFreeze(valid.data), conflicts: merged.conflicts };
    // Two valid halves can make an invalid whole (e.g. a list over its limit): keep ours whole.
    const file = deepFreeze({ ...mine, clock: joinClocks(mine.clock, theirs.clock) });
    return { file, conflicts: [{ path: '', mine, theirs }] };
  }

  function absorbKey(id: string): void {
    const stored = read(fileKey(id));
    if (!stored.ok) return;
    const entry = entries.get(id);
    if (entry !== undefined && stored.value === entry.seenRaw) return;
    absorb(id, entry, stored.value);
  }

  // ── Writing ─────────────────────────────────────────────────────────────
  function writeEntry(id: string, entry: Entry): WriteOutcome {
    const key = fileKey(id);
    const stored = read(key);
    if (!stored.ok) return { failed: describeError(stored.error) };
    if (stored.value !== entry.seenRaw) {
      absorb(id, entry, stored.value);
      if (entry.seenRaw !== stored.value) return 'blocked';
    }
    while (entry.pendingBackups.length > 0) {
      const backup = backupRaw(key, entry.pendingBackups[0] ?? '');
      if (!backup.ok) return backup.quota ? 'quota' : { failed: '无法备份原有内容' };
      entry.pendingBackups.shift();
    }
    const file = entry.tickOnWrite ? deepFreeze({ ...entry.current, clock: tick(entry.current.clock, deviceId) }) : entry.current;
    const text = encodeEnvelope(file, nowIso(), stored.value === null ? null : fingerprintOf(id, stored.value));
    try {
      engine.setItem(key, text);
    } catch (error) {
      return isQuotaError(error) ? 'quota' : { failed: describeError(error) };
    }
    Object.assign(entry, { current: file, base: file, seenRaw: text, dirty: false, tickOnWrite: true });
    rememberVersion(id, text, file);
    return 'written';
  }

  return { entries, skipped, deletedHere, read, backupRaw, removeQuietly, storedIds, absorbKey, writeEntry };
}

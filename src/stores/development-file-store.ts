/**
 * The development files of one tab, bound to one storage engine: atoms for
 * the UI, actions, debounced writes, the save status. The storage protocol
 * (merging, backups) is file-sync.ts. The site uses a single instance
 * (development-files.ts, which also documents the stored shape); tests create
 * several on one memory engine to play several tabs.
 *
 * Memory is the truth for this page: a failed write never rolls memory back;
 * the file stays "dirty" and the next change (or flush) tries again.
 */
import { computed } from 'nanostores';
import { createDevelopmentFile, newId } from '../domain/development-file/factory';
import { formatPath } from '../domain/development-file/restore';
import { developmentFileSchema, type DevelopmentFile } from '../domain/development-file/schema';
import {
  byRecency,
  createStoreAtoms,
  type DevelopmentFileStore,
  type DevelopmentFileStoreOptions,
  type PersistenceState,
  type PutFilesResult,
  type SaveStatus,
  type StorageManagerLike,
  type StorageProblem,
} from './development-file-types';
import { BACKUP_KEY_PREFIX, DEVICE_ID_KEY, fileIdOf, fileKey, LAST_EXPORT_KEY } from './file-envelope';
import { createFileSync, deepFreeze, describeError } from './file-sync';
import { listBackups } from './storage-backups';
import type { StorageEngine } from './storage-engine';
import { MESSAGES } from './storage-messages';

export * from './development-file-types';

const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function loadDeviceId(engine: StorageEngine): string {
  try {
    const stored = engine.getItem(DEVICE_ID_KEY);
    if (stored !== null && DEVICE_ID.test(stored)) return stored;
  } catch {
    // Unreadable: a new id for this page.
  }
  const id = newId();
  try {
    engine.setItem(DEVICE_ID_KEY, id);
  } catch {
    // A full storage only costs clock precision: the id lives for this page.
  }
  return id;
}

export function createDevelopmentFileStore(
  engine: StorageEngine,
  options: DevelopmentFileStoreOptions = {},
): DevelopmentFileStore {
  const { debounceMs = 300, maxWaitMs = 2000, volatile = false } = options;
  const nowIso = () => (options.now?.() ?? new Date()).toISOString();
  const atoms = options.atoms ?? createStoreAtoms();
  const deviceId = options.deviceId ?? loadDeviceId(engine);
  let problems: StorageProblem[] = [];
  let problemSeq = 0;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let persistRequest: Promise<PersistenceState> | undefined;
  const sync = createFileSync({ engine, deviceId, nowIso, report });
  const { entries, read, backupRaw, removeQuietly } = sync;

  // ── Reporting ───────────────────────────────────────────────────────────
  function report(problem: Omit<StorageProblem, 'id' | 'at'>): void {
    const same = (p: StorageProblem) => p.kind === problem.kind && p.key === problem.key && p.message === problem.message;
    if (problems.some(same)) return;
    problems = [...problems, { ...problem, id: `${problem.kind}-${++problemSeq}`, at: nowIso() }];
    atoms.$storageProblems.set(problems);
  }

  function setStatus(status: SaveStatus): void {
    if (volatile) status = { state: 'error', kind: 'unavailable', message: MESSAGES.unavailable };
    const current = atoms.$saveStatus.get();
    if (JSON.stringify(current) !== JSON.stringify(status)) atoms.$saveStatus.set(status);
  }

  function publish(): void {
    const byId: Record<string, DevelopmentFile> = {};
    for (const [id, entry] of entries) byId[id] = entry.current;
    atoms.$filesById.set(Object.freeze(byId));
  }

  function clearTimers(): void {
    clearTimeout(debounceTimer);
    clearTimeout(maxWaitTimer);
    debounceTimer = maxWaitTimer = undefined;
  }

  function flushPendingWrites(): void {
    clearTimers();
    let attempted = false;
    let written = false;
    let failure: SaveStatus | null = null;
    for (const [id, entry] of entries) {
      if (!entry.dirty) continue;
      attempted = true;
      const outcome = sync.writeEntry(id, entry);
      if (outcome === 'written') written = true;
      else if (outcome === 'quota') failure = { state: 'error', kind: 'quota', message: MESSAGES.quota };
      else if (failure?.kind !== 'quota') {
        failure =
          outcome === 'blocked'
            ? { state: 'error', kind: 'newer-version', message: MESSAGES.newerVersionBlocked(entry.current) }
            : { state: 'error', kind: 'failed', message: MESSAGES.failed(outcome.failed) };
      }
    }
    if (attempted) publish();
    if (failure !== null) setStatus(failure);
    else if (written) setStatus({ state: 'saved', at: nowIso() });
    else if (atoms.$saveStatus.get().state === 'saving') setStatus({ state: 'idle' });
  }

  function scheduleWrite(): void {
    // A failed save stays on screen until a write succeeds, instead of flickering on every key.
    if (atoms.$saveStatus.get().state !== 'error') setStatus({ state: 'saving' });
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(flushPendingWrites, debounceMs);
    maxWaitTimer ??= setTimeout(flushPendingWrites, maxWaitMs);
  }

  // ── Other tabs ──────────────────────────────────────────────────────────
  function onExternalChange(key: string | null): void {
    if (key === null || key === LAST_EXPORT_KEY) atoms.$lastExportAt.set(readLastExport());
    // null: the other tab cleared the storage, so every file may have changed.
    const changed = key === null ? new Set([...entries.keys(), ...sync.storedIds()]) : [fileIdOf(key)];
    const ids = [...changed].filter((id) => id !== null);
    if (ids.length === 0) return;
    for (const id of ids) sync.absorbKey(id);
    publish();
    if ([...entries.values()].some((e) => e.dirty)) scheduleWrite();
  }

  function readLastExport(): string | null {
    const stored = read(LAST_EXPORT_KEY);
    return stored.ok && stored.value !== null && Number.isFinite(Date.parse(stored.value)) ? stored.value : null;
  }

  // ── Start ───────────────────────────────────────────────────────────────
  atoms.$storageProblems.set([]);
  atoms.$persistence.set('unknown');
  setStatus({ state: 'idle' });
  atoms.$lastExportAt.set(readLastExport());
  for (const id of sync.storedIds()) sync.absorbKey(id);
  publish();
  if ([...entries.values()].some((e) => e.dirty)) scheduleWrite();
  const removeListener = engine.addChangeListener((key) => onExternalChange(key));

  function putOne(file: DevelopmentFile, backupPrevious: boolean, result: PutFilesResult): void {
    const parsed = developmentFileSchema.safeParse(file);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      result.skipped.push({ id: String(file.id), reason: issue ? `${formatPath(issue.path)}：${issue.message}` : '内容无效' });
      return;
    }
    const key = fileKey(parsed.data.id);
    const stored = read(key);
    if (!stored.ok) {
      result.skipped.push({ id: parsed.data.id, reason: MESSAGES.failed(describeError(stored.error)) });
      return;
    }
    if (stored.value !== null && (backupPrevious || sync.skipped.has(key))) {
      const backup = backupRaw(key, stored.value);
      if (!backup.ok) {
        result.skipped.push({ id: parsed.data.id, reason: MESSAGES.backupFailed });
        return;
      }
      result.backupKeys.push(backup.key);
    }
    sync.skipped.delete(key);
    const incoming = deepFreeze(parsed.data);
    const previous = entries.get(incoming.id);
    entries.set(incoming.id, {
      current: incoming,
      base: previous?.base ?? null,
      seenRaw: stored.value,
      dirty: true,
      tickOnWrite: false,
      pendingBackups: previous?.pendingBackups ?? [],
    });
    result.imported.push(incoming.id);
  }

  const store: DevelopmentFileStore = {
    deviceId,
    $filesById: atoms.$filesById,
    $fileList: computed(atoms.$filesById, byRecency),
    $saveStatus: atoms.$saveStatus,
    $storageProblems: atoms.$storageProblems,
    $lastExportAt: atoms.$lastExportAt,
    $persistence: atoms.$persistence,

    getFile: (id) => entries.get(id)?.current,

    createFile(fields) {
      let file: DevelopmentFile;
      try {
        file = deepFreeze(createDevelopmentFile(fields, nowIso()));
      } catch (error) {
        return { ok: false, reason: `无法新建档案：${describeError(error)}` };
      }
      entries.set(file.id, { current: file, base: null, seenRaw: null, dirty: true, tickOnWrite: true, pendingBackups: [] });
      // A discrete action, not typing: written at once.
      flushPendingWrites();
      return { ok: true, file: entries.get(file.id)?.current ?? file };
    },

    updateFile(id, updater) {
      const entry = entries.get(id);
      if (entry === undefined) return { ok: false, reason: MESSAGES.notFound };
      let next: DevelopmentFile;
      try {
        next = updater(entry.current);
      } catch (error) {
        return { ok: false, reason: `修改失败：${describeError(error)}` };
      }
      if (next === entry.current) return { ok: true, file: next };
      const parsed = developmentFileSchema.safeParse({
        ...next,
        id,
        clock: entry.current.clock,
        createdAt: entry.current.createdAt,
        updatedAt: nowIso(),
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, reason: issue ? `${formatPath(issue.path)}：${issue.message}` : '内容无效' };
      }
      entry.current = deepFreeze(parsed.data);
      entry.dirty = true;
      publish();
      scheduleWrite();
      return { ok: true, file: entry.current };
    },

    deleteFile(id) {
      const entry = entries.get(id);
      if (entry === undefined) return null;
      entries.delete(id);
      sync.deletedHere.add(id);
      removeQuietly(fileKey(id));
      publish();
      if (atoms.$saveStatus.get().state === 'error') flushPendingWrites(); // space may have been freed
      return { file: entry.current, deletedAt: nowIso() };
    },

    restoreDeletedFile(deleted) {
      if (entries.has(deleted.file.id)) return false;
      sync.deletedHere.delete(deleted.file.id);
      entries.set(deleted.file.id, {
        current: deleted.file,
        base: null,
        seenRaw: null,
        dirty: true,
        tickOnWrite: true,
        pendingBackups: [],
      });
      flushPendingWrites();
      return true;
    },

    putFiles(files, { backupPrevious }) {
      // Unsaved edits reach storage first, so the backup of the replaced version includes them.
      flushPendingWrites();
      const result: PutFilesResult = { imported: [], backupKeys: [], skipped: [] };
      for (const file of files) putOne(file, backupPrevious, result);
      flushPendingWrites();
      return result;
    },

    flushPendingWrites,
    hasUnsavedChanges: () => [...entries.values()].some((e) => e.dirty),

    dismissProblem(id) {
      problems = problems.filter((p) => p.id !== id);
      atoms.$storageProblems.set(problems);
    },

    markExported(at = options.now?.() ?? new Date()) {
      const iso = at.toISOString();
      try {
        engine.setItem(LAST_EXPORT_KEY, iso);
      } catch {
        // The reminder is only wrong for the next page load; the export itself succeeded.
      }
      atoms.$lastExportAt.set(iso);
    },

    requestPersistentStorage() {
      persistRequest ??= askPersistence(options.storageManager ?? globalThis.navigator?.storage).then((state) => {
        atoms.$persistence.set(state);
        return state;
      });
      return persistRequest;
    },

    listBackups: () => listBackups(engine),
    readBackup: (key) => {
      const stored = read(key);
      return stored.ok ? stored.value : null;
    },
    removeBackup: (key) => {
      if (key.startsWith(BACKUP_KEY_PREFIX)) removeQuietly(key);
    },

    dispose() {
      removeListener();
      clearTimers();
    },
  };
  return store;
}

/** Asks the browser not to evict our storage (Safari drops it after 7 days unvisited otherwise). */
async function askPersistence(manager: StorageManagerLike | undefined): Promise<PersistenceState> {
  try {
    if (typeof manager?.persist !== 'function') return 'unsupported';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'failed';
  }
}

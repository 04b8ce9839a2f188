/**
 * The site's development files (开发档案), kept in this browser's localStorage
 * for weeks. Islands read the `$` stores with @nanostores/react and call the
 * actions; nothing is loaded at import time (the first subscription or action
 * loads, `initStorage()` installs the page-hide flush).
 *
 * Stored shape, one key per file so a save writes a few KB, not everything:
 *   playbook:file:<id>             {"type":"playbook.development-file","schemaVersion":1,
 *                                   "savedAt":"<ISO>","parent":"<fingerprint>",
 *                                   "data":<DevelopmentFile, schema.ts>}
 *                                  ("parent" names the text this write replaced, see
 *                                   file-sync.ts; optional, older texts lack it)
 *   playbook:backup:<key>:<ISO>    the exact raw text once stored under <key> (any shape)
 *   playbook:device-id             this browser's id in version-vector clocks (plain text)
 *   playbook:last-export-at        last export, ISO time (plain text)
 *
 * Migration scenarios (see also migrations.ts):
 * 1. Stored by an older version of the site (schemaVersion < SCHEMA_VERSION):
 *    migrated on load; the old text is backed up just before the first write
 *    in the new shape, so a faulty migration step can be undone by hand.
 * 2. Stored by a newer version (a newer deployment in another tab, this page
 *    still the old one): not loaded, reported, never written over, not even by
 *    this tab's unsaved edits of that file; those stay in memory and the user
 *    is asked to export and reload.
 * 3. Broken (bad JSON, not our envelope, unrestorable, id not matching its
 *    key): the raw text goes to a backup key first, then the entry is removed
 *    and reported; the other files load normally.
 * 4. Repairable (restore() fixed fields or dropped items): loaded repaired,
 *    raw text backed up, the repairs listed to the user, the repaired version
 *    written back so the next load is clean.
 * 5. Changing the envelope itself: give it a new `type` and read both.
 *
 * Why not @nanostores/persistent for files (it is fine for the theme):
 * a corrupt value either throws at store creation or is silently replaced and
 * then overwritten without a backup; a set() over quota throws and leaves
 * memory unchanged (we need memory to stay the truth); and its cross-tab sync
 * is last-writer-wins, which would wipe the unsaved edits of the other tab.
 */
import { computed, onMount, type ReadableAtom } from 'nanostores';
import type { DevelopmentFile } from '../domain/development-file/schema';
import { createDevelopmentFileStore } from './development-file-store';
import {
  byRecency,
  createStoreAtoms,
  type DevelopmentFileStore,
  type DevelopmentFileStoreOptions,
  type PersistenceState,
  type SaveStatus,
  type StorageProblem,
} from './development-file-types';
import { flushOnPageHide } from './page-lifecycle';
import { createBrowserEngine, createMemoryEngine, type StorageEngine } from './storage-engine';

export type {
  DeletedFile,
  DevelopmentFileStore,
  FileResult,
  PersistenceState,
  PutFilesResult,
  SaveStatus,
  StorageProblem,
  StorageProblemKind,
} from './development-file-types';
export type { MergeConflict } from '../domain/development-file/merge';
export type { BackupInfo } from './storage-backups';
export { isBackupReminderDue } from './backup-reminder';

const atoms = createStoreAtoms();
let store: DevelopmentFileStore | null = null;
let starting = false;

/** The site's instance, created on first use on the page's localStorage. */
export function getDevelopmentFileStore(): DevelopmentFileStore {
  if (store !== null) return store;
  starting = true;
  try {
    if (typeof window === 'undefined') {
      // Server rendering: there are no files to show, and no problem to report.
      store = createDevelopmentFileStore(createMemoryEngine(), { atoms });
    } else {
      const engine = createBrowserEngine();
      store = createDevelopmentFileStore(engine ?? createMemoryEngine(), { atoms, volatile: engine === null });
    }
  } finally {
    starting = false;
  }
  return store;
}

/** Replaces the storage (tests, or a non-browser host). Reloads every store from it. */
export function setStorageEngine(
  engine: StorageEngine,
  options: Omit<DevelopmentFileStoreOptions, 'atoms'> = {},
): DevelopmentFileStore {
  store?.dispose();
  store = null;
  starting = true;
  try {
    store = createDevelopmentFileStore(engine, { ...options, atoms });
  } finally {
    starting = false;
  }
  return store;
}

/** Call once per page from a client script. Returns a remover. */
export function initStorage(): () => void {
  const instance = getDevelopmentFileStore();
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  return flushOnPageHide(instance, { window, document });
}

export const $filesById: ReadableAtom<Readonly<Record<string, DevelopmentFile>>> = atoms.$filesById;
/** Most recently updated first. */
export const $fileList: ReadableAtom<readonly DevelopmentFile[]> = computed(atoms.$filesById, byRecency);
export const $saveStatus: ReadableAtom<SaveStatus> = atoms.$saveStatus;
export const $storageProblems: ReadableAtom<readonly StorageProblem[]> = atoms.$storageProblems;
export const $lastExportAt: ReadableAtom<string | null> = atoms.$lastExportAt;
export const $persistence: ReadableAtom<PersistenceState> = atoms.$persistence;

// The first island that subscribes loads the files. `get()` mounts briefly
// too, hence the guard while the instance is being built.
for (const $atom of Object.values(atoms)) {
  onMount($atom, () => {
    if (!starting) getDevelopmentFileStore();
  });
}

type Store = DevelopmentFileStore;
export const getFile: Store['getFile'] = (id) => getDevelopmentFileStore().getFile(id);
export const createFile: Store['createFile'] = (fields) => getDevelopmentFileStore().createFile(fields);
export const updateFile: Store['updateFile'] = (id, updater) => getDevelopmentFileStore().updateFile(id, updater);
export const deleteFile: Store['deleteFile'] = (id) => getDevelopmentFileStore().deleteFile(id);
export const restoreDeletedFile: Store['restoreDeletedFile'] = (deleted) =>
  getDevelopmentFileStore().restoreDeletedFile(deleted);
export const putFiles: Store['putFiles'] = (files, options) => getDevelopmentFileStore().putFiles(files, options);
export const flushPendingWrites: Store['flushPendingWrites'] = () => getDevelopmentFileStore().flushPendingWrites();
export const hasUnsavedChanges: Store['hasUnsavedChanges'] = () => getDevelopmentFileStore().hasUnsavedChanges();
export const dismissProblem: Store['dismissProblem'] = (id) => getDevelopmentFileStore().dismissProblem(id);
export const markExported: Store['markExported'] = (at) => getDevelopmentFileStore().markExported(at);
export const requestPersistentStorage: Store['requestPersistentStorage'] = () =>
  getDevelopmentFileStore().requestPersistentStorage();
export const listBackups: Store['listBackups'] = () => getDevelopmentFileStore().listBackups();
export const readBackup: Store['readBackup'] = (key) => getDevelopmentFileStore().readBackup(key);
export const removeBackup: Store['removeBackup'] = (key) => getDevelopmentFileStore().removeBackup(key);

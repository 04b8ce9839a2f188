/**
 * The public shape of the development-file store: what islands read and call.
 * Implementation in development-file-store.ts; the site's instance in
 * development-files.ts.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { MergeConflict } from '../domain/development-file/merge';
import type { DevelopmentFile } from '../domain/development-file/schema';
import type { BackupInfo } from './storage-backups';

export type SaveStatus =
  | { state: 'idle' }
  /** Edits are waiting for the debounced write. */
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; kind: 'quota' | 'unavailable' | 'newer-version' | 'failed'; message: string };

export type PersistenceState = 'unknown' | 'granted' | 'denied' | 'unsupported' | 'failed';

export type StorageProblemKind =
  | 'corrupt'
  | 'repaired'
  | 'newer-version'
  | 'conflict'
  /** Deleted in another tab while this one had unsaved edits: kept. */
  | 'deleted-elsewhere'
  /** Deleted here, then saved back by a tab that had unsaved edits. */
  | 'restored-elsewhere';

export interface StorageProblem {
  /** Unique; for React keys and dismissProblem. */
  id: string;
  kind: StorageProblemKind;
  /** Chinese, ready to show. */
  message: string;
  /** The storage key concerned. */
  key: string;
  /** Where the raw text was copied, or null when nothing was (or could be) backed up. */
  backupKey: string | null;
  fileId: string | null;
  /** One line each: repairs made, or conflicting fields. */
  details: readonly string[];
  conflicts: readonly MergeConflict[];
  at: string;
}

export type FileResult = { ok: true; file: DevelopmentFile } | { ok: false; reason: string };

/** What deleteFile hands to an undo button. */
export interface DeletedFile {
  readonly file: DevelopmentFile;
  readonly deletedAt: string;
}

export interface PutFilesResult {
  /** Ids now held in memory (written to storage unless $saveStatus says otherwise). */
  imported: string[];
  backupKeys: string[];
  skipped: { id: string; reason: string }[];
}

export interface StoreAtoms {
  $filesById: WritableAtom<Readonly<Record<string, DevelopmentFile>>>;
  $saveStatus: WritableAtom<SaveStatus>;
  $storageProblems: WritableAtom<readonly StorageProblem[]>;
  $lastExportAt: WritableAtom<string | null>;
  $persistence: WritableAtom<PersistenceState>;
}

export function createStoreAtoms(): StoreAtoms {
  return {
    $filesById: atom<Readonly<Record<string, DevelopmentFile>>>({}),
    $saveStatus: atom<SaveStatus>({ state: 'idle' }),
    $storageProblems: atom<readonly StorageProblem[]>([]),
    $lastExportAt: atom<string | null>(null),
    $persistence: atom<PersistenceState>('unknown'),
  };
}

export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
}

export interface DevelopmentFileStoreOptions {
  /** Defaults to the id stored under `playbook:device-id`, created once. */
  deviceId?: string;
  /** Quiet time after the last edit before it is written. */
  debounceMs?: number;
  /** Longest an edit waits while the rep keeps typing. */
  maxWaitMs?: number;
  now?: () => Date;
  /** navigator.storage by default. */
  storageManager?: StorageManagerLike;
  /** Atoms to drive instead of new ones (the site's module-level stores). */
  atoms?: StoreAtoms;
  /** The engine is a stand-in for a storage the browser refused: never claim "saved". */
  volatile?: boolean;
}

export interface DevelopmentFileStore {
  readonly deviceId: string;
  readonly $filesById: ReadableAtom<Readonly<Record<string, DevelopmentFile>>>;
  /** Most recently updated first. */
  readonly $fileList: ReadableAtom<readonly DevelopmentFile[]>;
  readonly $saveStatus: ReadableAtom<SaveStatus>;
  readonly $storageProblems: ReadableAtom<readonly StorageProblem[]>;
  readonly $lastExportAt: ReadableAtom<string | null>;
  readonly $persistence: ReadableAtom<PersistenceState>;
  getFile(id: string): DevelopmentFile | undefined;
  createFile(fields: { customerName: string; owner?: string }): FileResult;
  /** `updater` must return a new object (files are frozen); a rejected result leaves the file as it was. */
  updateFile(id: string, updater: (file: DevelopmentFile) => DevelopmentFile): FileResult;
  deleteFile(id: string): DeletedFile | null;
  restoreDeletedFile(deleted: DeletedFile): boolean;
  /** Imports: stores the files as given (clock and updatedAt kept), replacing same-id files. */
  putFiles(files: readonly DevelopmentFile[], options: { backupPrevious: boolean }): PutFilesResult;
  flushPendingWrites(): void;
  hasUnsavedChanges(): boolean;
  dismissProblem(id: string): void;
  markExported(at?: Date): void;
  requestPersistentStorage(): Promise<PersistenceState>;
  listBackups(): BackupInfo[];
  readBackup(key: string): string | null;
  removeBackup(key: string): void;
  /** Stops listening to other tabs and drops pending timers (pending edits are not written). */
  dispose(): void;
}

/** Most recently updated first. */
export function byRecency(byId: Readonly<Record<string, DevelopmentFile>>): readonly DevelopmentFile[] {
  // Parsed once per file, not once per comparison: this runs on every keystroke.
  return Object.values(byId)
    .map((file) => ({ file, at: Date.parse(file.updatedAt) }))
    .sort((a, b) => b.at - a.at)
    .map(({ file }) => file);
}

/**
 * The quiz results history (date, score, passed per attempt), kept in this
 * browser's localStorage under one small key. Stored shape: domain/quiz/history.ts.
 *
 * Unreadable stored text is never silently replaced: its exact raw text is
 * first copied to `playbook:backup:playbook:quiz-results:<ISO time>` (the
 * backup key format of storage-backups.ts, so the files page lists and offers
 * it for download), then the history starts again. When there is no room for
 * that copy, the stored text is left alone and new results stay in memory.
 *
 * Not @nanostores/persistent (fine for the theme): it would replace a corrupt
 * value without a backup, and its last-writer-wins sync drops a result saved
 * by another tab; here each save re-reads the stored list and appends.
 */
import { atom, type ReadableAtom } from 'nanostores';
import {
  decodeHistory,
  encodeHistory,
  recentReadiness,
  withResult,
  type QuizResult,
} from '../domain/quiz/history';
import { createBrowserEngine, createMemoryEngine, type StorageEngine } from './storage-engine';

export type { QuizResult } from '../domain/quiz/history';

export const QUIZ_RESULTS_KEY = 'playbook:quiz-results';
// The prefix of storage-backups.ts, written out here: importing that module
// would pull the development-file schema (and zod) into the quiz page.
const BACKUP_PREFIX = `playbook:backup:${QUIZ_RESULTS_KEY}:`;

export type QuizStorageProblem =
  /** No localStorage (blocked): results last as long as the page. */
  | { kind: 'unavailable' }
  /** Unreadable text (or `dropped` unreadable entries) was backed up, then the history restarted. */
  | { kind: 'backed-up'; backupKey: string; dropped: number | null }
  /** Unreadable, and no room to back it up: the stored text is kept, new results are not saved. */
  | { kind: 'unreadable-kept' }
  /** Stored by a newer version of the site: left untouched. */
  | { kind: 'newer' }
  /** The last result could not be written (storage full). */
  | { kind: 'not-saved' };

export interface QuizResultsStore {
  $results: ReadableAtom<readonly QuizResult[]>;
  $problem: ReadableAtom<QuizStorageProblem | null>;
  /** Adds a finished attempt; returns whether it reached the storage. */
  record(result: QuizResult): boolean;
  dispose(): void;
}

function backUp(engine: StorageEngine, raw: string, at: string): string | null {
  try {
    const existing = engine.keys().filter((key) => key.startsWith(BACKUP_PREFIX));
    // The same text backed up before (it could not be replaced then) is not copied again.
    const same = existing.find((key) => engine.getItem(key) === raw);
    if (same !== undefined) return same;
    let key = `${BACKUP_PREFIX}${at}`;
    for (let n = 2; existing.includes(key); n++) key = `${BACKUP_PREFIX}${at}~${n}`;
    engine.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

export function createQuizResultsStore(engine: StorageEngine | null, now: () => Date = () => new Date()): QuizResultsStore {
  const $results = atom<readonly QuizResult[]>([]);
  const $problem = atom<QuizStorageProblem | null>(engine ? null : { kind: 'unavailable' });
  /** False while the stored text must not be overwritten (kept unreadable text, newer version, no storage). */
  let writable = engine !== null;

  function read(): QuizResult[] {
    if (!engine) return [...$results.get()];
    let raw: string | null;
    try {
      raw = engine.getItem(QUIZ_RESULTS_KEY);
    } catch {
      writable = false;
      $problem.set({ kind: 'unavailable' });
      return [...$results.get()];
    }
    const decoded = decodeHistory(raw);
    if (decoded.status === 'newer') {
      writable = false;
      $problem.set({ kind: 'newer' });
      return [];
    }
    if (raw !== null && (decoded.status === 'unreadable' || decoded.status === 'repaired')) {
      const backupKey = backUp(engine, raw, now().toISOString());
      if (backupKey === null) {
        writable = false;
        $problem.set({ kind: 'unreadable-kept' });
        return decoded.results;
      }
      $problem.set({ kind: 'backed-up', backupKey, dropped: decoded.status === 'repaired' ? decoded.dropped : null });
      writable = true;
      write(decoded.results);
      return decoded.results;
    }
    writable = true;
    return decoded.results;
  }

  function write(results: readonly QuizResult[]): boolean {
    if (!engine || !writable) return false;
    try {
      engine.setItem(QUIZ_RESULTS_KEY, encodeHistory(results));
      return true;
    } catch {
      $problem.set({ kind: 'not-saved' });
      return false;
    }
  }

  $results.set(read());
  const stop = engine?.addChangeListener((key) => {
    if (key === QUIZ_RESULTS_KEY || key === null) $results.set(read());
  });

  return {
    $results,
    $problem,
    record(result) {
      // Re-read first: another tab may have saved a result since this page loaded.
      const base = engine && writable ? read() : [...$results.get()];
      const next = withResult(base, result);
      $results.set(next);
      return write(next);
    },
    dispose() {
      stop?.();
    },
  };
}

let instance: QuizResultsStore | null = null;

/** The site's history on the page's localStorage, created on first use (server rendering gets an empty one). */
export function getQuizResultsStore(): QuizResultsStore {
  if (instance === null) {
    instance = createQuizResultsStore(typeof window === 'undefined' ? createMemoryEngine() : createBrowserEngine());
  }
  return instance;
}

/** Replaces the storage (tests). */
export function setQuizResultsEngine(engine: StorageEngine | null, now?: () => Date): QuizResultsStore {
  instance?.dispose();
  instance = createQuizResultsStore(engine, now);
  return instance;
}

export function recordQuizResult(result: QuizResult): boolean {
  return getQuizResultsStore().record(result);
}

/**
 * The latest 拜访前准备度测验 result taken within 30 days before `now`, or
 * null. The visit preparation passes it to visitReadiness(visit, …), where a
 * pass counts as one readiness item.
 */
export function latestReadinessResult(now: Date = new Date()): { passed: boolean; takenOn: string } | null {
  return recentReadiness(getQuizResultsStore().$results.get(), now);
}

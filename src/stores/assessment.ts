/**
 * The 五心 self-assessment in this browser: the attempt in progress (so a rep
 * can stop and resume) and the history of finished attempts. Record shapes and
 * decoding are in src/domain/assessment/records.ts.
 *
 * Stored text that cannot be read in full is never silently replaced: its raw
 * text is first copied to `playbook:backup:<key>:<ISO time>` (the same backups
 * the 开发档案 page lists for download), and only then is the key rewritten
 * with what could be read. When even the backup cannot be written (storage
 * full), the key is left untouched and not written for the rest of the visit.
 *
 * Every change is written at once (a few hundred bytes), so there is nothing
 * to flush when the page goes away. Another tab's writes are picked up through
 * the storage engine's change events.
 */
import { atom, type ReadableAtom } from 'nanostores';
import {
  decodeHistory,
  decodeProgress,
  encodeHistory,
  encodeProgress,
  MAX_ATTEMPTS,
  type Attempt,
  type Decoded,
  type Progress,
} from '../domain/assessment/records';
import type { Answer } from '../domain/assessment/scale';
import { createBrowserEngine, createMemoryEngine, isQuotaError, type StorageEngine } from './storage-engine';

export const PROGRESS_KEY = 'playbook:assessment:progress';
export const HISTORY_KEY = 'playbook:assessment:history';

export type AssessmentNoticeKind = 'backed-up' | 'unreadable-kept' | 'save-failed' | 'no-storage';

export interface AssessmentNotice {
  kind: AssessmentNoticeKind;
  message: string;
  key?: string;
  backupKey?: string;
}

export interface AssessmentStore {
  $progress: ReadableAtom<Progress | null>;
  /** Finished attempts, oldest first. */
  $history: ReadableAtom<readonly Attempt[]>;
  $notices: ReadableAtom<readonly AssessmentNotice[]>;
  /** A new attempt from the first question (replaces any attempt in progress). */
  start(): void;
  answer(statementId: string, value: Answer): void;
  moveTo(position: number): void;
  /** Adds the finished attempt to the history and ends the attempt in progress. */
  complete(attempt: Attempt): void;
  dispose(): void;
}

export interface AssessmentStoreOptions {
  now?: () => Date;
  /** The engine keeps nothing past this page (storage blocked): say so once. */
  volatile?: boolean;
}

/**
 * The key format of storage-backups.ts, so the 开发档案 page lists and offers
 * these backups for download too. Not imported from there: that module pulls
 * in the development-file schema and zod, which would triple this page's JS.
 */
const BACKUP_PREFIX = 'playbook:backup:';

function writeBackup(engine: StorageEngine, key: string, raw: string, at: string): { ok: true; key: string } | { ok: false } {
  try {
    const prefix = `${BACKUP_PREFIX}${key}:`;
    const existing = engine.keys().filter((k) => k.startsWith(prefix));
    // The same text found again (reloaded before it could be replaced) keeps its first copy.
    const same = existing.find((k) => engine.getItem(k) === raw);
    if (same !== undefined) return { ok: true, key: same };
    let backupKey = `${prefix}${at}`;
    for (let n = 2; existing.includes(backupKey); n++) backupKey = `${prefix}${at}~${n}`;
    engine.setItem(backupKey, raw);
    return { ok: true, key: backupKey };
  } catch {
    return { ok: false };
  }
}

const LABEL: Record<string, string> = { [PROGRESS_KEY]: '未完成的自评', [HISTORY_KEY]: '自评记录' };

export function createAssessmentStore(engine: StorageEngine, options: AssessmentStoreOptions = {}): AssessmentStore {
  const now = options.now ?? (() => new Date());
  const $notices = atom<readonly AssessmentNotice[]>(
    options.volatile ? [{ kind: 'no-storage', message: '这个浏览器不允许本网站保存数据：答案只保留到关闭页面为止。' }] : [],
  );
  /** Keys holding unreadable text we could not back up: never written over. */
  const locked = new Set<string>();

  const notify = (notice: AssessmentNotice) => {
    const others = $notices.get().filter((n) => !(n.kind === notice.kind && n.key === notice.key));
    $notices.set([...others, notice]);
  };
  const clearSaveFailure = () => {
    if ($notices.get().some((n) => n.kind === 'save-failed')) $notices.set($notices.get().filter((n) => n.kind !== 'save-failed'));
  };

  function load<T>(key: string, decode: (raw: string | null) => Decoded<T>, encode: (value: T) => string | null): T {
    let raw: string | null;
    try {
      raw = engine.getItem(key);
    } catch {
      raw = null;
    }
    const decoded = decode(raw);
    if (decoded.clean || raw === null) {
      locked.delete(key);
      return decoded.value;
    }
    const backup = writeBackup(engine, key, raw, now().toISOString());
    if (!backup.ok) {
      locked.add(key);
      notify({
        kind: 'unreadable-kept',
        key,
        message: `保存的${LABEL[key]}有内容无法读取，浏览器存储空间又不足以先备份它：原内容保持不动，这次的变化不会保存。请先在“开发档案”页导出或删除旧备份，腾出空间后刷新本页。`,
      });
      return decoded.value;
    }
    locked.delete(key);
    notify({
      kind: 'backed-up',
      key,
      backupKey: backup.key,
      message: `保存的${LABEL[key]}有内容无法读取，已跳过。原内容已完整备份，可在“开发档案”页的“浏览器中的备份”里下载。`,
    });
    // Only now, with the raw text safe, is it replaced by what could be read.
    const text = encode(decoded.value);
    try {
      if (text === null) engine.removeItem(key);
      else engine.setItem(key, text);
    } catch {
      // The next successful save writes it.
    }
    return decoded.value;
  }

  /** Memory stays the truth; a failed write is reported and retried by the next change. */
  function save(key: string, text: string | null): boolean {
    if (locked.has(key)) return false;
    try {
      if (text === null) engine.removeItem(key);
      else engine.setItem(key, text);
      clearSaveFailure();
      return true;
    } catch (error) {
      notify({
        kind: 'save-failed',
        message: isQuotaError(error)
          ? '浏览器存储空间已满，答案没有保存：关闭页面前请导出结果，或在“开发档案”页删除旧备份。'
          : '浏览器拒绝保存，答案只保留到关闭页面为止。',
      });
      return false;
    }
  }

  const loadProgress = () => load(PROGRESS_KEY, decodeProgress, (p) => (p ? encodeProgress(p) : null));
  const loadHistory = () => load(HISTORY_KEY, decodeHistory, (a) => (a.length ? encodeHistory(a) : null));
  const $progress = atom<Progress | null>(loadProgress());
  const $history = atom<readonly Attempt[]>(loadHistory());

  const setProgress = (progress: Progress | null) => {
    $progress.set(progress);
    return save(PROGRESS_KEY, progress ? encodeProgress(progress) : null);
  };
  const fresh = (): Progress => {
    const at = now().toISOString();
    return { answers: {}, position: 0, startedAt: at, updatedAt: at };
  };

  const removeListener = engine.addChangeListener((key) => {
    if (key === null || key === PROGRESS_KEY) $progress.set(loadProgress());
    if (key === null || key === HISTORY_KEY) $history.set(loadHistory());
  });

  return {
    $progress,
    $history,
    $notices,
    start() {
      setProgress(fresh());
    },
    answer(statementId, value) {
      const current = $progress.get() ?? fresh();
      setProgress({ ...current, answers: { ...current.answers, [statementId]: value }, updatedAt: now().toISOString() });
    },
    moveTo(position) {
      const current = $progress.get() ?? fresh();
      setProgress({ ...current, position: Math.max(0, Math.floor(position)), updatedAt: now().toISOString() });
    },
    complete(attempt) {
      const history = [...$history.get(), attempt].slice(-MAX_ATTEMPTS);
      $history.set(history);
      const saved = save(HISTORY_KEY, encodeHistory(history));
      // The answers stay stored as progress until the attempt itself is saved.
      $progress.set(null);
      if (saved) save(PROGRESS_KEY, null);
    },
    dispose() {
      removeListener();
    },
  };
}

let instance: AssessmentStore | null = null;

/** The page's store on its localStorage, created on first use. */
export function getAssessmentStore(): AssessmentStore {
  if (instance) return instance;
  const engine = typeof window === 'undefined' ? null : createBrowserEngine();
  instance = createAssessmentStore(engine ?? createMemoryEngine(), { volatile: engine === null && typeof window !== 'undefined' });
  return instance;
}

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { isBackupReminderDue } from '../../../src/stores/backup-reminder';
import { createDevelopmentFileStore, type DevelopmentFileStore } from '../../../src/stores/development-file-store';
import { fileKey, LAST_EXPORT_KEY } from '../../../src/stores/file-envelope';
import { createMemoryEngine, type MemoryEngine } from '../../../src/stores/storage-engine';
import { emptyFile, envelopeText, storedFile, T0 } from '../../helpers/development-files';

let engine: MemoryEngine;
let store: DevelopmentFileStore;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
  engine = createMemoryEngine();
  engine.setItem(fileKey('f1'), envelopeText({ ...emptyFile('f1', '旧名称'), clock: { other: 2 } }));
  store = createDevelopmentFileStore(engine, { deviceId: 'dev1' });
});
afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

describe('create, delete, undo', () => {
  test('createFile refuses an impossible name instead of throwing', () => {
    expect(store.createFile({ customerName: '长'.repeat(300) })).toMatchObject({ ok: false, reason: expect.stringMatching(/无法新建/) });
  });

  test('deleteFile removes it from memory and storage; restoreDeletedFile brings it back', () => {
    store.updateFile('f1', (f) => ({ ...f, owner: '未保存的修改' }));
    const deleted = store.deleteFile('f1');
    expect(store.getFile('f1')).toBeUndefined();
    expect(engine.getItem(fileKey('f1'))).toBeNull();
    expect(deleted).toMatchObject({ file: { owner: '未保存的修改' }, deletedAt: T0 });
    vi.runAllTimers(); // the pending write of the deleted file must not resurrect it
    expect(engine.getItem(fileKey('f1'))).toBeNull();

    expect(deleted && store.restoreDeletedFile(deleted)).toBe(true);
    expect(storedFile(engine, 'f1')).toMatchObject({ owner: '未保存的修改', clock: { other: 2, dev1: 1 } });
    expect(deleted && store.restoreDeletedFile(deleted)).toBe(false); // already back
    expect(store.deleteFile('missing')).toBeNull();
  });
});

describe('putFiles (imports)', () => {
  test('replaces same-id files, backs up the replaced text, stores the file exactly as given', () => {
    const previous = engine.getItem(fileKey('f1'));
    const incoming = { ...emptyFile('f1', '导入的名称'), clock: { laptop: 5 } };
    const added = emptyFile('f2', '新客户');
    const result = store.putFiles([incoming, added], { backupPrevious: true });

    expect(result).toEqual({ imported: ['f1', 'f2'], backupKeys: [`playbook:backup:${fileKey('f1')}:${T0}`], skipped: [] });
    expect(engine.getItem(result.backupKeys[0] ?? '')).toBe(previous);
    expect(storedFile(engine, 'f1')).toEqual(incoming);
    expect(store.getFile('f1')).toEqual(incoming);
    expect(store.getFile('f2')).toEqual(added);
    expect(store.$saveStatus.get()).toMatchObject({ state: 'saved' });
  });

  test('unsaved edits are saved before the replaced version is backed up', () => {
    store.updateFile('f1', (f) => ({ ...f, owner: '未保存' }));
    const { backupKeys } = store.putFiles([emptyFile('f1', '导入')], { backupPrevious: true });
    expect(JSON.parse(engine.getItem(backupKeys[0] ?? '') ?? '')).toMatchObject({ data: { owner: '未保存' } });
  });

  test('invalid files are skipped with a reason', () => {
    const bad = { ...emptyFile('f3'), stage: 'nonsense' } as unknown as ReturnType<typeof emptyFile>;
    expect(store.putFiles([bad], { backupPrevious: false }).skipped).toEqual([{ id: 'f3', reason: expect.stringMatching(/^stage：/) }]);
    expect(store.getFile('f3')).toBeUndefined();
  });

  test('a file whose previous version cannot be backed up is not imported', () => {
    engine.setQuota(engine.usedBytes());
    const result = store.putFiles([emptyFile('f1', '导入')], { backupPrevious: true });
    expect(result.imported).toEqual([]);
    expect(result.skipped).toEqual([{ id: 'f1', reason: expect.stringMatching(/无法先备份/) }]);
    expect(store.getFile('f1')?.customer.name).toBe('旧名称');
  });
});

describe('backups', () => {
  test('are listed newest first, readable and removable', () => {
    store.putFiles([emptyFile('f1', '第一次导入')], { backupPrevious: true });
    vi.setSystemTime(new Date('2026-11-28T09:00:00.000Z'));
    store.putFiles([emptyFile('f1', '第二次导入')], { backupPrevious: true });
    const backups = store.listBackups();
    expect(backups.map((b) => [b.originalKey, b.at])).toEqual([
      [fileKey('f1'), '2026-11-28T09:00:00.000Z'],
      [fileKey('f1'), T0],
    ]);
    expect(store.readBackup(backups[0]?.key ?? '')).toMatch(/第一次导入/);
    store.removeBackup(backups[0]?.key ?? '');
    store.removeBackup(fileKey('f1')); // only backups can be removed this way
    expect(store.listBackups()).toHaveLength(1);
    expect(store.getFile('f1')).toBeDefined();
    expect(engine.getItem(fileKey('f1'))).not.toBeNull();
  });
});

describe('last export and the backup reminder', () => {
  test('markExported is remembered across reloads and seen by other tabs', () => {
    const other = createDevelopmentFileStore(engine.openTab(), { deviceId: 'dev1' });
    expect(store.$lastExportAt.get()).toBeNull();
    store.markExported(new Date('2026-11-20T08:00:00.000Z'));
    expect(engine.getItem(LAST_EXPORT_KEY)).toBe('2026-11-20T08:00:00.000Z');
    expect(store.$lastExportAt.get()).toBe('2026-11-20T08:00:00.000Z');
    expect(other.$lastExportAt.get()).toBe('2026-11-20T08:00:00.000Z');
    expect(createDevelopmentFileStore(engine).$lastExportAt.get()).toBe('2026-11-20T08:00:00.000Z');
  });

  test('the reminder is due 7 days after the last export, or after the oldest file when never exported', () => {
    const files = [{ createdAt: '2026-11-01T00:00:00.000Z' }];
    const now = new Date('2026-11-27T09:00:00.000Z');
    expect(isBackupReminderDue('2026-11-21T09:00:00.000Z', files, now)).toBe(false);
    expect(isBackupReminderDue('2026-11-20T09:00:00.000Z', files, now)).toBe(true);
    expect(isBackupReminderDue(null, files, now)).toBe(true);
    expect(isBackupReminderDue(null, [{ createdAt: '2026-11-25T00:00:00.000Z' }], now)).toBe(false);
    expect(isBackupReminderDue(null, [], now)).toBe(false);
  });
});

describe('requestPersistentStorage', () => {
  test('asks once and records the answer', async () => {
    const persist = vi.fn(async () => true);
    const asking = createDevelopmentFileStore(engine, { storageManager: { persist } });
    await expect(asking.requestPersistentStorage()).resolves.toBe('granted');
    await asking.requestPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(asking.$persistence.get()).toBe('granted');
  });

  test('never throws where the API is missing or fails', async () => {
    const missing = createDevelopmentFileStore(engine, { storageManager: {} });
    await expect(missing.requestPersistentStorage()).resolves.toBe('unsupported');
    const failing = createDevelopmentFileStore(engine, { storageManager: { persist: () => Promise.reject(new Error('no')) } });
    await expect(failing.requestPersistentStorage()).resolves.toBe('failed');
    const refusing = createDevelopmentFileStore(engine, { storageManager: { persist: async () => false } });
    await expect(refusing.requestPersistentStorage()).resolves.toBe('denied');
    expect(refusing.$persistence.get()).toBe('denied');
  });
});

describe('problems', () => {
  test('can be dismissed', () => {
    engine.setItem(fileKey('bad'), 'hello');
    const loaded = createDevelopmentFileStore(engine);
    const [problem] = loaded.$storageProblems.get();
    loaded.dismissProblem(problem?.id ?? '');
    expect(loaded.$storageProblems.get()).toEqual([]);
  });
});

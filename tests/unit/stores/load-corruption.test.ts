import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDevelopmentFileStore } from '../../../src/stores/development-file-store';
import { fileKey } from '../../../src/stores/file-envelope';
import { createMemoryEngine, type MemoryEngine } from '../../../src/stores/storage-engine';
import { emptyFile, envelopeText, storedFile, T0 } from '../../helpers/development-files';

const BACKUP_OF = (id: string) => `playbook:backup:${fileKey(id)}:${T0}`;

let engine: MemoryEngine;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
  engine = createMemoryEngine();
  engine.setItem(fileKey('good'), envelopeText(emptyFile('good', '好客户')));
});
afterEach(() => {
  vi.useRealTimers();
});

const validText = envelopeText(emptyFile('bad'));
const corruptCases: [string, string][] = [
  ['bad JSON', '{"type":"playbook.development-file","schemaVersion":1,'],
  ['truncated', validText.slice(0, Math.floor(validText.length / 2))],
  ['plain text', 'hello'],
  ['wrong envelope type', JSON.stringify({ type: 'something-else', schemaVersion: 1, data: emptyFile('bad') })],
  ['a bare file without envelope', JSON.stringify(emptyFile('bad'))],
  ['no schema version', JSON.stringify({ type: 'playbook.development-file', data: emptyFile('bad') })],
  ['unrestorable data', envelopeText({ customer: { name: '没有编号' } })],
  ['data that is not an object', envelopeText([1, 2, 3])],
  ['an id that does not match its key', envelopeText(emptyFile('other'))],
  ['type smuggled through __proto__', `{"__proto__":{"type":"playbook.development-file"},"schemaVersion":1,"data":${JSON.stringify(emptyFile('bad'))}}`],
];

describe('loading broken entries', () => {
  test.each(corruptCases)('%s: raw text backed up verbatim, reported, left out; the rest loads', (_, raw) => {
    engine.setItem(fileKey('bad'), raw);
    const store = createDevelopmentFileStore(engine);

    expect(engine.getItem(BACKUP_OF('bad'))).toBe(raw);
    expect(engine.getItem(fileKey('bad'))).toBeNull();
    expect(store.$fileList.get().map((f) => f.id)).toEqual(['good']);
    const [problem, ...others] = store.$storageProblems.get();
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ kind: 'corrupt', key: fileKey('bad'), backupKey: BACKUP_OF('bad'), fileId: 'bad' });
    expect(problem?.message).toMatch(/无法读取.*已完整备份/);
  });

  test('a reload does not back up or report the same broken text twice', () => {
    engine.setItem(fileKey('bad'), 'hello');
    createDevelopmentFileStore(engine).dispose();
    engine.setItem(fileKey('bad'), 'hello'); // broken again, same text
    vi.setSystemTime(new Date('2026-11-28T09:00:00.000Z'));
    createDevelopmentFileStore(engine);
    expect(engine.keys().filter((k) => k.startsWith('playbook:backup:'))).toEqual([BACKUP_OF('bad')]);
  });

  test('with no room for a backup the broken entry stays untouched and the problem says so', () => {
    engine.setItem(fileKey('bad'), 'hello');
    engine.setQuota(engine.usedBytes());
    const store = createDevelopmentFileStore(engine, { deviceId: 'dev' });
    expect(engine.getItem(fileKey('bad'))).toBe('hello');
    expect(store.$storageProblems.get()).toMatchObject([{ kind: 'corrupt', backupKey: null }]);
    expect(store.$storageProblems.get()[0]?.message).toMatch(/原样保留/);
  });

  test('__proto__ keys are removed and reported, and pollute nothing', () => {
    const file = emptyFile('evil');
    const raw = envelopeText(file).replace('"customer":{', '"customer":{"__proto__":{"polluted":true},');
    engine.setItem(fileKey('evil'), raw);
    const store = createDevelopmentFileStore(engine);

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(store.getFile('evil')?.customer)).toBe(Object.prototype);
    expect(store.getFile('evil')?.customer).toEqual(file.customer);
    expect(engine.getItem(BACKUP_OF('evil'))).toBe(raw);
    expect(store.$storageProblems.get()).toMatchObject([{ kind: 'repaired', backupKey: BACKUP_OF('evil') }]);
  });
});

describe('repairable entries', () => {
  const broken = () => ({ ...emptyFile('fix', '华南五金'), stage: 'nonsense', customer: { ...emptyFile('fix').customer, name: '华南五金', region: 42 } });

  test('loaded repaired, raw kept as a backup, the repairs listed in Chinese', () => {
    const raw = envelopeText(broken());
    engine.setItem(fileKey('fix'), raw);
    const store = createDevelopmentFileStore(engine);

    expect(store.getFile('fix')).toMatchObject({ stage: 'evaluation', customer: { name: '华南五金', region: '' } });
    expect(engine.getItem(BACKUP_OF('fix'))).toBe(raw);
    const [problem] = store.$storageProblems.get();
    expect(problem).toMatchObject({ kind: 'repaired', key: fileKey('fix'), backupKey: BACKUP_OF('fix'), fileId: 'fix' });
    expect(problem?.message).toMatch(/「华南五金」.*已自动修复/);
    expect(problem?.details).toEqual([expect.stringMatching(/^customer\.region：/), expect.stringMatching(/^stage：/)]);
  });

  test('the repaired version is written back, so the next load is clean', () => {
    engine.setItem(fileKey('fix'), envelopeText(broken()));
    const first = createDevelopmentFileStore(engine);
    first.flushPendingWrites();
    expect(storedFile(engine, 'fix')?.stage).toBe('evaluation');
    first.dispose();
    expect(createDevelopmentFileStore(engine).$storageProblems.get()).toEqual([]);
  });
});

describe('files from a newer version of the site', () => {
  test('kept untouched, reported, not loaded, never overwritten', () => {
    const raw = envelopeText({ ...emptyFile('future'), newField: '新版本的字段' }, 99);
    engine.setItem(fileKey('future'), raw);
    const store = createDevelopmentFileStore(engine);

    expect(store.getFile('future')).toBeUndefined();
    expect(store.getFile('good')).toBeDefined();
    expect(store.$storageProblems.get()).toMatchObject([{ kind: 'newer-version', key: fileKey('future') }]);
    expect(store.$storageProblems.get()[0]?.message).toMatch(/数据版本 99/);
    store.updateFile('good', (f) => ({ ...f, owner: '李娜' }));
    store.flushPendingWrites();
    expect(engine.getItem(fileKey('future'))).toBe(raw);
  });
});

describe('files from an older version of the site', () => {
  test('migrated on load; the old text is backed up before the first write in the new shape', () => {
    const { customer: _c, ...rest } = emptyFile('old');
    const raw = envelopeText({ ...rest, name: '老客户', stage: '背景调查' }, 0);
    engine.setItem(fileKey('old'), raw);
    const store = createDevelopmentFileStore(engine);
    expect(store.getFile('old')).toMatchObject({ customer: { name: '老客户' }, stage: 'survey' });
    expect(store.$storageProblems.get()).toEqual([]);
    expect(engine.getItem(fileKey('old'))).toBe(raw); // nothing written until a save

    store.updateFile('old', (f) => ({ ...f, owner: '李娜' }));
    store.flushPendingWrites();
    expect(engine.getItem(BACKUP_OF('old'))).toBe(raw);
    expect(JSON.parse(engine.getItem(fileKey('old')) ?? '')).toMatchObject({ schemaVersion: 1, data: { owner: '李娜' } });
  });
});

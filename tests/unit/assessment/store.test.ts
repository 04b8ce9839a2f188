import { beforeEach, describe, expect, test } from 'vitest';
import { encodeHistory, encodeProgress, type Attempt } from '../../../src/domain/assessment/records';
import { createAssessmentStore, HISTORY_KEY, PROGRESS_KEY } from '../../../src/stores/assessment';
import { listBackups } from '../../../src/stores/storage-backups';
import { createMemoryEngine, type MemoryEngine } from '../../../src/stores/storage-engine';

const T0 = '2026-05-01T08:00:00.000Z';
const now = () => new Date(T0);
const backupOf = (key: string) => `playbook:backup:${key}:${T0}`;
const backups = (engine: MemoryEngine) => engine.keys().filter((k) => k.startsWith('playbook:backup:'));

const attempt = (completedAt: string, overall: number): Attempt => ({
  completedAt,
  answers: { 'zhuanxin-1': 4 },
  scores: { zhuanxin: overall, zhenxin: null },
  overall,
});

let engine: MemoryEngine;
beforeEach(() => {
  engine = createMemoryEngine();
});

describe('saving and resuming', () => {
  test('answers and position are written at once and read back by the next page load', () => {
    const store = createAssessmentStore(engine, { now });
    store.start();
    store.answer('zhuanxin-1', 4);
    store.answer('zhenxin-1', 2);
    store.moveTo(2);
    const again = createAssessmentStore(engine, { now });
    expect(again.$progress.get()).toEqual({ answers: { 'zhuanxin-1': 4, 'zhenxin-1': 2 }, position: 2, startedAt: T0, updatedAt: T0 });
  });

  test('completing adds to the history (oldest first) and ends the attempt in progress', () => {
    const store = createAssessmentStore(engine, { now });
    store.start();
    store.answer('zhuanxin-1', 4);
    store.complete(attempt('2026-05-01T08:00:00.000Z', 60));
    store.start();
    store.complete(attempt('2026-05-08T08:00:00.000Z', 70));
    expect(store.$progress.get()).toBeNull();
    expect(engine.getItem(PROGRESS_KEY)).toBeNull();
    const again = createAssessmentStore(engine, { now });
    expect(again.$history.get().map((a) => a.overall)).toEqual([60, 70]);
  });

  test('start replaces an unfinished attempt with a fresh one', () => {
    const store = createAssessmentStore(engine, { now });
    store.answer('zhuanxin-1', 4);
    store.start();
    expect(store.$progress.get()).toMatchObject({ answers: {}, position: 0 });
  });

  test('another tab finishing the attempt is picked up', () => {
    const here = createAssessmentStore(engine, { now });
    const there = createAssessmentStore(engine.openTab(), { now });
    here.answer('zhuanxin-1', 5);
    expect(there.$progress.get()?.answers).toEqual({ 'zhuanxin-1': 5 });
    there.complete(attempt(T0, 80));
    expect(here.$history.get()).toHaveLength(1);
    expect(here.$progress.get()).toBeNull();
  });

  test('a full storage is reported, memory keeps the answers, and the history save failing keeps the stored progress', () => {
    const store = createAssessmentStore(engine, { now });
    store.answer('zhuanxin-1', 4);
    engine.setQuota(engine.usedBytes());
    store.answer('zhenxin-1', 3);
    expect(store.$progress.get()?.answers).toEqual({ 'zhuanxin-1': 4, 'zhenxin-1': 3 });
    expect(store.$notices.get()).toEqual([expect.objectContaining({ kind: 'save-failed', message: expect.stringContaining('存储空间已满') })]);
    store.complete(attempt(T0, 50));
    expect(engine.getItem(PROGRESS_KEY)).not.toBeNull();
    engine.setQuota(undefined);
    store.start();
    expect(store.$notices.get()).toEqual([]);
  });
});

describe('corrupt stored values', () => {
  const corrupt: [string, string, string][] = [
    ['progress: not JSON', PROGRESS_KEY, '{"version":1,"answers":{"zhuanxin-1":'],
    ['progress: plain text', PROGRESS_KEY, 'hello'],
    ['progress: JSON null', PROGRESS_KEY, 'null'],
    ['progress: another version', PROGRESS_KEY, JSON.stringify({ version: 2, answers: {}, position: 0, startedAt: T0, updatedAt: T0 })],
    ['progress: answers not an object', PROGRESS_KEY, JSON.stringify({ version: 1, answers: [4, 5], position: 0, startedAt: T0, updatedAt: T0 })],
    ['history: not JSON', HISTORY_KEY, '[{"completedAt":'],
    ['history: attempts not a list', HISTORY_KEY, JSON.stringify({ version: 1, attempts: 'many' })],
    ['history: a bare array', HISTORY_KEY, JSON.stringify([attempt(T0, 50)])],
  ];

  test.each(corrupt)('%s: the raw text is backed up before the key is reset, and the page carries on', (_, key, raw) => {
    engine.setItem(key, raw);
    const store = createAssessmentStore(engine, { now });
    expect(engine.getItem(backupOf(key))).toBe(raw);
    expect(engine.getItem(key)).toBeNull();
    expect(key === PROGRESS_KEY ? store.$progress.get() : store.$history.get()).toEqual(key === PROGRESS_KEY ? null : []);
    expect(store.$notices.get()).toEqual([
      expect.objectContaining({ kind: 'backed-up', key, backupKey: backupOf(key), message: expect.stringContaining('已完整备份') }),
    ]);
    // The store still works after the reset.
    store.answer('zhuanxin-1', 3);
    expect(createAssessmentStore(engine, { now }).$progress.get()?.answers).toEqual({ 'zhuanxin-1': 3 });
  });

  test('partly broken history: readable attempts are kept, the raw text is backed up first, then the clean version written', () => {
    const raw = JSON.stringify({
      version: 1,
      attempts: [attempt('2026-05-08T08:00:00.000Z', 70), { completedAt: 'yesterday', overall: 50 }, attempt('2026-05-01T08:00:00.000Z', 60)],
    });
    engine.setItem(HISTORY_KEY, raw);
    const store = createAssessmentStore(engine, { now });
    expect(engine.getItem(backupOf(HISTORY_KEY))).toBe(raw);
    expect(store.$history.get().map((a) => a.overall)).toEqual([60, 70]);
    expect(engine.getItem(HISTORY_KEY)).toBe(encodeHistory(store.$history.get()));
  });

  test('progress with some bad answers keeps the good ones and backs up the original', () => {
    const raw = JSON.stringify({
      version: 1,
      answers: { 'zhuanxin-1': 4, 'zhenxin-1': 9, __proto__x: 1, 'chengxin-2': '5' },
      position: 3,
      startedAt: T0,
      updatedAt: T0,
    });
    engine.setItem(PROGRESS_KEY, raw);
    const store = createAssessmentStore(engine, { now });
    expect(store.$progress.get()).toEqual({ answers: { 'zhuanxin-1': 4 }, position: 3, startedAt: T0, updatedAt: T0 });
    expect(engine.getItem(backupOf(PROGRESS_KEY))).toBe(raw);
  });

  test('a __proto__ key in stored answers cannot reach the object prototype', () => {
    engine.setItem(PROGRESS_KEY, `{"version":1,"answers":{"__proto__":{"polluted":1},"zhuanxin-1":2},"position":0,"startedAt":"${T0}","updatedAt":"${T0}"}`);
    const store = createAssessmentStore(engine, { now });
    expect(store.$progress.get()?.answers).toEqual({ 'zhuanxin-1': 2 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('without room for the backup the corrupt text stays untouched and is never written over', () => {
    engine.setItem(HISTORY_KEY, 'hello');
    engine.setQuota(engine.usedBytes());
    const store = createAssessmentStore(engine, { now });
    expect(backups(engine)).toEqual([]);
    expect(store.$notices.get()).toEqual([expect.objectContaining({ kind: 'unreadable-kept', key: HISTORY_KEY })]);
    engine.setQuota(undefined);
    store.complete(attempt(T0, 50));
    expect(engine.getItem(HISTORY_KEY)).toBe('hello');
    expect(store.$history.get()).toHaveLength(1);
  });

  test('backups use the site-wide backup keys, so the 开发档案 page lists them for download', () => {
    engine.setItem(HISTORY_KEY, 'hello');
    createAssessmentStore(engine, { now });
    expect(listBackups(engine)).toEqual([expect.objectContaining({ key: backupOf(HISTORY_KEY), originalKey: HISTORY_KEY, at: T0 })]);
  });

  test('the same broken text found again (a reload before it was replaced) is backed up once', () => {
    engine.setItem(PROGRESS_KEY, 'hello');
    createAssessmentStore(engine, { now }).dispose();
    engine.setItem(PROGRESS_KEY, 'hello');
    createAssessmentStore(engine, { now: () => new Date('2026-05-02T08:00:00.000Z') });
    expect(backups(engine)).toEqual([backupOf(PROGRESS_KEY)]);
  });

  test('valid stored values are neither backed up nor rewritten', () => {
    const progress = encodeProgress({ answers: { 'xixin-5': 1 }, position: 4, startedAt: T0, updatedAt: T0 });
    const history = encodeHistory([attempt(T0, 40)]);
    engine.setItem(PROGRESS_KEY, progress);
    engine.setItem(HISTORY_KEY, history);
    const store = createAssessmentStore(engine, { now });
    expect(backups(engine)).toEqual([]);
    expect(store.$notices.get()).toEqual([]);
    expect(engine.getItem(PROGRESS_KEY)).toBe(progress);
    expect(engine.getItem(HISTORY_KEY)).toBe(history);
  });

  test('a broken value written by another tab is backed up too', () => {
    const store = createAssessmentStore(engine, { now });
    engine.simulateExternalWrite(HISTORY_KEY, '{oops');
    expect(store.$history.get()).toEqual([]);
    expect(engine.getItem(backupOf(HISTORY_KEY))).toBe('{oops');
  });
});

describe('no storage at all', () => {
  test('a volatile store says answers last only for this page', () => {
    const store = createAssessmentStore(createMemoryEngine(), { volatile: true });
    expect(store.$notices.get()).toEqual([expect.objectContaining({ kind: 'no-storage' })]);
  });
});

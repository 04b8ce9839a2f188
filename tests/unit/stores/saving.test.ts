import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDevelopmentFileStore, type DevelopmentFileStore } from '../../../src/stores/development-file-store';
import { DEVICE_ID_KEY, fileKey } from '../../../src/stores/file-envelope';
import { flushOnPageHide } from '../../../src/stores/page-lifecycle';
import { createMemoryEngine, type MemoryEngine } from '../../../src/stores/storage-engine';
import { storedFile, T0 } from '../../helpers/development-files';

let engine: MemoryEngine;
let store: DevelopmentFileStore;
let id: string;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
  engine = createMemoryEngine();
  store = createDevelopmentFileStore(engine, { deviceId: 'dev1' });
  const created = store.createFile({ customerName: '华东精密机械有限公司' });
  if (!created.ok) throw new Error(created.reason);
  id = created.file.id;
});
afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

const setRegion = (region: string) => store.updateFile(id, (f) => ({ ...f, customer: { ...f.customer, region } }));
const fileWrites = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([key]) => key === fileKey(id)).length;

describe('debounced writes', () => {
  test('a new file is written at once', () => {
    expect(storedFile(engine, id)?.customer.name).toBe('华东精密机械有限公司');
    expect(store.$saveStatus.get()).toEqual({ state: 'saved', at: T0 });
  });

  test('edits in quick succession coalesce into one write after a quiet moment', () => {
    const setItem = vi.spyOn(engine, 'setItem');
    for (const region of ['华', '华东', '华东区']) {
      setRegion(region);
      vi.advanceTimersByTime(100);
    }
    expect(fileWrites(setItem)).toBe(0);
    expect(store.$saveStatus.get()).toEqual({ state: 'saving' });
    vi.advanceTimersByTime(300);
    expect(fileWrites(setItem)).toBe(1);
    expect(storedFile(engine, id)?.customer.region).toBe('华东区');
    expect(store.$saveStatus.get()).toMatchObject({ state: 'saved' });
  });

  test('continuous typing is still saved every couple of seconds', () => {
    const setItem = vi.spyOn(engine, 'setItem');
    for (let i = 0; i < 25; i++) {
      setRegion(`第${i}次`);
      vi.advanceTimersByTime(100);
    }
    expect(fileWrites(setItem)).toBe(1);
  });

  test('flushPendingWrites writes immediately', () => {
    setRegion('华南');
    store.flushPendingWrites();
    expect(storedFile(engine, id)?.customer.region).toBe('华南');
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  test('pagehide and visibilitychange to hidden flush, so a reload right after typing loses nothing', () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const remove = flushOnPageHide(store, { window: win, document: doc });

    setRegion('华北');
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(storedFile(engine, id)?.customer.region).not.toBe('华北'); // still visible: waits
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(storedFile(engine, id)?.customer.region).toBe('华北');

    setRegion('西南');
    win.dispatchEvent(new Event('pagehide'));
    expect(createDevelopmentFileStore(engine.openTab()).getFile(id)?.customer.region).toBe('西南');

    remove();
    setRegion('华中');
    win.dispatchEvent(new Event('pagehide'));
    expect(storedFile(engine, id)?.customer.region).toBe('西南');
  });
});

describe('clocks and device id', () => {
  test('each save ticks this browser’s counter once and sets updatedAt', () => {
    expect(store.getFile(id)?.clock).toEqual({ dev1: 1 });
    vi.setSystemTime(new Date('2026-11-28T10:00:00.000Z'));
    setRegion('华东');
    expect(store.getFile(id)?.updatedAt).toBe('2026-11-28T10:00:00.000Z');
    setRegion('华东区');
    store.flushPendingWrites();
    expect(storedFile(engine, id)?.clock).toEqual({ dev1: 2 });
    expect(storedFile(engine, id)?.updatedAt).toBe('2026-11-28T10:00:00.000Z');
    setRegion('华南');
    vi.runAllTimers();
    expect(store.getFile(id)?.clock).toEqual({ dev1: 3 });
  });

  test('the device id is created once and shared by every tab of the browser', () => {
    const fresh = createMemoryEngine();
    const first = createDevelopmentFileStore(fresh);
    expect(first.deviceId).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh.getItem(DEVICE_ID_KEY)).toBe(first.deviceId);
    expect(createDevelopmentFileStore(fresh.openTab()).deviceId).toBe(first.deviceId);
    first.dispose();
    expect(createDevelopmentFileStore(fresh).deviceId).toBe(first.deviceId);
  });
});

describe('edits', () => {
  test('an invalid edit is refused with a Chinese reason and the file stays as it was', () => {
    const before = store.getFile(id);
    const result = store.updateFile(id, (f) => ({ ...f, customer: { ...f.customer, name: '长'.repeat(201) } }));
    expect(result).toEqual({ ok: false, reason: 'customer.name：不能超过 200 个字符' });
    expect(store.getFile(id)).toBe(before);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  test('files are frozen: an updater that mutates fails loudly instead of corrupting the merge base', () => {
    const result = store.updateFile(id, (f) => {
      f.customer.region = '偷偷改';
      return f;
    });
    expect(result.ok).toBe(false);
    expect(store.getFile(id)?.customer.region).toBe('');
  });

  test('id, createdAt and clock cannot be changed by an edit', () => {
    store.updateFile(id, (f) => ({ ...f, id: 'other', createdAt: '2020-01-01T00:00:00.000Z', clock: { hacker: 9 } }));
    expect(store.getFile(id)).toMatchObject({ id, createdAt: T0, clock: { dev1: 1 } });
    expect(store.getFile('other')).toBeUndefined();
  });

  test('editing a file that is not there says so', () => {
    expect(store.updateFile('missing', (f) => f)).toEqual({ ok: false, reason: expect.stringMatching(/找不到/) });
  });
});

describe('a full storage', () => {
  test('keeps the page’s state, says nothing was lost, and saves once space is freed', () => {
    engine.setQuota(engine.usedBytes() + 100);
    setRegion('华东'.repeat(90));
    store.flushPendingWrites();

    const status = store.$saveStatus.get();
    expect(status).toMatchObject({ state: 'error', kind: 'quota' });
    expect(status.state === 'error' && status.message).toMatch(/没有丢失.*导出备份/);
    expect(store.getFile(id)?.customer.region).toBe('华东'.repeat(90));
    expect(storedFile(engine, id)?.customer.region).toBe('');
    expect(store.hasUnsavedChanges()).toBe(true);

    // Still full: the next change keeps the error (no flicker to "saving").
    store.updateFile(id, (f) => ({ ...f, owner: '李娜' }));
    expect(store.$saveStatus.get()).toMatchObject({ state: 'error', kind: 'quota' });
    vi.runAllTimers();
    expect(store.$saveStatus.get()).toMatchObject({ state: 'error', kind: 'quota' });

    engine.setQuota(undefined);
    store.updateFile(id, (f) => ({ ...f, owner: '李娜娜' }));
    vi.runAllTimers();
    expect(store.$saveStatus.get()).toMatchObject({ state: 'saved' });
    expect(storedFile(engine, id)).toMatchObject({ owner: '李娜娜', customer: { region: '华东'.repeat(90) } });
  });

  test('while a save is failing, leaving the page asks for confirmation', () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    flushOnPageHide(store, { window: win, document: doc });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      win.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    engine.setQuota(engine.usedBytes());
    setRegion('华东');
    store.flushPendingWrites();
    expect(leave()).toBe(true);
    engine.setQuota(undefined);
    expect(leave()).toBe(false); // the flush on leaving succeeded
  });

  test('deleting a file to free space retries the pending writes', () => {
    const other = store.createFile({ customerName: '要删除的客户' });
    engine.setQuota(engine.usedBytes() + 10);
    setRegion('华东华东华东');
    store.flushPendingWrites();
    expect(store.$saveStatus.get()).toMatchObject({ state: 'error' });
    if (other.ok) store.deleteFile(other.file.id);
    expect(store.$saveStatus.get()).toMatchObject({ state: 'saved' });
    expect(storedFile(engine, id)?.customer.region).toBe('华东华东华东');
  });
});

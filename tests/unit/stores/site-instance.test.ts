import { afterEach, describe, expect, test, vi } from 'vitest';
import { fileKey } from '../../../src/stores/file-envelope';
import { createBrowserEngine, createMemoryEngine } from '../../../src/stores/storage-engine';
import { emptyFile, envelopeText, storedFile } from '../../helpers/development-files';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the site’s module-level stores', () => {
  test('nothing happens at import; setStorageEngine loads; actions and $ stores share one instance', async () => {
    const files = await import('../../../src/stores/development-files');
    const engine = createMemoryEngine();
    engine.setItem(fileKey('f1'), envelopeText(emptyFile('f1', '已有客户')));
    files.setStorageEngine(engine, { deviceId: 'dev1' });

    const seen: string[][] = [];
    const stop = files.$fileList.subscribe((list) => seen.push(list.map((f) => f.customer.name)));
    const created = files.createFile({ customerName: '新客户' });
    expect(created.ok).toBe(true);
    expect(seen.at(-1)?.sort()).toEqual(['已有客户', '新客户']);
    expect(files.updateFile('f1', (f) => ({ ...f, owner: '李娜' })).ok).toBe(true);
    files.flushPendingWrites();
    expect(storedFile(engine, 'f1')?.owner).toBe('李娜');
    expect(files.$saveStatus.get()).toMatchObject({ state: 'saved' });
    stop();
  });

  test('replacing the engine reloads every $ store from it', async () => {
    const files = await import('../../../src/stores/development-files');
    const first = createMemoryEngine();
    first.setItem(fileKey('bad'), 'hello');
    files.setStorageEngine(first);
    expect(files.$storageProblems.get()).toHaveLength(1);
    files.setStorageEngine(createMemoryEngine());
    expect(files.$storageProblems.get()).toEqual([]);
    expect(files.$fileList.get()).toEqual([]);
  });

  test('without a browser (server rendering) the stores are empty and quiet, and initStorage is a no-op', async () => {
    const files = await import('../../../src/stores/development-files');
    expect(files.$fileList.get()).toEqual([]);
    expect(files.$storageProblems.get()).toEqual([]);
    expect(files.$saveStatus.get()).toEqual({ state: 'idle' });
    expect(() => files.initStorage()()).not.toThrow();
  });

  test('a browser that refuses storage gets a working page and a clear warning', async () => {
    const win = new EventTarget();
    const access = vi.fn(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    Object.defineProperty(win, 'localStorage', { get: access });
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    const files = await import('../../../src/stores/development-files');
    expect(access).not.toHaveBeenCalled(); // importing touches no storage
    const stop = files.initStorage();
    expect(files.createFile({ customerName: '新客户' }).ok).toBe(true);
    expect(files.$fileList.get()).toHaveLength(1);
    expect(files.$saveStatus.get()).toMatchObject({ state: 'error', kind: 'unavailable', message: expect.stringMatching(/导出备份/) });
    stop();
  });
});

describe('browser engine', () => {
  function fakeLocalStorage() {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  }

  test('wraps localStorage and hears storage events for it only', () => {
    const storage = fakeLocalStorage();
    const win = Object.assign(new EventTarget(), { localStorage: storage });
    vi.stubGlobal('window', win);
    const engine = createBrowserEngine();
    if (engine === null) throw new Error('expected an engine');
    engine.setItem('a', '1');
    expect(engine.keys()).toEqual(['a']);
    expect(engine.getItem('a')).toBe('1');

    const heard = vi.fn();
    const remove = engine.addChangeListener(heard);
    const storageEvent = (storageArea: unknown) => Object.assign(new Event('storage'), { key: 'a', newValue: '2', storageArea });
    win.dispatchEvent(storageEvent(storage));
    win.dispatchEvent(storageEvent({})); // sessionStorage
    expect(heard.mock.calls).toEqual([['a', '2']]);
    remove();
    win.dispatchEvent(storageEvent(storage));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

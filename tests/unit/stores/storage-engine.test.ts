import { describe, expect, test, vi } from 'vitest';
import { createBrowserEngine, createMemoryEngine, isQuotaError } from '../../../src/stores/storage-engine';

describe('isQuotaError', () => {
  test('recognises every browser’s way of saying the storage is full', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 1014 })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
  });

  test('other errors and non-errors are not quota errors', () => {
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new TypeError('x'))).toBe(false);
    expect(isQuotaError({ code: 'ENOSPC' })).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('memory engine', () => {
  test('stores, lists and removes like localStorage', () => {
    const engine = createMemoryEngine();
    engine.setItem('a', '1');
    engine.setItem('b', '2');
    engine.removeItem('a');
    expect(engine.getItem('a')).toBeNull();
    expect(engine.getItem('b')).toBe('2');
    expect(engine.keys()).toEqual(['b']);
  });

  test('a write over the quota throws QuotaExceededError and changes nothing', () => {
    const engine = createMemoryEngine({ quotaBytes: 20 });
    engine.setItem('k', 'abcd'); // 2 × 5 = 10 bytes
    expect(() => engine.setItem('k', 'abcdefghijk')).toThrow(expect.objectContaining({ name: 'QuotaExceededError', code: 22 }));
    expect(engine.getItem('k')).toBe('abcd');
    expect(engine.usedBytes()).toBe(10);
    engine.setQuota(undefined);
    engine.setItem('k', 'abcdefghijk');
    expect(engine.usedBytes()).toBe(24);
  });

  test('a tab hears the other tabs’ writes, never its own', () => {
    const a = createMemoryEngine();
    const b = a.openTab();
    const heardA = vi.fn();
    const heardB = vi.fn();
    a.addChangeListener(heardA);
    b.addChangeListener(heardB);
    a.setItem('k', 'v');
    a.removeItem('k');
    expect(heardA).not.toHaveBeenCalled();
    expect(heardB.mock.calls).toEqual([
      ['k', 'v'],
      ['k', null],
    ]);
  });

  test('a simulated external write is heard by every tab', () => {
    const a = createMemoryEngine();
    const heard = vi.fn();
    a.addChangeListener(heard);
    a.simulateExternalWrite('k', 'v');
    expect(a.getItem('k')).toBe('v');
    expect(heard).toHaveBeenCalledWith('k', 'v');
  });

  test('in manual mode writes are heard only when delivered', () => {
    const a = createMemoryEngine({ events: 'manual' });
    const b = a.openTab();
    const heard = vi.fn();
    const remove = b.addChangeListener(heard);
    a.setItem('k', '1');
    a.setItem('k', '2');
    expect(heard).not.toHaveBeenCalled();
    expect(a.deliverEvents()).toBe(2);
    expect(heard.mock.calls).toEqual([
      ['k', '1'],
      ['k', '2'],
    ]);
    remove();
    a.setItem('k', '3');
    a.deliverEvents();
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe('browser engine', () => {
  test('there is none where there is no window (server rendering, Node)', () => {
    expect(createBrowserEngine()).toBeNull();
  });
});

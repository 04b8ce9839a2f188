/**
 * The only module that touches `localStorage`. Everything else talks to a
 * StorageEngine, so the stores run unchanged in Node tests against the memory
 * engine, and a test can open several "tabs" on one shared storage.
 */

export type ChangeListener = (key: string | null, newValue: string | null) => void;

export interface StorageEngine {
  getItem(key: string): string | null;
  /** Throws on a full or blocked storage; see isQuotaError. */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
  /**
   * Writes made by other tabs (never our own, as with the `storage` event).
   * `key` is null when the other tab cleared everything. Returns a remover.
   */
  addChangeListener(listener: ChangeListener): () => void;
}

/**
 * Browsers disagree on how a full storage is reported: Chrome and WebKit name
 * the DOMException QuotaExceededError (code 22), Firefox names it
 * NS_ERROR_DOM_QUOTA_REACHED (code 1014), old WebKit only sets code 22.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * The page's localStorage, or null where there is none (server rendering) or
 * the browser refuses it (blocked cookies make even reading the property throw).
 */
export function createBrowserEngine(): StorageEngine | null {
  let storage: Storage;
  try {
    if (typeof window === 'undefined') return null;
    storage = window.localStorage;
    storage.getItem('playbook:probe');
  } catch {
    return null;
  }
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => {
      const out: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) out.push(key);
      }
      return out;
    },
    addChangeListener: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === storage) listener(event.key, event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

export interface MemoryEngineOptions {
  /** Counted like browsers do, as UTF-16: 2 bytes per code unit of key and value. */
  quotaBytes?: number;
  /**
   * 'sync' hands other tabs each write at once; 'manual' queues them until
   * deliverEvents(), so a test can interleave writes the way real tabs do.
   */
  events?: 'sync' | 'manual';
}

export interface MemoryEngine extends StorageEngine {
  /** Another tab on the same storage: it hears this tab's writes and vice versa. */
  openTab(): MemoryEngine;
  /** A write by a tab that is not open here: stores it and tells every listener. */
  simulateExternalWrite(key: string, value: string | null): void;
  /** Hands queued writes to the tabs ('manual' mode); returns how many. */
  deliverEvents(): number;
  setQuota(quotaBytes: number | undefined): void;
  usedBytes(): number;
}

interface Shared {
  data: Map<string, string>;
  used: number;
  quota: number | undefined;
  mode: 'sync' | 'manual';
  tabs: Set<Set<ChangeListener>>;
  queue: { listeners: Set<ChangeListener>; key: string; value: string | null }[];
}

const bytes = (key: string, value: string) => 2 * (key.length + value.length);

export function createMemoryEngine(options: MemoryEngineOptions = {}): MemoryEngine {
  const shared: Shared = {
    data: new Map(),
    used: 0,
    quota: options.quotaBytes,
    mode: options.events ?? 'sync',
    tabs: new Set(),
    queue: [],
  };
  return openMemoryTab(shared);
}

function openMemoryTab(shared: Shared): MemoryEngine {
  const own = new Set<ChangeListener>();
  shared.tabs.add(own);

  const notify = (key: string, value: string | null, except: Set<ChangeListener> | null) => {
    for (const listeners of shared.tabs) {
      if (listeners === except) continue;
      if (shared.mode === 'manual') shared.queue.push({ listeners, key, value });
      else for (const listener of [...listeners]) listener(key, value);
    }
  };

  const write = (key: string, value: string | null) => {
    const old = shared.data.get(key);
    const freed = old === undefined ? 0 : bytes(key, old);
    if (value === null) {
      if (old === undefined) return false;
      shared.data.delete(key);
      shared.used -= freed;
      return true;
    }
    const used = shared.used - freed + bytes(key, value);
    if (shared.quota !== undefined && used > shared.quota) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    shared.data.set(key, value);
    shared.used = used;
    return true;
  };

  return {
    getItem: (key) => shared.data.get(key) ?? null,
    setItem: (key, value) => {
      write(key, String(value));
      notify(key, value, own);
    },
    removeItem: (key) => {
      if (write(key, null)) notify(key, null, own);
    },
    keys: () => [...shared.data.keys()],
    addChangeListener: (listener) => {
      own.add(listener);
      return () => own.delete(listener);
    },
    openTab: () => openMemoryTab(shared),
    simulateExternalWrite: (key, value) => {
      write(key, value);
      notify(key, value, null);
    },
    deliverEvents: () => {
      let delivered = 0;
      while (shared.queue.length > 0) {
        const event = shared.queue.shift();
        if (!event) break;
        for (const listener of [...event.listeners]) listener(event.key, event.value);
        delivered++;
      }
      return delivered;
    },
    setQuota: (quotaBytes) => {
      shared.quota = quotaBytes;
    },
    usedBytes: () => shared.used,
  };
}

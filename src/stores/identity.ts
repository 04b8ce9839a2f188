/**
 * 我的身份 of this browser (domain/identity), shared with other tabs. One
 * small record; replacing it needs no backup, since it holds no work.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { restoreIdentity, validateIdentity, type Identity, type IdentityProblems } from '../domain/identity/identity';
import { createBrowserEngine, createMemoryEngine, isQuotaError, type StorageEngine } from './storage-engine';

export const IDENTITY_KEY = 'playbook:identity';

export type IdentityOutcome = { ok: true } | { ok: false; problems: IdentityProblems; reason?: string };

export interface IdentityStore {
  $identity: ReadableAtom<Identity | null>;
  save(input: unknown): IdentityOutcome;
  clear(): void;
  dispose(): void;
}

export function createIdentityStore(engine: StorageEngine): IdentityStore {
  const read = (): Identity | null => {
    try {
      return restoreIdentity(engine.getItem(IDENTITY_KEY));
    } catch {
      return null;
    }
  };
  const $identity = atom<Identity | null>(read());
  const stopListening = engine.addChangeListener((key) => {
    if (key === null || key === IDENTITY_KEY) $identity.set(read());
  });

  return {
    $identity,
    save: (input) => {
      const checked = validateIdentity(input);
      if (!checked.ok) return checked;
      try {
        engine.setItem(IDENTITY_KEY, JSON.stringify(checked.identity));
      } catch (error) {
        // Still used on this page: the identity only names who records, it holds no work.
        $identity.set(checked.identity);
        return { ok: false, problems: {}, reason: isQuotaError(error) ? '本机存储空间已满：身份只在本页有效，刷新后需重新选择。' : '浏览器不允许保存：身份只在本页有效，刷新后需重新选择。' };
      }
      $identity.set(checked.identity);
      return { ok: true };
    },
    clear: () => {
      try {
        engine.removeItem(IDENTITY_KEY);
      } catch {
        // Nothing stored to remove.
      }
      $identity.set(null);
    },
    dispose: stopListening,
  };
}

let shared: IdentityStore | null = null;

/** The page's store: on this browser's storage, or in memory where storage is blocked. */
export function identityStore(): IdentityStore {
  shared ??= createIdentityStore(createBrowserEngine() ?? createMemoryEngine());
  return shared;
}

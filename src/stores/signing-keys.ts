/**
 * This browser's signing keys (签名审批), one per manager identity, in
 * IndexedDB: a CryptoKey cannot be written to localStorage, and the private
 * key is created non-extractable, so it never leaves this browser. Losing the
 * browser means creating a new key (old signatures stay valid: the roster
 * keeps the old public key with the day it was retired).
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { exportPublicKey, generateSigningKeys, keyFingerprint, signText } from '../crypto/webcrypto';
import type { Identity } from '../domain/identity/identity';

interface StoredKey {
  privateKey: CryptoKey;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

export interface PublicKeyInfo {
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

let database: UseStore | null = null;
const keyStore = () => (database ??= createStore('playbook-signing', 'keys'));
const keyName = (identity: Identity) => `${identity.role}:${identity.name}`;

/** The identity's key in this browser, or null (also where IndexedDB is unavailable). */
export async function signingKey(identity: Identity): Promise<PublicKeyInfo | null> {
  try {
    const stored = await get<StoredKey>(keyName(identity), keyStore());
    return stored ? { publicKey: stored.publicKey, fingerprint: stored.fingerprint, createdAt: stored.createdAt } : null;
  } catch {
    return null;
  }
}

/** Creates (or replaces) the identity's key; the caller says so on screen first. */
export async function createSigningKey(identity: Identity, now = new Date()): Promise<PublicKeyInfo> {
  const pair = await generateSigningKeys();
  const publicKey = await exportPublicKey(pair.publicKey);
  const info = { publicKey, fingerprint: await keyFingerprint(publicKey), createdAt: now.toISOString() };
  await set(keyName(identity), { ...info, privateKey: pair.privateKey } satisfies StoredKey, keyStore());
  return info;
}

/** The identity's signature of `text`, or null when this browser holds no key for it. */
export async function signAs(identity: Identity, text: string): Promise<{ signer: string; value: string } | null> {
  try {
    const stored = await get<StoredKey>(keyName(identity), keyStore());
    if (!stored) return null;
    return { signer: stored.fingerprint, value: await signText(stored.privateKey, text) };
  } catch {
    return null;
  }
}

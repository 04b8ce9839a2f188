/**
 * WebCrypto, the browser's own: ECDSA P-256 keys, SHA-256, signatures. Runs
 * unchanged in Node (tests, benchmarks), which has the same `crypto.subtle`.
 * Public keys travel as base64 SPKI; a key's fingerprint is the first 16
 * bytes of the SHA-256 of that SPKI, in groups of four hex digits, for
 * reading aloud or checking on paper (3F2A-91C0-…).
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

const subtle = () => globalThis.crypto.subtle;

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (const byte of view) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const raw = atob(text);
    const bytes = new Uint8Array(new ArrayBuffer(raw.length));
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const encode = (text: string) => new TextEncoder().encode(text);

export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtle().digest('SHA-256', encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new pair; the private key cannot be exported (it lives only in this browser's IndexedDB). */
export function generateSigningKeys(): Promise<CryptoKeyPair> {
  return subtle().generateKey(ALGORITHM, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64(await subtle().exportKey('spki', key));
}

/** “3F2A-91C0-…”: 16 bytes of the SPKI's SHA-256, uppercase, in eight groups. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const bytes = fromBase64(publicKey);
  if (!bytes) return '';
  const digest = new Uint8Array(await subtle().digest('SHA-256', bytes)).slice(0, 16);
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  return toBase64(await subtle().sign(SIGNING, privateKey, encode(text)));
}

const imported = new Map<string, Promise<CryptoKey | null>>();

/** The public key as a CryptoKey, cached; null when it is not a P-256 SPKI key. */
function importPublicKey(publicKey: string): Promise<CryptoKey | null> {
  let found = imported.get(publicKey);
  if (!found) {
    const bytes = fromBase64(publicKey);
    found = bytes ? subtle().importKey('spki', bytes, ALGORITHM, true, ['verify']).catch(() => null) : Promise.resolve(null);
    imported.set(publicKey, found);
  }
  return found;
}

/** Whether `signature` is the key's signature of `text`; false for any malformed input. */
export async function verifyText(publicKey: string, text: string, signature: string): Promise<boolean> {
  const key = await importPublicKey(publicKey);
  const bytes = fromBase64(signature);
  if (!key || !bytes) return false;
  try {
    return await subtle().verify(SIGNING, key, bytes, encode(text));
  } catch {
    return false;
  }
}

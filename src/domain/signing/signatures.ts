/**
 * 签名审批: what a manager's signature covers, and what a check of it means.
 *
 * Each record a manager makes on the desk — an application decision, a 团队评审
 * record, a decision on a termination request, guidance on a progress report —
 * is signed over one canonical text: the kind, the file id, what it answers
 * (the submission and its content digest, the request, the report) and every
 * field of the record. Changing any of them, or moving the record to another
 * file, makes the check fail. 代登记 records are the rep's entries of a paper
 * form: unsigned by definition, always shown as 代登记.
 *
 * Pure: the cryptography is passed in (src/crypto/webcrypto.ts in the app).
 */
import { canonicalJson } from '../fingerprint';
import type { ApproverRole } from '../development-file/schema';

export const SIGNATURE_VERSION = 1;

export interface Signature {
  /** The signer key's fingerprint (3F2A-91C0-…). */
  signer: string;
  /** Base64 ECDSA P-256 / SHA-256 signature of the record's canonical text. */
  value: string;
}

export interface RosterEntry {
  name: string;
  role: ApproverRole;
  /** Base64 SPKI. */
  publicKey: string;
  /** YYYY-MM-DD: records made before this day are not this key's. */
  validFrom: string;
  /** YYYY-MM-DD or null: a key retired (lost browser) signs nothing after this day; its older signatures stay valid. */
  validUntil: string | null;
}

/** The canonical text a record's signature covers. */
export function signedText(kind: SignedKind, fileId: string, subject: Record<string, unknown>, record: Record<string, unknown>): string {
  const { signature: _signature, ...fields } = record;
  return canonicalJson({ v: SIGNATURE_VERSION, kind, fileId, subject, record: fields });
}

export type SignedKind = 'approval' | 'team-review' | 'termination-decision' | 'guidance' | 'roster';

export type Verdict =
  | { status: 'unsigned' }
  | { status: 'paper' }
  | { status: 'verified'; signer: RosterEntry; fingerprint: string }
  | { status: 'unknown-signer'; fingerprint: string }
  | { status: 'invalid'; reason: string };

export const VERDICT_LABELS: Readonly<Record<Verdict['status'], string>> = {
  unsigned: '未签名',
  paper: '代登记（未签名）',
  verified: '已验证',
  'unknown-signer': '未知签名人',
  invalid: '签名无效',
};

export interface Crypto {
  verify: (publicKey: string, text: string, signature: string) => Promise<boolean>;
  fingerprint: (publicKey: string) => Promise<string>;
}

/** A roster with each key's fingerprint, computed once. */
export interface KnownKeys {
  byFingerprint: ReadonlyMap<string, RosterEntry>;
}

export async function knownKeys(roster: readonly RosterEntry[], crypto: Pick<Crypto, 'fingerprint'>): Promise<KnownKeys> {
  const entries = await Promise.all(roster.map(async (entry) => [await crypto.fingerprint(entry.publicKey), entry] as const));
  return { byFingerprint: new Map(entries.filter(([fp]) => fp !== '')) };
}

export interface SignedRecord {
  by: string;
  role?: ApproverRole | undefined;
  at: string;
  entry?: 'desk' | 'paper' | undefined;
  signature?: Signature | undefined;
}

/**
 * The check of one record: its signature against the keys of the pinned
 * roster, the signer's name and role against the record's, and the record's
 * time against the key's validity.
 */
export async function verifyRecord(text: string, record: SignedRecord, keys: KnownKeys, crypto: Pick<Crypto, 'verify'>): Promise<Verdict> {
  if (record.entry === 'paper') return { status: 'paper' };
  const signature = record.signature;
  if (!signature) return { status: 'unsigned' };
  const signer = keys.byFingerprint.get(signature.signer);
  if (!signer) return { status: 'unknown-signer', fingerprint: signature.signer };
  if (!(await crypto.verify(signer.publicKey, text, signature.value))) return { status: 'invalid', reason: '签名与内容不符：记录在签名后被改动' };
  if (signer.role !== record.role || signer.name !== record.by.trim()) return { status: 'invalid', reason: '签名人与记录上的身份不符' };
  const day = record.at.slice(0, 10);
  if (day < signer.validFrom || (signer.validUntil !== null && day > signer.validUntil)) return { status: 'invalid', reason: '记录时间不在该密钥的有效期内' };
  return { status: 'verified', signer, fingerprint: signature.signer };
}

/**
 * What counts as the manager's decision once a team signs: a verified
 * signature; a 代登记 (shown as such) only where the company allows it, since
 * no browser can check a paper form and anyone can type one into a file.
 */
export function counts(verdict: Verdict, paperCounts = false): boolean {
  return verdict.status === 'verified' || (paperCounts && verdict.status === 'paper');
}

/** The text a roster change is signed over by a 总经理 of the pinned roster. */
export function rosterText(roster: readonly RosterEntry[]): string {
  return canonicalJson({ v: SIGNATURE_VERSION, kind: 'roster', roster });
}

export type RosterCheck =
  | { kind: 'same' }
  /** Nothing pinned yet: the user confirms the roster (with its fingerprint) before it is trusted. */
  | { kind: 'first' }
  | { kind: 'signed'; by: RosterEntry }
  | { kind: 'refused'; reason: string };

/**
 * Whether a settings file's roster may replace the pinned one: the same, the
 * first ever (to be confirmed), or changed and signed by a 总经理 key of the
 * pinned roster. Anything else is refused and nothing changes.
 */
export async function checkRosterChange(
  pinned: readonly RosterEntry[] | null,
  incoming: readonly RosterEntry[],
  signature: Signature | undefined,
  crypto: Crypto,
): Promise<RosterCheck> {
  if (pinned === null) return { kind: 'first' };
  if (rosterText(pinned) === rosterText(incoming)) return { kind: 'same' };
  if (!signature) return { kind: 'refused', reason: '管理人员名单有变更，但没有总经理的签名：未导入，本机设置没有任何改变。' };
  const keys = await knownKeys(pinned, crypto);
  const signer = keys.byFingerprint.get(signature.signer);
  if (!signer || signer.role !== 'generalManager') {
    return { kind: 'refused', reason: '管理人员名单的签名人不是本机已确认名单中的总经理：未导入，本机设置没有任何改变。' };
  }
  if (!(await crypto.verify(signer.publicKey, rosterText(incoming), signature.value))) {
    return { kind: 'refused', reason: '管理人员名单的签名无效（名单在签名后被改动）：未导入，本机设置没有任何改变。' };
  }
  return { kind: 'signed', by: signer };
}

/** A record's check in words for print: “签名已验证：营销部长 李娜，密钥 3F2A-…”. */
export function verdictMark(verdict: Verdict): string {
  switch (verdict.status) {
    case 'verified':
      return `签名已验证：${verdict.signer.role === 'generalManager' ? '总经理' : '营销部长'} ${verdict.signer.name}，密钥 ${verdict.fingerprint}`;
    case 'invalid':
      return `签名无效：${verdict.reason}`;
    case 'unknown-signer':
      return `未知签名人：密钥 ${verdict.fingerprint}`;
    case 'paper':
      return '代登记，未签名';
    case 'unsigned':
      return '未签名';
  }
}

/** Every check of a file in words, by record key, for the PDFs. */
export function verdictMarks(verdicts: ReadonlyMap<string, Verdict>): Record<string, string> {
  return Object.fromEntries([...verdicts].map(([key, verdict]) => [key, verdictMark(verdict)]));
}

/**
 * 签名审批 state of this browser: the pinned roster (the managers whose
 * signatures it trusts, confirmed once by the user) in localStorage, and the
 * checks of every file's manager records against it, recomputed whenever the
 * files or the roster change (WebCrypto is asynchronous, so the checks arrive
 * a moment after the files).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { keyFingerprint, sha256Hex, verifyText } from '../crypto/webcrypto';
import { submissionIsCurrent } from '../domain/development-file/application-state';
import type { DevelopmentFile } from '../domain/development-file/schema';
import { applicationContentText, fileRecords, verifyFile } from '../domain/signing/file-records';
import { knownKeys, rosterText, type KnownKeys, type RosterEntry, type Verdict } from '../domain/signing/signatures';
import { countedFile, type Verdicts } from '../domain/signing/trusted';
import { rosterEntrySchema } from '../domain/settings/company-settings';
import { z } from '../domain/zod';
import { $fileList } from './development-files';
import { settingsStore } from './company-settings';
import { createBrowserEngine, createMemoryEngine, type StorageEngine } from './storage-engine';

export const ROSTER_KEY = 'playbook:pinned-roster';
const pinnedSchema = z.object({ roster: z.array(rosterEntrySchema).max(50), pinnedAt: z.string() });
export type PinnedRoster = z.infer<typeof pinnedSchema>;

export const CRYPTO = { verify: verifyText, fingerprint: keyFingerprint };

function readPinned(engine: StorageEngine): PinnedRoster | null {
  try {
    const raw = engine.getItem(ROSTER_KEY);
    if (raw === null) return null;
    const parsed = pinnedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let engine: StorageEngine | null = null;
const storage = () => (engine ??= createBrowserEngine() ?? createMemoryEngine());

const $pinnedAtom = atom<PinnedRoster | null>(null);
let started = false;
let stopListening = () => {};
function start() {
  if (started) return;
  started = true;
  $pinnedAtom.set(readPinned(storage()));
  stopListening = storage().addChangeListener((key) => {
    if (key === null || key === ROSTER_KEY) $pinnedAtom.set(readPinned(storage()));
  });
}

/** Replaces the storage (tests, or a non-browser host) and reads the pinned roster from it. */
export function setSigningEngine(next: StorageEngine): void {
  stopListening();
  engine = next;
  started = false;
  start();
}

export function pinnedRoster(): ReadableAtom<PinnedRoster | null> {
  start();
  return $pinnedAtom;
}

/** Trusts this roster from now on (the first one, confirmed by the user, or a change a pinned 总经理 signed). */
export function pinRoster(roster: readonly RosterEntry[], now = new Date()): { ok: true } | { ok: false; reason: string } {
  start();
  const pinned = { roster: [...roster], pinnedAt: now.toISOString() };
  try {
    storage().setItem(ROSTER_KEY, JSON.stringify(pinned));
  } catch {
    return { ok: false, reason: '浏览器不允许保存，名单没有确认。' };
  }
  $pinnedAtom.set(pinned);
  return { ok: true };
}

/** A short fingerprint of a roster, shown when the user confirms it. */
export async function rosterFingerprint(roster: readonly RosterEntry[]): Promise<string> {
  const hex = (await sha256Hex(rosterText(roster))).slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

/** A file's checks, each with the exact text it checked (a record changed since is not checked yet). */
interface FileChecks {
  verdicts: Verdicts;
  texts: ReadonlyMap<string, string>;
}

/** Every file's checks, by file id; absent while they are being computed, or when no roster is pinned. */
const $verdictsAtom = atom<ReadonlyMap<string, FileChecks>>(new Map());
let generation = 0;

/**
 * Each file's last checks, with what they were computed from: a save that
 * changes nothing a signature covers (almost every keystroke) reuses them, so
 * typing with hundreds of signed files never re-verifies them all.
 */
const cache = new Map<string, { from: string; checks: FileChecks }>();
let cachedRoster = '';

async function checkFile(file: DevelopmentFile, keys: KnownKeys): Promise<FileChecks> {
  const records = fileRecords(file);
  const texts = new Map(records.map((r) => [r.key, r.text]));
  const current = submissionIsCurrent(file);
  const content = records.some((r) => r.key.startsWith('approval:')) ? applicationContentText(file) : '';
  const from = JSON.stringify([[...texts], content, current]);
  const hit = cache.get(file.id);
  if (hit?.from === from) return hit.checks;
  const verdicts = new Map<string, Verdict>(await verifyFile(file, keys, CRYPTO));
  if (content !== '') {
    // A signed decision is for the content it saw: the same submission with other content is a forgery.
    const digest = await sha256Hex(content);
    for (const role of ['marketingManager', 'generalManager'] as const) {
      const approval = file.application.approvals[role];
      const key = `approval:${role}`;
      if (approval && verdicts.get(key)?.status === 'verified' && current && approval.contentDigest !== digest) {
        verdicts.set(key, { status: 'invalid', reason: '申请内容与签名时不同' });
      }
    }
  }
  const checks = { verdicts, texts };
  cache.set(file.id, { from, checks });
  return checks;
}

async function recompute(files: readonly DevelopmentFile[], pinned: PinnedRoster | null) {
  const mine = ++generation;
  if (!pinned) {
    $verdictsAtom.set(new Map());
    return;
  }
  const roster = rosterText(pinned.roster);
  if (roster !== cachedRoster) {
    cache.clear();
    cachedRoster = roster;
  }
  const keys = await knownKeys(pinned.roster, CRYPTO);
  const entries = await Promise.all(files.map(async (file) => [file.id, await checkFile(file, keys)] as const));
  if (mine === generation) $verdictsAtom.set(new Map(entries));
}

let watching = false;
/** The checks of every stored file's records, kept current. */
export function verdicts(): ReadableAtom<ReadonlyMap<string, FileChecks>> {
  if (!watching) {
    watching = true;
    start();
    const run = () => void recompute($fileList.get(), $pinnedAtom.get());
    $fileList.listen(run);
    $pinnedAtom.listen(run);
    run();
  }
  return $verdictsAtom;
}

/**
 * The file as the rules should count it: with a pinned roster, records whose
 * check fails (or is not done yet) are left out.
 */
export function counted(file: DevelopmentFile): DevelopmentFile {
  if ($pinnedAtom.get() === null) return file;
  return countedFile(file, currentVerdicts(file), settingsStore().$rules.get().paperEntriesCount);
}

/** The checks that still apply to the file as it is now: records changed since their check have none. */
export function currentVerdicts(file: DevelopmentFile): Verdicts {
  const checks = $verdictsAtom.get().get(file.id);
  if (!checks) return new Map();
  const now = new Map(fileRecords(file).map((r) => [r.key, r.text]));
  return new Map([...checks.verdicts].filter(([key]) => checks.texts.get(key) === now.get(key)));
}


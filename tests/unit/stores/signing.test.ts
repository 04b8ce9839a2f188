import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { keyFingerprint, sha256Hex, verifyText } from '../../../src/crypto/webcrypto';
import { applicationFingerprint, submitApplication } from '../../../src/domain/development-file/application-state';
import type { Approval, DevelopmentFile } from '../../../src/domain/development-file/schema';
import { applicationContentText, approvalText } from '../../../src/domain/signing/file-records';
import { setStorageEngine, updateFile } from '../../../src/stores/development-files';
import { encodeEnvelope, fileKey } from '../../../src/stores/file-envelope';
import { counted, currentVerdicts, pinnedRoster, pinRoster, rosterFingerprint, verdicts } from '../../../src/stores/signing';
import { createSigningKey, signAs, signingKey } from '../../../src/stores/signing-keys';
import { createMemoryEngine } from '../../../src/stores/storage-engine';
import { atStage, completeFile } from '../development-file/fixtures';

const LINA = { name: '李娜', role: 'marketingManager' as const };

describe('signing keys in IndexedDB', () => {
  test('a key per identity: created once, its fingerprint kept, signing with it verifies; no key, no signature', async () => {
    expect(await signingKey(LINA)).toBeNull();
    const created = await createSigningKey(LINA, new Date('2026-12-06T08:00:00Z'));
    expect(created.fingerprint).toBe(await keyFingerprint(created.publicKey));
    expect(await signingKey(LINA)).toEqual(created);
    const signature = await signAs(LINA, '同意');
    expect(signature?.signer).toBe(created.fingerprint);
    expect(await verifyText(created.publicKey, '同意', signature?.value ?? '')).toBe(true);
    expect(await signAs({ name: '王强', role: 'generalManager' }, '同意')).toBeNull();
  });
});

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('the pinned roster and the checks of stored files', () => {
  test('without a roster nothing is removed; with one, only verified (and 代登记) records count', async () => {
    const key = (await signingKey(LINA)) ?? (await createSigningKey(LINA));
    const base = submitApplication({ ...atStage(completeFile('sg-1'), 'application') }, '2026-11-30T08:00:00.000Z', '2026-11-30');
    const digest = await sha256Hex(applicationContentText(base));
    const approval: Approval = { decision: 'approved', comment: '同意', by: '李娜', role: 'marketingManager', at: '2026-12-01T08:00:00.000Z', entry: 'desk', contentDigest: digest };
    const signature = await signAs(LINA, approvalText(base.id, 'marketingManager', base.application.submittedAt, approval));
    const signed: DevelopmentFile = { ...base, application: { ...base.application, approvals: { marketingManager: { ...approval, signature: signature ?? undefined }, generalManager: null } } };
    const forged: DevelopmentFile = { ...signed, id: 'sg-2', application: { ...signed.application, approvals: { marketingManager: { ...approval, comment: '改过', signature: signature ?? undefined }, generalManager: null } } };
    // The content changed and its submission fingerprint recomputed to match: only the signed digest tells.
    const base3 = { ...base, id: 'sg-3' };
    const approval3: Approval = { ...approval, contentDigest: await sha256Hex(applicationContentText(base3)) };
    const signature3 = await signAs(LINA, approvalText('sg-3', 'marketingManager', base3.application.submittedAt, approval3));
    const signed3 = { ...base3, application: { ...base3.application, approvals: { marketingManager: { ...approval3, signature: signature3 ?? undefined }, generalManager: null } } };
    const recomputed = { ...signed3, application: { ...signed3.application, expectedAnnualPurchase: 6000 } };
    const content: DevelopmentFile = { ...recomputed, application: { ...recomputed.application, submittedFingerprint: applicationFingerprint(recomputed) } };
    const engine = createMemoryEngine();
    for (const file of [signed, forged, content]) engine.setItem(fileKey(file.id), encodeEnvelope(file, '2026-12-01T08:00:00.000Z'));
    setStorageEngine(engine);

    expect(pinnedRoster().get()).toBeNull();
    expect(counted(forged)).toBe(forged);
    const checks = verdicts();
    expect(pinRoster([{ name: '李娜', role: 'marketingManager', publicKey: key.publicKey, validFrom: '2026-01-01', validUntil: null }])).toEqual({ ok: true });
    expect(pinnedRoster().get()?.roster).toHaveLength(1);
    await until(() => checks.get().size === 3);
    expect(currentVerdicts(content).get('approval:marketingManager')).toEqual({ status: 'invalid', reason: '申请内容与签名时不同' });

    expect(currentVerdicts(signed).get('approval:marketingManager')?.status).toBe('verified');
    expect(counted(signed).application.approvals.marketingManager?.by).toBe('李娜');
    expect(currentVerdicts(forged).get('approval:marketingManager')?.status).toBe('invalid');
    expect(counted(forged).application.approvals.marketingManager).toBeNull();
    // A record changed after its check is not counted until checked again.
    const changedSince = { ...signed, application: { ...signed.application, approvals: { marketingManager: { ...approval, decision: 'rejected' as const }, generalManager: null } } };
    expect(currentVerdicts(changedSince).has('approval:marketingManager')).toBe(false);
    expect(counted(changedSince).application.approvals.marketingManager).toBeNull();
    expect(await rosterFingerprint(pinnedRoster().get()?.roster ?? [])).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);

    // A save that changes nothing a signature covers reuses the file's checks; one that does, recomputes them.
    const before = checks.get().get('sg-1');
    updateFile('sg-1', (f) => ({ ...f, review: { ...f.review, successPoints: '首单顺利' } }));
    await until(() => checks.get().get('sg-1') !== undefined && checks.get() !== null && [...checks.get().keys()].length === 3);
    await new Promise((r) => setTimeout(r, 20));
    expect(checks.get().get('sg-1')).toBe(before);
    updateFile('sg-1', (f) => ({ ...f, application: { ...f.application, reasons: '改了理由' } }));
    await until(() => checks.get().get('sg-1') !== before);
    // The content changed after the decision: the submission is no longer current, so the decision stands as verified for its version.
    expect(checks.get().get('sg-1')?.verdicts.get('approval:marketingManager')?.status).toBe('verified');
  });
});

describe('the pinned roster in storage', () => {
  const entry = { name: '王强', role: 'generalManager' as const, publicKey: 'A'.repeat(120), validFrom: '2026-01-01', validUntil: null };

  test('a broken stored roster is none; another tab’s pin is seen; a full storage refuses to pin and says so', async () => {
    const { setSigningEngine, ROSTER_KEY } = await import('../../../src/stores/signing');
    const engine = createMemoryEngine();
    engine.setItem(ROSTER_KEY, '{not json');
    setSigningEngine(engine);
    expect(pinnedRoster().get()).toBeNull();
    engine.openTab().setItem(ROSTER_KEY, JSON.stringify({ roster: [entry], pinnedAt: '2026-12-06T08:00:00.000Z' }));
    expect(pinnedRoster().get()?.roster[0]?.name).toBe('王强');
    engine.openTab().setItem(ROSTER_KEY, JSON.stringify({ roster: 'nope' }));
    expect(pinnedRoster().get()).toBeNull();
    setSigningEngine(createMemoryEngine({ quotaBytes: 10 }));
    expect(pinRoster([entry])).toEqual({ ok: false, reason: '浏览器不允许保存，名单没有确认。' });
    expect(pinnedRoster().get()).toBeNull();
    // With no roster the checks are dropped.
    await until(() => verdicts().get().size === 0);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportPublicKey, generateSigningKeys, keyFingerprint, sha256Hex, signText, verifyText } from '../../../src/crypto/webcrypto';
import type { Approval, DevelopmentFile } from '../../../src/domain/development-file/schema';
import { applicationContentText, approvalText, fileRecords, verifyFile } from '../../../src/domain/signing/file-records';
import {
  checkRosterChange,
  counts,
  knownKeys,
  rosterText,
  signedText,
  verifyRecord,
  type RosterEntry,
} from '../../../src/domain/signing/signatures';
import { atStage, completeFile } from '../development-file/fixtures';

const crypto = { verify: verifyText, fingerprint: keyFingerprint };

async function manager(name: string, role: RosterEntry['role'], validFrom = '2026-01-01', validUntil: string | null = null) {
  const keys = await generateSigningKeys();
  const publicKey = await exportPublicKey(keys.publicKey);
  const entry: RosterEntry = { name, role, publicKey, validFrom, validUntil };
  return { keys, entry, fingerprint: await keyFingerprint(publicKey) };
}

const AT = '2026-12-01T08:00:00.000Z';

async function signedApproval(m: Awaited<ReturnType<typeof manager>>, fileId: string, submittedAt: string, contentDigest: string, at = AT): Promise<Approval> {
  const approval: Approval = { decision: 'approved', comment: '同意开发。', by: m.entry.name, role: m.entry.role, at, entry: 'desk', contentDigest };
  const value = await signText(m.keys.privateKey, approvalText(fileId, m.entry.role, submittedAt, approval));
  return { ...approval, signature: { signer: m.fingerprint, value } };
}

describe('what a signature covers', () => {
  test('the canonical text ignores the order of fields and keeps any Unicode exactly', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ unit: 'grapheme' })), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        const text = signedText('guidance', 'f1', { b: 1, a: 2 }, record);
        expect(signedText('guidance', 'f1', { a: 2, b: 1 }, reversed)).toBe(text);
        const parsed = JSON.parse(text) as { record: Record<string, string> };
        expect(Object.keys(parsed.record).sort()).toEqual(Object.keys(record).filter((k) => k !== 'signature').sort());
      }),
    );
  });

  test('a key’s fingerprint is 8 groups of 4 hex digits, the same every time', async () => {
    const m = await manager('李娜', 'marketingManager');
    expect(m.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    expect(await keyFingerprint(m.entry.publicKey)).toBe(m.fingerprint);
  });
});

describe('checking a signed decision', () => {
  test('a valid signature verifies; any change of what it covers fails', async () => {
    const m = await manager('李娜', 'marketingManager');
    const keys = await knownKeys([m.entry], crypto);
    const digest = await sha256Hex('申请表内容');
    const approval = await signedApproval(m, 'f1', '2026-11-30T08:00:00.000Z', digest);
    const check = (fileId: string, submittedAt: string, a: Approval) => verifyRecord(approvalText(fileId, 'marketingManager', submittedAt, a), a, keys, crypto);
    const ok = await check('f1', '2026-11-30T08:00:00.000Z', approval);
    expect(ok).toMatchObject({ status: 'verified', fingerprint: m.fingerprint, signer: { name: '李娜' } });
    expect(counts(ok)).toBe(true);
    const tampered = [
      await check('f1', '2026-11-30T08:00:00.000Z', { ...approval, comment: '同意开发！' }),
      await check('f1', '2026-11-30T08:00:00.000Z', { ...approval, decision: 'rejected' }),
      await check('f1', '2026-11-30T08:00:00.000Z', { ...approval, at: '2026-12-02T08:00:00.000Z' }),
      await check('f1', '2026-11-30T08:00:00.000Z', { ...approval, contentDigest: await sha256Hex('改过的申请表') }),
      await check('f1', '2026-12-01T08:00:00.000Z', approval),
      await check('f2', '2026-11-30T08:00:00.000Z', approval),
    ];
    for (const verdict of tampered) {
      expect(verdict.status).toBe('invalid');
      expect(counts(verdict)).toBe(false);
    }
  });

  test('a key outside the roster is 未知签名人; a key signing under another name or role is invalid', async () => {
    const m = await manager('李娜', 'marketingManager');
    const outsider = await manager('赵六', 'generalManager');
    const keys = await knownKeys([m.entry], crypto);
    const foreign = await signedApproval(outsider, 'f1', AT, await sha256Hex('x'));
    const text = approvalText('f1', 'generalManager', AT, foreign);
    expect(await verifyRecord(text, foreign, keys, crypto)).toEqual({ status: 'unknown-signer', fingerprint: outsider.fingerprint });
    // The 营销部长's key signing a record that claims the 总经理.
    const claimed: Approval = { ...(await signedApproval(m, 'f1', AT, await sha256Hex('x'))), role: 'generalManager' };
    const value = await signText(m.keys.privateKey, approvalText('f1', 'generalManager', AT, claimed));
    const asGeneral = { ...claimed, signature: { signer: m.fingerprint, value } };
    expect(await verifyRecord(approvalText('f1', 'generalManager', AT, asGeneral), asGeneral, keys, crypto)).toMatchObject({
      status: 'invalid',
      reason: '签名人与记录上的身份不符',
    });
  });

  test('unsigned desk records do not count; 代登记 is shown as such and counts only where the company allows it', async () => {
    const keys = await knownKeys([], crypto);
    const plain: Approval = { decision: 'approved', comment: '', by: '李娜', at: AT, entry: 'desk' };
    expect(await verifyRecord('x', plain, keys, crypto)).toEqual({ status: 'unsigned' });
    expect(counts({ status: 'unsigned' })).toBe(false);
    expect(await verifyRecord('x', { ...plain, entry: 'paper' }, keys, crypto)).toEqual({ status: 'paper' });
    // Anyone can type a 代登记 into a file: by default it does not count once a team signs.
    expect(counts({ status: 'paper' })).toBe(false);
    expect(counts({ status: 'paper' }, true)).toBe(true);
  });

  test('key rotation: a retired key’s earlier signatures stay valid, later ones do not; the new key signs from its day', async () => {
    const old = await manager('李娜', 'marketingManager', '2026-01-01', '2026-11-30');
    const next = await manager('李娜', 'marketingManager', '2026-12-01');
    const keys = await knownKeys([old.entry, next.entry], crypto);
    const digest = await sha256Hex('x');
    const before = await signedApproval(old, 'f1', AT, digest, '2026-11-20T08:00:00.000Z');
    const after = await signedApproval(old, 'f1', AT, digest, '2026-12-03T08:00:00.000Z');
    const fresh = await signedApproval(next, 'f1', AT, digest, '2026-12-03T08:00:00.000Z');
    const verdict = (a: Approval) => verifyRecord(approvalText('f1', 'marketingManager', AT, a), a, keys, crypto);
    expect((await verdict(before)).status).toBe('verified');
    expect(await verdict(after)).toMatchObject({ status: 'invalid', reason: '记录时间不在该密钥的有效期内' });
    expect((await verdict(fresh)).status).toBe('verified');
  });

  test('a file’s records are all found and checked: current and earlier rounds, team review, termination, guidance', async () => {
    const m = await manager('李娜', 'marketingManager');
    const file = atStage(completeFile(), 'execution');
    const digest = await sha256Hex(applicationContentText(file));
    const approval = await signedApproval(m, file.id, file.application.submittedAt ?? '', digest);
    const signed = { ...file, application: { ...file.application, approvals: { marketingManager: approval, generalManager: null } } };
    expect(fileRecords(signed).map((r) => r.key)).toEqual(['approval:marketingManager', 'team-review']);
    const verdicts = await verifyFile(signed, await knownKeys([m.entry], crypto), crypto);
    expect(verdicts.get('approval:marketingManager')?.status).toBe('verified');
    expect(verdicts.get('team-review')?.status).toBe('unsigned');
  });
});

describe('changing the roster', () => {
  test('first roster is confirmed by the user; the same roster passes; a change needs a 总经理 of the pinned roster', async () => {
    const general = await manager('王强', 'generalManager');
    const marketing = await manager('李娜', 'marketingManager');
    const outsider = await manager('赵六', 'generalManager');
    const pinned = [general.entry, marketing.entry];
    const changed = [general.entry, { ...marketing.entry, name: '李娜娜' }];
    const sign = async (m: typeof general, roster: RosterEntry[]) => ({ signer: m.fingerprint, value: await signText(m.keys.privateKey, rosterText(roster)) });

    expect(await checkRosterChange(null, pinned, undefined, crypto)).toEqual({ kind: 'first' });
    expect(await checkRosterChange(pinned, [...pinned], undefined, crypto)).toEqual({ kind: 'same' });
    expect(await checkRosterChange(pinned, changed, undefined, crypto)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('没有总经理的签名') });
    expect(await checkRosterChange(pinned, changed, await sign(general, changed), crypto)).toMatchObject({ kind: 'signed', by: { name: '王强' } });
    expect(await checkRosterChange(pinned, changed, await sign(marketing, changed), crypto)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('不是本机已确认名单中的总经理') });
    expect(await checkRosterChange(pinned, changed, await sign(outsider, changed), crypto)).toMatchObject({ kind: 'refused' });
    // Signed, then changed again.
    const signature = await sign(general, changed);
    expect(await checkRosterChange(pinned, [...changed, outsider.entry], signature, crypto)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('签名无效') });
  });
});

describe('every kind of record, signed and counted', () => {
  test('team review, termination decision and guidance are found, signed in place and checked; only what passes counts', async () => {
    const { attachSignature } = await import('../../../src/domain/signing/file-records');
    const { countedFile } = await import('../../../src/domain/signing/trusted');
    const m = await manager('李娜', 'marketingManager');
    const base = atStage(completeFile(), 'execution');
    const file: DevelopmentFile = {
      ...base,
      application: { ...base.application, approvals: { marketingManager: null, generalManager: null } },
      survey: { ...base.survey, teamReviewRecord: base.survey.teamReviewRecord && { ...base.survey.teamReviewRecord, by: '李娜' } },
      execution: {
        ...base.execution,
        termination: {
          reason: '拖欠',
          informed: '李娜',
          requestedAt: AT,
          confirmedAt: null,
          decision: { decision: 'continue' as const, comment: '已和解', by: '李娜', role: 'marketingManager' as const, at: AT, entry: 'desk' as const },
        },
        progressReports: [{ id: 'r1', date: '2026-11-25', progress: '进展', achievements: '', problems: '', guidance: '先谈账期', guidanceBy: '李娜', guidanceAt: AT, guidanceRole: 'marketingManager' as const }],
      },
    };
    let signed = file;
    for (const record of fileRecords(file)) {
      signed = attachSignature(signed, record.key, { signer: m.fingerprint, value: await signText(m.keys.privateKey, record.text) });
    }
    expect(fileRecords(signed).map((r) => r.key)).toEqual(['team-review', 'termination', 'guidance:r1']);
    const keys = await knownKeys([m.entry], crypto);
    const verdicts = await verifyFile(signed, keys, crypto);
    expect([...verdicts.values()].map((v) => v.status)).toEqual(['verified', 'verified', 'verified']);
    expect(countedFile(signed, verdicts)).toEqual(signed);

    // Changed after signing: the guidance and the termination reason.
    const tampered = {
      ...signed,
      execution: {
        ...signed.execution,
        termination: signed.execution.termination && { ...signed.execution.termination, reason: '改过的原因' },
        progressReports: signed.execution.progressReports.map((r) => ({ ...r, guidance: '改过的指导' })),
      },
    };
    const after = await verifyFile(tampered, keys, crypto);
    expect(after.get('termination')?.status).toBe('invalid');
    expect(after.get('guidance:r1')?.status).toBe('invalid');
    const view = countedFile(tampered, after);
    expect(view.execution.termination?.decision).toBeNull();
    expect(view.execution.progressReports[0]?.guidance).toBe('');
    expect(view.survey.teamReviewRecord).not.toBeNull();
    // No roster: nothing is removed. Not checked yet: nothing counts but 代登记.
    expect(countedFile(tampered, undefined)).toBe(tampered);
    const unchecked = countedFile(tampered, new Map());
    expect(unchecked.survey.teamReviewRecord).toBeNull();
    expect(attachSignature(base, 'termination', { signer: m.fingerprint, value: 'x' })).toBe(base);
  });
});

describe('代登记 once a team signs', () => {
  test('a typed-in 代登记 approval counts only where the company lets paper entries count', async () => {
    const { countedFile } = await import('../../../src/domain/signing/trusted');
    const base = atStage(completeFile(), 'application');
    const paper: Approval = { decision: 'approved', comment: '', by: '王总', at: AT, entry: 'paper' };
    const file = { ...base, application: { ...base.application, approvals: { marketingManager: paper, generalManager: paper } } };
    const verdicts = await verifyFile(file, await knownKeys([], crypto), crypto);
    expect(verdicts.get('approval:generalManager')).toEqual({ status: 'paper' });
    expect(countedFile(file, verdicts).application.approvals.generalManager).toBeNull();
    expect(countedFile(file, verdicts, true).application.approvals.generalManager).toEqual(paper);
    expect(countedFile(file, new Map(), true).application.approvals.marketingManager).toEqual(paper);
  });
});

describe('checks in words, for print', () => {
  test('each status says what it is, a verified one with the signer and the key', async () => {
    const { verdictMarks } = await import('../../../src/domain/signing/signatures');
    const signer: RosterEntry = { name: '王强', role: 'generalManager', publicKey: 'x', validFrom: '2026-01-01', validUntil: null };
    expect(
      verdictMarks(
        new Map([
          ['a', { status: 'verified', signer, fingerprint: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111' }],
          ['b', { status: 'invalid', reason: '签名人与记录上的身份不符' }],
          ['c', { status: 'unknown-signer', fingerprint: '1111-2222-3333-4444-5555-6666-7777-8888' }],
          ['d', { status: 'paper' }],
          ['e', { status: 'unsigned' }],
        ]),
      ),
    ).toEqual({
      a: '签名已验证：总经理 王强，密钥 AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111',
      b: '签名无效：签名人与记录上的身份不符',
      c: '未知签名人：密钥 1111-2222-3333-4444-5555-6666-7777-8888',
      d: '代登记，未签名',
      e: '未签名',
    });
  });
});

/**
 * 签名审批 on load: checking every manager record of 500 files against the
 * pinned roster (issue target: ≤ 200 ms here). Each file carries two signed
 * application decisions, a signed 团队评审 and signed guidance.
 */
import { expect, test } from 'vitest';
import { exportPublicKey, generateSigningKeys, keyFingerprint, sha256Hex, signText, verifyText } from '../../src/crypto/webcrypto';
import type { Approval, DevelopmentFile } from '../../src/domain/development-file/schema';
import { applicationContentText, approvalText, teamReviewText, verifyFile } from '../../src/domain/signing/file-records';
import { knownKeys, type RosterEntry } from '../../src/domain/signing/signatures';
import { typicalCompleteFile } from '../helpers/typical-file';

const crypto = { verify: verifyText, fingerprint: keyFingerprint };

async function member(name: string, role: RosterEntry['role']) {
  const keys = await generateSigningKeys();
  const publicKey = await exportPublicKey(keys.publicKey);
  return { keys, fingerprint: await keyFingerprint(publicKey), entry: { name, role, publicKey, validFrom: '2026-01-01', validUntil: null } as RosterEntry };
}

const marketing = await member('李娜', 'marketingManager');
const general = await member('王强', 'generalManager');

async function signedFile(i: number): Promise<DevelopmentFile> {
  const file = typicalCompleteFile(`bench-${i}`, `客户${i}`);
  const contentDigest = await sha256Hex(applicationContentText(file));
  const sign = async (m: typeof marketing, at: string): Promise<Approval> => {
    const approval: Approval = { decision: 'approved', comment: '同意', by: m.entry.name, role: m.entry.role, at, entry: 'desk', contentDigest };
    const value = await signText(m.keys.privateKey, approvalText(file.id, m.entry.role, file.application.submittedAt, approval));
    return { ...approval, signature: { signer: m.fingerprint, value } };
  };
  const review = { heldOn: '2026-03-28', participants: '李娜、张伟', conclusion: 'focus' as const, comment: '', by: '李娜', role: 'marketingManager' as const, at: '2026-03-28T02:00:00.000Z', entry: 'desk' as const };
  const withReview = { ...file, survey: { ...file.survey, teamReviewRecord: review } };
  const reviewSignature = { signer: marketing.fingerprint, value: await signText(marketing.keys.privateKey, teamReviewText(withReview, review)) };
  return {
    ...withReview,
    survey: { ...withReview.survey, teamReviewRecord: { ...review, signature: reviewSignature } },
    application: {
      ...file.application,
      approvals: { marketingManager: await sign(marketing, '2026-04-08T02:00:00.000Z'), generalManager: await sign(general, '2026-04-14T02:00:00.000Z') },
    },
  };
}

const files = await Promise.all(Array.from({ length: 500 }, (_, i) => signedFile(i)));
const roster = [marketing.entry, general.entry];

test('签名审批: checking 500 files on load', { timeout: 120_000 }, async ({ bench }) => {
  expect(files).toHaveLength(500);
  await bench.compare(
    bench('verify every manager record of 500 files (2 decisions + 团队评审 + guidance each)', async () => {
      const keys = await knownKeys(roster, crypto);
      await Promise.all(files.map((file) => verifyFile(file, keys, crypto)));
    }),
    bench('verify the records of one file', async () => {
      const keys = await knownKeys(roster, crypto);
      await verifyFile(files[0] as DevelopmentFile, keys, crypto);
    }),
    { time: 3000, warmupIterations: 2 },
  );
});

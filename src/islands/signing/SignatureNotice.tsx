/**
 * The records of a file whose signature check keeps them from counting, said
 * in red with the reason; and how many are verified. Nothing when the team
 * has not pinned a roster (signing is off).
 */
import { APPROVER_ROLE_LABELS } from '../../domain/development-file/labels';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { fileRecords } from '../../domain/signing/file-records';
import { counts, VERDICT_LABELS, type Verdict } from '../../domain/signing/signatures';
import { useRules } from '../settings/use-rules';
import type { Verdicts } from '../../domain/signing/trusted';

function recordName(key: string): string {
  const [kind, a, b] = key.split(':');
  const role = (b ?? a) as keyof typeof APPROVER_ROLE_LABELS;
  switch (kind) {
    case 'approval':
      return `${APPROVER_ROLE_LABELS[role] ?? ''}审批`;
    case 'round':
      return `第 ${Number(a) + 1} 次提交的${APPROVER_ROLE_LABELS[role] ?? ''}审批`;
    case 'team-review':
      return '团队评审结论';
    case 'termination':
      return '终止申请的上级决定';
    default:
      return '进度报表的指导意见';
  }
}

function reason(verdict: Verdict): string {
  switch (verdict.status) {
    case 'invalid':
      return `${VERDICT_LABELS.invalid}：${verdict.reason}`;
    case 'unknown-signer':
      return `${VERDICT_LABELS['unknown-signer']}（${verdict.fingerprint}）：签名的密钥不在本机确认的管理人员名单中`;
    case 'unsigned':
      return `${VERDICT_LABELS.unsigned}：没有经签名的决定不计入`;
    case 'paper':
      return `${VERDICT_LABELS.paper}：本团队开启签名审批后，代登记只作记录，不计入（可在公司设置中更改）`;
    default:
      return VERDICT_LABELS[verdict.status];
  }
}

export function SignatureNotice({ file, checks, signing }: { file: DevelopmentFile; checks: Verdicts; signing: boolean }) {
  const paperCounts = useRules().paperEntriesCount;
  if (!signing) return null;
  const records = fileRecords(file);
  const failing = records.flatMap((r) => {
    const verdict = checks.get(r.key);
    return verdict && !counts(verdict, paperCounts) ? [{ key: r.key, verdict }] : [];
  });
  const verified = records.flatMap((r) => {
    const verdict = checks.get(r.key);
    return verdict?.status === 'verified' ? [{ key: r.key, verdict }] : [];
  });
  if (failing.length === 0 && verified.length === 0) return null;
  return (
    <div className={failing.length > 0 ? 'notice notice-warning signature-notice has-problems' : 'notice signature-notice'} role={failing.length > 0 ? 'alert' : undefined}>
      {failing.length > 0 && (
        <>
          <p>
            <strong>以下记录的签名检查未通过，不计入（档案停在此前的状态）：</strong>
          </p>
          <ul>
            {failing.map(({ key, verdict }) => (
              <li key={key} className="signature-bad">
                {recordName(key)}：{reason(verdict)}
              </li>
            ))}
          </ul>
        </>
      )}
      {verified.length > 0 && (
        <ul className="plain-list signature-good">
          {verified.map(({ key, verdict }) =>
            verdict.status === 'verified' ? (
              <li key={key}>
                {recordName(key)}：已验证（{APPROVER_ROLE_LABELS[verdict.signer.role]} {verdict.signer.name}，密钥 {verdict.fingerprint}）
              </li>
            ) : null,
          )}
        </ul>
      )}
    </div>
  );
}

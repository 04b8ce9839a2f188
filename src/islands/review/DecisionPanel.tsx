/**
 * The desk's decision panel for one file (sticky beside the file on wide
 * screens): where the application stands, the form of the role whose turn it
 * is (3.2 before 3.4), and the way back to the rep. What the rep's 4.1.2
 * result was at submission stands next to today's rules when they differ.
 */
import { useState } from 'react';
import { applicationState, approvalMarks, currentApproval, submissionIsCurrent } from '../../domain/development-file/application-state';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS } from '../../domain/development-file/labels';
import type { Approval, ApproverRole, DevelopmentFile } from '../../domain/development-file/schema';
import { managerRole, type Identity } from '../../domain/identity/identity';
import type { ActiveRules } from '../../domain/settings/company-settings';
import { applicationPdf } from '../../export/pdf/client';
import { exportAndDownload, type ExportOutcome } from '../files/exporting';
import { formatDateTime } from '../files/local-time';
import { PdfStatus, usePdfExport } from '../files/PdfExport';
import { ApprovalForm } from '../workspace/stages/ApprovalForm';
import { saveSigned } from './desk-write';
import { SubmittedResult } from '../records/SubmittedResult';
import { sha256Hex } from '../../crypto/webcrypto';
import { applicationContentText } from '../../domain/signing/file-records';

function StateLine({ file }: { file: DevelopmentFile }) {
  const state = applicationState(file);
  switch (state.kind) {
    case 'draft':
      return <p className="decision-state">业务员尚未提交开发申请。</p>;
    case 'changed':
      return <p className="decision-state">申请内容在提交后有修改，需业务员重新提交；此前的审批只适用于修改前的版本。</p>;
    case 'awaiting':
      return (
        <p className="decision-state">
          <strong>{state.role === 'marketingManager' ? '等待营销部长审批' : '等待总经理批准'}</strong>（提交于 {formatDateTime(state.submittedAt)}）
        </p>
      );
    case 'approved':
      return (
        <p className="decision-state">
          <strong>已批准</strong>：营销部长和总经理均已同意，业务员可以进入“前期准备”。
        </p>
      );
    case 'returned':
    case 'rejected':
      return (
        <p className="decision-state">
          <strong>
            {APPROVER_ROLE_LABELS[state.role]}
            {APPROVAL_DECISION_LABELS[state.approval.decision]}
          </strong>
          {state.approval.comment && `：${state.approval.comment}`}
        </p>
      );
  }
}

export function DecisionPanel({
  file: stored,
  counted: file,
  identity,
  rules,
  today,
  signing,
  signatureMarks,
}: {
  file: DevelopmentFile;
  /** As the rules count it: states and turns are judged on this one. */
  counted: DevelopmentFile;
  identity: Identity | null;
  rules: ActiveRules;
  today: string;
  signing: boolean;
  /** 签名审批: each record's check in words, printed on the 申请表. */
  signatureMarks?: Readonly<Record<string, string>> | undefined;
}) {
  const [status, setStatus] = useState('');
  const [exported, setExported] = useState<ExportOutcome | null>(null);
  const pdf = usePdfExport();
  const state = applicationState(file);
  const role = managerRole(identity);
  const current = submissionIsCurrent(file);
  const general = currentApproval(file, 'generalManager');
  /**
   * 3.2 before 3.4: the 营销部长 decides (and may change the decision until the
   * 总经理 has decided); the 总经理 after the 营销部长's 同意, until approved.
   */
  const mayDecide = (r: ApproverRole) =>
    role === r &&
    current &&
    (r === 'marketingManager' ? general === null : currentApproval(file, 'marketingManager')?.decision === 'approved' && state.kind !== 'approved');
  const submitted = state.kind !== 'draft';

  const record = (r: ApproverRole, decision: { decision: 'approved' | 'rejected' | 'returned'; comment: string; by: string }) => {
    void (async () => {
      // The decision is for this content: its SHA-256 is part of what is signed.
      const contentDigest = await sha256Hex(applicationContentText(stored));
      const approval: Approval = { ...decision, role: r, at: new Date().toISOString(), entry: 'desk', contentDigest };
      const made = { ...stored, application: { ...stored.application, approvals: { ...stored.application.approvals, [r]: approval } } };
      const saved = await saveSigned(stored.id, made, `approval:${r}`, identity, `已登记${APPROVER_ROLE_LABELS[r]}审批：${APPROVAL_DECISION_LABELS[decision.decision]}。`, signing);
      setStatus(saved.message);
    })();
  };

  return (
    <aside className="panel decision-panel" aria-labelledby="decision-title">
      <h2 id="decision-title">开发申请审批</h2>
      <StateLine file={file} />
      <SubmittedResult file={file} rules={rules} showWhenSame />
      {submitted && identity === null && <p className="field-hint">请先在上方选择“我的身份”，再登记审批。</p>}
      {submitted && identity?.role === 'rep' && <p className="field-hint">你的身份是开发业务：审批由营销部长和总经理登记。</p>}
      {(['marketingManager', 'generalManager'] as const).map((r) => {
        const approval = currentApproval(file, r);
        const shown = approval !== null;
        if (!mayDecide(r) && !shown) return null;
        return mayDecide(r) ? (
          <ApprovalForm
            key={r}
            role={r}
            mode="desk"
            signer={identity?.name ?? ''}
            approval={shown ? approval : null}
            marks={shown && approval ? approvalMarks(file, approval) : []}
            error={undefined}
            onRecord={(decision) => record(r, decision)}
          />
        ) : (
          <p key={r} className="approval-record">
            {APPROVER_ROLE_LABELS[r]}：{approval ? `${APPROVAL_DECISION_LABELS[approval.decision]}（${approval.by || '未署名'}，${formatDateTime(approval.at)}）` : ''}
            {approval?.comment && <span className="approval-comment">意见：{approval.comment}</span>}
            {approval && approvalMarks(file, approval).map((mark) => <span key={mark} className="approval-mark">{mark}</span>)}
          </p>
        );
      })}
      <p className="status-line" role="status">
        {status}
      </p>
      <div className="button-row">
        <button type="button" className={status ? 'button-primary' : undefined} onClick={() => setExported(exportAndDownload([stored]))}>
          导出给业务员（JSON）
        </button>
        <button type="button" disabled={pdf.working} onClick={() => void pdf.run(() => applicationPdf(file, { today, rules, ...(signatureMarks ? { signatureMarks } : {}) }))}>
          申请表 PDF
        </button>
      </div>
      <p className={exported?.tooLarge ? 'status-line is-error' : 'status-line'} role="status">
        {exported?.message}
      </p>
      <PdfStatus status={pdf.status} />
    </aside>
  );
}

/**
 * Records the 营销部长's or 总经理's decision on the application (3.2, 3.4).
 * On 主管审阅 ('desk') the manager records it. In the rep's workspace
 * ('paper') it is only a 代登记: the rep enters a decision a manager signed on
 * the paper form, closed by default and shown and printed as such.
 */
import { useState } from 'react';
import { APPROVAL_DECISIONS, type Approval, type ApproverRole } from '../../../domain/development-file/schema';
import { approvalEntryProblems, opinionRequired, type ApprovalDecision } from '../../../domain/development-file/approval-entry';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS } from '../../../domain/development-file/labels';
import { ChoiceGroup, TextArea, TextField } from '../../forms/fields';
import { fieldDomId } from '../binding';
import { formatDateTime } from '../../files/local-time';

export function ApprovalForm({
  role,
  approval,
  marks = [],
  mode,
  signer = '',
  error,
  onRecord,
}: {
  role: ApproverRole;
  approval: Approval | null;
  /** 代登记, 自批: shown with the recorded decision. */
  marks?: readonly string[];
  mode: 'desk' | 'paper';
  /** On the desk: the identity's name, recorded as the approver. */
  signer?: string;
  error: string | undefined;
  onRecord: (approval: { decision: ApprovalDecision; comment: string; by: string }) => void;
}) {
  const roleLabel = APPROVER_ROLE_LABELS[role];
  const paper = mode === 'paper';
  const [decision, setDecision] = useState<ApprovalDecision | null>(null);
  const [comment, setComment] = useState('');
  const [by, setBy] = useState(paper ? '' : signer);
  // Problems show once recording was tried, and then follow the edits.
  const [attempted, setAttempted] = useState(false);
  const base = `approval-${role}`;
  const problems = attempted ? approvalEntryProblems({ decision, comment, by }) : {};
  const headingId = fieldDomId(`application.approvals.${role}`);

  return (
    <section className="approval" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {roleLabel}审批
      </h3>
      {error && <p className="field-message">{error}</p>}
      {approval && (
        <p className="approval-record">
          {APPROVAL_DECISION_LABELS[approval.decision]} · {approval.by || '（未署名）'} · <time dateTime={approval.at}>{formatDateTime(approval.at)}</time>
          {approval.comment && <span className="approval-comment">意见：{approval.comment}</span>}
          {marks.map((mark) => (
            <span key={mark} className="approval-mark">
              {mark}
            </span>
          ))}
        </p>
      )}
      {!approval && paper && <p>尚未收到{roleLabel}的审批。</p>}
      <details open={!approval && !paper}>
        <summary>
          {paper ? `代登记纸质审批（${roleLabel}已在纸质申请表上签字）` : approval ? `重新登记${roleLabel}审批结果` : `登记${roleLabel}审批结果`}
        </summary>
        {paper && <p className="field-hint">只在{roleLabel}已在纸质申请表上签字时使用：按纸面内容登记，显示和打印时注明“代登记”。</p>}
        <ChoiceGroup
          id={`${base}-decision`}
          label={`${roleLabel}的决定`}
          required
          inline
          error={problems.decision}
          options={APPROVAL_DECISIONS.map((value) => ({ value, label: APPROVAL_DECISION_LABELS[value] }))}
          value={decision ? [decision] : []}
          onChange={(values) => setDecision(values[0] ?? null)}
        />
        <TextArea
          id={`${base}-comment`}
          label="审批意见"
          hint="退回修改或不同意时必填：写明需要修改之处或不同意的理由。"
          required={opinionRequired(decision)}
          error={problems.comment}
          value={comment}
          onChange={setComment}
          rows={2}
        />
        {paper ? (
          <TextField id={`${base}-by`} label={`签字人（${roleLabel}）`} required error={problems.by} value={by} onChange={setBy} />
        ) : (
          <p className="field-hint" id={`${base}-by`} tabIndex={-1}>
            以“{roleLabel} {signer || '（未选择身份）'}”的身份登记。
          </p>
        )}
        <button
          type="button"
          className={paper ? undefined : 'button-primary'}
          onClick={() => {
            const found = approvalEntryProblems({ decision, comment, by });
            const first = (['decision', 'comment', 'by'] as const).find((field) => found[field]);
            if (first || !decision) {
              setAttempted(true);
              document.getElementById(`${base}-${first ?? 'decision'}`)?.focus();
              return;
            }
            onRecord({ decision, comment, by: by.trim() });
            setDecision(null);
            setComment('');
            setBy(paper ? '' : signer);
            setAttempted(false);
          }}
        >
          {paper ? '代' : ''}登记{roleLabel}审批
        </button>
      </details>
    </section>
  );
}

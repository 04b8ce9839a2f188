/**
 * Records the 营销部长's or 总经理's decision on the application (3.2, 3.4).
 * The decision is made by the manager; the rep (or the manager on the review
 * page) records it here with who decided and when.
 */
import { useState } from 'react';
import { APPROVAL_DECISIONS, type Approval, type ApproverRole } from '../../../domain/development-file/schema';
import { approvalEntryProblems, opinionRequired, type ApprovalDecision } from '../../../domain/development-file/approval-entry';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS } from '../../../domain/development-file/labels';
import { ChoiceGroup, TextArea, TextField } from '../../forms/fields';
import { fieldDomId } from '../binding';

export function ApprovalForm({
  role,
  approval,
  error,
  onRecord,
}: {
  role: ApproverRole;
  approval: Approval | null;
  error: string | undefined;
  onRecord: (approval: { decision: ApprovalDecision; comment: string; by: string }) => void;
}) {
  const roleLabel = APPROVER_ROLE_LABELS[role];
  const [decision, setDecision] = useState<ApprovalDecision | null>(null);
  const [comment, setComment] = useState('');
  const [by, setBy] = useState('');
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
          {APPROVAL_DECISION_LABELS[approval.decision]} · {approval.by || '（未署名）'} · {new Date(approval.at).toLocaleString('zh-CN')}
          {approval.comment && <span className="approval-comment">意见：{approval.comment}</span>}
        </p>
      )}
      <details open={!approval}>
        <summary>{approval ? `重新登记${roleLabel}审批结果` : `登记${roleLabel}审批结果`}</summary>
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
        <TextField
          id={`${base}-by`}
          label="审批人"
          required
          error={problems.by}
          value={by}
          onChange={setBy}
        />
        <button
          type="button"
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
            setBy('');
            setAttempted(false);
          }}
        >
          登记{roleLabel}审批
        </button>
      </details>
    </section>
  );
}

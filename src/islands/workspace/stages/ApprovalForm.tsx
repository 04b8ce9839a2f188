/**
 * Records the 营销部长's or 总经理's decision on the application (3.2, 3.4).
 * The decision is made by the manager; the rep (or the manager on the review
 * page) records it here with who decided and when.
 */
import { useState } from 'react';
import { APPROVAL_DECISIONS, type Approval, type ApproverRole } from '../../../domain/development-file/schema';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS } from '../../../domain/development-file/labels';
import { ChoiceGroup, TextArea, TextField } from '../../forms/fields';
import { fieldDomId } from '../binding';

type Decision = (typeof APPROVAL_DECISIONS)[number];

export function ApprovalForm({
  role,
  approval,
  error,
  onRecord,
}: {
  role: ApproverRole;
  approval: Approval | null;
  error: string | undefined;
  onRecord: (approval: { decision: Decision; comment: string; by: string }) => void;
}) {
  const roleLabel = APPROVER_ROLE_LABELS[role];
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [by, setBy] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const base = `approval-${role}`;
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
          error={problem && !decision ? problem : undefined}
          options={APPROVAL_DECISIONS.map((value) => ({ value, label: APPROVAL_DECISION_LABELS[value] }))}
          value={decision ? [decision] : []}
          onChange={(values) => setDecision(values[0] ?? null)}
        />
        <TextArea id={`${base}-comment`} label="审批意见" value={comment} onChange={setComment} rows={2} />
        <TextField
          id={`${base}-by`}
          label="审批人"
          required
          error={problem && !by.trim() ? problem : undefined}
          value={by}
          onChange={setBy}
        />
        <button
          type="button"
          onClick={() => {
            if (!decision || !by.trim()) {
              setProblem('请选择决定并填写审批人');
              return;
            }
            onRecord({ decision, comment, by: by.trim() });
            setDecision(null);
            setComment('');
            setBy('');
            setProblem(null);
          }}
        >
          登记{roleLabel}审批
        </button>
      </details>
    </section>
  );
}

/** How a manager's recorded entries read, on the desk and in the rep's workspace alike. */
import { TEAM_REVIEW_CONCLUSION_LABELS, TERMINATION_DECISION_LABELS } from '../../domain/development-file/labels';
import type { TeamReviewRecord, TerminationDecision } from '../../domain/development-file/schema';
import { RecordMeta } from './RecordMeta';

export function TeamReviewRecordView({ record }: { record: TeamReviewRecord }) {
  return (
    <div className={record.conclusion === 'focus' ? 'record' : 'record record-stop'}>
      <p className="record-headline">
        团队评审结论：<strong>{TEAM_REVIEW_CONCLUSION_LABELS[record.conclusion]}</strong>（评审日期 {record.heldOn}）
      </p>
      <p>参加人员：{record.participants}</p>
      {record.comment && <p className="record-comment">评审意见：{record.comment}</p>}
      <p>
        <RecordMeta record={record} />
      </p>
    </div>
  );
}

export function TerminationDecisionView({ decision }: { decision: TerminationDecision }) {
  return (
    <div className={decision.decision === 'terminate' ? 'record record-stop' : 'record'}>
      <p className="record-headline">
        上级决定：<strong>{TERMINATION_DECISION_LABELS[decision.decision]}</strong>
      </p>
      {decision.comment && <p className="record-comment">理由：{decision.comment}</p>}
      <p>
        <RecordMeta record={decision} />
      </p>
    </div>
  );
}

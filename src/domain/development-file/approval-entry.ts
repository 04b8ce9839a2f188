/**
 * What a manager's decision on the 新客户开发申请 (3.2, 3.4) must say before
 * it is recorded. A 退回修改 or 不同意 without an opinion leaves the rep
 * nothing to act on, so the opinion is required for those two.
 */
import { APPROVAL_DECISIONS } from './schema';

export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface ApprovalEntry {
  decision: ApprovalDecision | null;
  comment: string;
  by: string;
}

export type ApprovalEntryProblems = Partial<Record<keyof ApprovalEntry, string>>;

/** Whether this decision needs a written opinion (审批意见). */
export const opinionRequired = (decision: ApprovalDecision | null): boolean => decision === 'returned' || decision === 'rejected';

/** The problems of an entry by field, in form order; empty when it can be recorded. */
export function approvalEntryProblems({ decision, comment, by }: ApprovalEntry): ApprovalEntryProblems {
  const problems: ApprovalEntryProblems = {};
  if (decision === null) problems.decision = '请选择决定：同意、退回修改或不同意';
  if (opinionRequired(decision) && comment.trim() === '') {
    problems.comment =
      decision === 'returned' ? '退回修改时请写明审批意见：需要修改哪些内容' : '不同意时请写明审批意见：不同意的理由';
  }
  if (by.trim() === '') problems.by = '请填写审批人';
  return problems;
}

/**
 * The managers' view of development applications (4.2.5): which submitted
 * applications wait for the 营销部长 or the 总经理, and which are decided.
 *
 * No rule of its own: whether a decision counts is requirements.ts's
 * currentApproval (given after the latest submission), and what a decision
 * asks of the rep next is the application stage's missing requirements.
 */
import { evaluationSummary } from '../development-file/derived';
import type { RecommendationId } from '../development-file/evaluation';
import { missingFor } from '../development-file/requirements';
import { currentApproval } from '../development-file/application-state';
import { APPROVER_ROLES, type Approval, type ApproverRole, type DevelopmentFile, type StageId } from '../development-file/schema';

export type ApprovalState = 'pending' | Approval['decision'];

/**
 * pending: at least one manager has not decided the current submission and
 * nobody has stopped it; rejected/returned: a manager said 不同意/退回修改
 * (the other's decision is then not needed); approved: both said 同意.
 */
export type ApplicationOutcome = 'pending' | 'approved' | 'returned' | 'rejected';

export const OUTCOME_LABELS: Readonly<Record<ApplicationOutcome, string>> = {
  pending: '待审批',
  approved: '已同意',
  returned: '已退回修改',
  rejected: '不同意',
};

export interface ReviewItem {
  id: string;
  /** As the rep typed it; the UI shows “未命名客户” for blank. */
  customerName: string;
  owner: string;
  stage: StageId;
  submittedAt: string;
  /** 0–100, null while the evaluation is incomplete. */
  score: number | null;
  recommendation: RecommendationId | null;
  /** “综合得分 75 · 推荐” or “已评 2/4 项”. */
  evaluationText: string;
  /** Each role's decision on the current submission (an older one counts as pending). */
  approvals: Readonly<Record<ApproverRole, Approval | null>>;
  pendingRoles: readonly ApproverRole[];
  outcome: ApplicationOutcome;
  /** When the outcome was reached (the latest current decision); null while pending. */
  decidedAt: string | null;
}

function outcomeOf(approvals: Readonly<Record<ApproverRole, Approval | null>>): ApplicationOutcome {
  const decisions = APPROVER_ROLES.map((role) => approvals[role]?.decision ?? null);
  if (decisions.includes('rejected')) return 'rejected';
  if (decisions.includes('returned')) return 'returned';
  return decisions.every((d) => d === 'approved') ? 'approved' : 'pending';
}

/** The review facts of a file, or null when its application has not been submitted. */
export function reviewItem(file: DevelopmentFile): ReviewItem | null {
  const submittedAt = file.application.submittedAt;
  if (submittedAt === null) return null;
  const approvals = {
    marketingManager: currentApproval(file, 'marketingManager'),
    generalManager: currentApproval(file, 'generalManager'),
  };
  const outcome = outcomeOf(approvals);
  const times = APPROVER_ROLES.flatMap((role) => (approvals[role] ? [approvals[role].at] : []));
  const summary = evaluationSummary(file);
  return {
    id: file.id,
    customerName: file.customer.name,
    owner: file.owner,
    stage: file.stage,
    submittedAt,
    score: summary.total,
    recommendation: summary.recommendation,
    evaluationText: summary.text,
    approvals,
    pendingRoles: APPROVER_ROLES.filter((role) => approvals[role] === null),
    outcome,
    decidedAt: outcome === 'pending' ? null : (times.toSorted((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null),
  };
}

export interface ReviewLists {
  /** Waiting for a decision, longest waiting first. */
  pending: ReviewItem[];
  /** Decided, most recently decided first. */
  decided: ReviewItem[];
}

export function reviewLists(files: readonly DevelopmentFile[]): ReviewLists {
  const items = files.flatMap((file) => reviewItem(file) ?? []);
  return {
    pending: items
      .filter((item) => item.outcome === 'pending')
      .toSorted((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || a.id.localeCompare(b.id)),
    decided: items
      .filter((item) => item.outcome !== 'pending')
      .toSorted((a, b) => Date.parse(b.decidedAt ?? '') - Date.parse(a.decidedAt ?? '') || a.id.localeCompare(b.id)),
  };
}

export interface ReviewQuery {
  /** Matches customer name or rep, case-insensitively; blank matches all. */
  text: string;
  /** 'all' or one decided outcome (filters the decided list only). */
  outcome: 'all' | Exclude<ApplicationOutcome, 'pending'>;
}

export const DEFAULT_REVIEW_QUERY: ReviewQuery = { text: '', outcome: 'all' };

export function filterItems(items: readonly ReviewItem[], query: ReviewQuery): ReviewItem[] {
  const needle = query.text.trim().toLocaleLowerCase('zh-CN');
  return items.filter(
    (item) =>
      (query.outcome === 'all' || item.outcome === query.outcome) &&
      (needle === '' ||
        item.customerName.toLocaleLowerCase('zh-CN').includes(needle) ||
        item.owner.toLocaleLowerCase('zh-CN').includes(needle)),
  );
}

/**
 * What the application still needs from the managers or the rep, in the
 * domain's own words (开发申请尚待总经理批准, 营销部长退回修改：…), or an
 * empty list when both managers have approved it.
 */
export function approvalNeeds(file: DevelopmentFile): string[] {
  const item = reviewItem(file);
  // Once a manager has stopped the application, the other's decision is not awaited.
  const awaited = (role: ApproverRole) => !(item !== null && item.outcome !== 'pending' && item.approvals[role] === null);
  return missingFor(file, 'application')
    .filter((m) => APPROVER_ROLES.some((role) => m.path === `application.approvals.${role}` && awaited(role)))
    .map((m) => m.message);
}

/** Whose turn it is, in words: “等待营销部长审批”; the 总经理 comes after the 营销部长's 同意 (3.2, 3.4). */
export function pendingText(item: ReviewItem, labels: Readonly<Record<ApproverRole, string>>): string {
  const next = item.pendingRoles[0];
  if (next === undefined) return '';
  return next === 'marketingManager' ? `等待${labels[next]}审批` : `等待${labels[next]}批准`;
}

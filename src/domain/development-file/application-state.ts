/**
 * Where a 新客户开发申请 stands (4.2.5, 3.2, 3.4), in the order the procedure
 * gives: the rep submits, the 营销部长 decides, then the 总经理. A decision
 * counts only for the content it was given on: editing anything the 申请表
 * prints after submitting makes the decisions apply to an earlier version,
 * and the application has to be submitted again.
 */
import { canonicalJson, textFingerprint } from '../fingerprint';
import { DEVELOPMENT_CONFIG } from './config';
import { evaluate, SITE_DEFAULT_RULE_LABEL, type EvaluationConfig } from './evaluation';
import { RECOMMENDATION_LABELS } from './labels';
import type { Approval, ApproverRole, DevelopmentFile, EvaluationRules, SubmittedEvaluation } from './schema';

/**
 * What the 申请表 prints as the rep's application: not the decisions, nor
 * when it was submitted, nor the 营销部长's 团队评审 record (a manager's
 * entry, not the rep's content; leaving it out also keeps the fingerprints of
 * files submitted before the record existed).
 */
export function applicationContent(file: DevelopmentFile): unknown {
  const { customer, owner, evaluation, application, preparation } = file;
  const { teamReviewRecord: _managerEntry, ...survey } = file.survey;
  return {
    customer,
    owner,
    evaluation,
    survey,
    application: {
      expectedAnnualPurchase: application.expectedAnnualPurchase,
      reasons: application.reasons,
      applicant: application.applicant,
      appliedOn: application.appliedOn,
    },
    preparation: {
      responsiblePerson: preparation.responsiblePerson,
      decisionMakers: preparation.decisionMakers,
      similarSuppliers: preparation.similarSuppliers,
      procurementCycle: preparation.procurementCycle,
      paymentMethod: preparation.paymentMethod,
      collectionCycleDays: preparation.collectionCycleDays,
    },
  };
}

export function applicationFingerprint(file: DevelopmentFile): string {
  return textFingerprint(canonicalJson(applicationContent(file)));
}

/** The rules in force, as the file records them. */
export function evaluationRules(config: EvaluationConfig = DEVELOPMENT_CONFIG.evaluation, source: string = SITE_DEFAULT_RULE_LABEL): EvaluationRules {
  const { weights, recommendAt, rejectBelow, mandatoryMinimum, mandatoryRejectAtOrBelow, vetoScore } = config;
  return { source, weights: { ...weights }, recommendAt, rejectBelow, mandatoryMinimum, mandatoryRejectAtOrBelow, vetoScore };
}

/** The 4.1.2 result under the given rules, as a submission records it. */
export function judgeEvaluation(file: DevelopmentFile, rules: EvaluationRules): SubmittedEvaluation {
  const { total, recommendation } = evaluate(file.evaluation, rules);
  return { total, recommendation, rules };
}

/**
 * The file as submitted now: the time, the fingerprint of what it submits and
 * the 4.1.2 result under the rules in force. A submission after an earlier
 * one moves that round, with its decisions, into the history: decisions count
 * for the submission they were given on.
 */
export function submitApplication(file: DevelopmentFile, now: string, today: string, rules: EvaluationRules = evaluationRules()): DevelopmentFile {
  const previous = file.application;
  const rounds =
    previous.submittedAt === null
      ? previous.rounds
      : [...previous.rounds, { submittedAt: previous.submittedAt, submittedFingerprint: previous.submittedFingerprint, approvals: previous.approvals }];
  const application = {
    ...previous,
    appliedOn: previous.appliedOn ?? today,
    submittedAt: now,
    submittedEvaluation: judgeEvaluation(file, rules),
    approvals: { marketingManager: null, generalManager: null },
    rounds,
  };
  const submitted = { ...file, application };
  return { ...submitted, application: { ...application, submittedFingerprint: applicationFingerprint(submitted) } };
}

/** “70 分 · 推荐”, or 评估未完成: a recorded result in words (the PDF passes its own separator). */
export function evaluationResultText(result: SubmittedEvaluation, separator = ' · '): string {
  return result.total === null || result.recommendation === null ? '评估未完成' : `${result.total} 分${separator}${RECOMMENDATION_LABELS[result.recommendation]}`;
}

export interface EvaluationComparison {
  /** As submitted: the result the decisions were given on. */
  submitted: SubmittedEvaluation;
  /** Under the rules in force now. */
  current: SubmittedEvaluation;
  /** Whether the two differ in total or recommendation. */
  differs: boolean;
}

/**
 * The submitted result next to the one the rules in force give, so a change
 * of 公司设置 never silently changes what a manager decided on. Null before a
 * submission or in files submitted before results were recorded.
 */
export function compareEvaluation(file: DevelopmentFile, rules: EvaluationRules): EvaluationComparison | null {
  const submitted = file.application.submittedAt === null ? null : file.application.submittedEvaluation;
  if (!submitted) return null;
  const current = judgeEvaluation(file, rules);
  return { submitted, current, differs: submitted.total !== current.total || submitted.recommendation !== current.recommendation };
}

/** Whether the content is still what was submitted (files from before fingerprints: assumed so). */
export function submissionIsCurrent(file: DevelopmentFile): boolean {
  const { submittedAt, submittedFingerprint } = file.application;
  return submittedAt !== null && (!submittedFingerprint || submittedFingerprint === applicationFingerprint(file));
}

/**
 * The role's decision on the current submission, or null: given after the
 * latest submission, on unchanged content, and — for the 总经理 — after the
 * 营销部长 agreed (3.2 before 3.4).
 */
export function currentApproval(file: DevelopmentFile, role: ApproverRole): Approval | null {
  if (!submissionIsCurrent(file)) return null;
  const submittedAt = Date.parse(file.application.submittedAt ?? '');
  const given = (approval: Approval | null) => (approval && Date.parse(approval.at) >= submittedAt ? approval : null);
  const manager = given(file.application.approvals.marketingManager);
  if (role === 'marketingManager') return manager;
  const general = given(file.application.approvals.generalManager);
  return manager?.decision === 'approved' && general && Date.parse(general.at) >= Date.parse(manager.at) ? general : null;
}

export type ApplicationState =
  | { kind: 'draft' }
  /** Submitted, then something the 申请表 prints was edited: decisions apply to an earlier version. */
  | { kind: 'changed'; submittedAt: string }
  | { kind: 'awaiting'; role: ApproverRole; submittedAt: string }
  | { kind: 'returned' | 'rejected'; role: ApproverRole; approval: Approval }
  | { kind: 'approved'; approvals: Record<ApproverRole, Approval> };

export function applicationState(file: DevelopmentFile): ApplicationState {
  const { submittedAt } = file.application;
  if (submittedAt === null) return { kind: 'draft' };
  if (!submissionIsCurrent(file)) return { kind: 'changed', submittedAt };
  const manager = currentApproval(file, 'marketingManager');
  if (!manager) return { kind: 'awaiting', role: 'marketingManager', submittedAt };
  if (manager.decision !== 'approved') return { kind: manager.decision, role: 'marketingManager', approval: manager };
  const general = currentApproval(file, 'generalManager');
  if (!general) return { kind: 'awaiting', role: 'generalManager', submittedAt };
  if (general.decision !== 'approved') return { kind: general.decision, role: 'generalManager', approval: general };
  return { kind: 'approved', approvals: { marketingManager: manager, generalManager: general } };
}

/** 自批: the approver is the applicant, a decision the procedure's separation of roles (3.2, 3.4) does not foresee. */
export function isSelfApproval(file: DevelopmentFile, approval: Approval): boolean {
  const norm = (name: string) => name.replace(/\s+/g, '');
  return norm(approval.by) !== '' && [file.application.applicant, file.owner].some((name) => norm(name) === norm(approval.by));
}

/** The marks a decision carries wherever it is shown or printed: 代登记, 自批. */
export function approvalMarks(file: DevelopmentFile, approval: Approval): string[] {
  return [
    ...(approval.entry === 'paper' ? ['代登记（依据纸质审批）'] : []),
    ...(isSelfApproval(file, approval) ? ['自批：审批人与申请人相同'] : []),
  ];
}

/** Who may decide now: the 营销部长 first, the 总经理 only after the 营销部长's 同意. Null: nobody. */
export function roleToDecide(file: DevelopmentFile): ApproverRole | null {
  const state = applicationState(file);
  return state.kind === 'awaiting' ? state.role : null;
}

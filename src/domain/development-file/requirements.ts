/**
 * What each working stage needs before the file may move on, as data: one
 * entry per rule, in the order the procedure asks for things, so the first
 * missing entry is the natural next step.
 *
 * A check returns null when the rule is met, otherwise the Chinese message to
 * show. Rules read only the file (and, for code uniqueness, the other files
 * passed in the context); they never read the clock.
 */
import { currentApproval, submissionIsCurrent } from './application-state';
import type { ClauseNumber } from '../playbook/clauses';
import { DEVELOPMENT_CONFIG } from './config';
import { findCustomerCodeHolder, formatCustomerCode, isValidCustomerCode, type CustomerCodeConfig } from './customer-code';
import { MANDATORY_CRITERIA, type EvaluationConfig } from './evaluation';
import { APPROVER_ROLE_LABELS, CRITERION_LABELS, FIELDS, type FieldPath } from './labels';
import { CRITERION_IDS, type ApproverRole, type CriterionId, type DevelopmentFile, type StageId } from './schema';
import { WORKING_STAGES } from './stages';

export type WorkingStageId = Exclude<StageId, 'terminated'>;

export const WORKING_STAGE_IDS: readonly WorkingStageId[] = WORKING_STAGES.map(({ id }) => id).filter(
  (id): id is WorkingStageId => id !== 'terminated',
);

export interface RequirementContext {
  /** Every other file the user has, for rules across files (customer code uniqueness). */
  otherFiles?: readonly DevelopmentFile[];
  evaluation?: EvaluationConfig;
  customerCode?: CustomerCodeConfig;
}

export interface Requirement {
  id: string;
  stage: WorkingStageId;
  path: FieldPath;
  /** Usually the field's clause; differs where the rule comes from another clause. */
  clause: ClauseNumber;
  check: (file: DevelopmentFile, context: RequirementContext) => string | null;
}

export interface Missing {
  path: FieldPath;
  label: string;
  clause: ClauseNumber;
  message: string;
}

const blank = (text: string): boolean => text.trim() === '';

/** Long user text quoted inside a message. */
function excerpt(text: string, max = 20): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** A text field that must not be left blank. */
function filled(
  stage: WorkingStageId,
  id: string,
  path: FieldPath,
  get: (file: DevelopmentFile) => string,
  message: string,
): Requirement {
  return { id, stage, path, clause: FIELDS[path].clause, check: (file) => (blank(get(file)) ? message : null) };
}

/** A value that must have been set. */
function present(
  stage: WorkingStageId,
  id: string,
  path: FieldPath,
  get: (file: DevelopmentFile) => unknown,
  message: string,
): Requirement {
  return { id, stage, path, clause: FIELDS[path].clause, check: (file) => (get(file) === null ? message : null) };
}

function scoreRequirement(criterion: CriterionId): Requirement {
  const label = CRITERION_LABELS[criterion];
  return {
    id: `evaluation-score-${criterion}`,
    stage: 'evaluation',
    path: `evaluation.${criterion}.score`,
    clause: '4.1.2',
    check: (file, context) => {
      const score = file.evaluation[criterion].score;
      if (score === null) return `请为“${label}”评分（1–5）`;
      const rejectAtOrBelow = (context.evaluation ?? DEVELOPMENT_CONFIG.evaluation).mandatoryRejectAtOrBelow;
      // Only the must of 4.1.2 blocks the road; a low total is for the survey to weigh.
      if (MANDATORY_CRITERIA.includes(criterion) && score <= rejectAtOrBelow) {
        return `4.1.2 要求新客户必须具有较强的财务管理能力与较好的信用，而“${label}”仅 ${score} 分：请核实评分，或终止开发`;
      }
      return null;
    },
  };
}

function approvalRequirement(role: ApproverRole, clause: ClauseNumber): Requirement {
  const who = APPROVER_ROLE_LABELS[role];
  return {
    id: `application-approval-${role}`,
    stage: 'application',
    path: `application.approvals.${role}`,
    clause,
    check: (file) => {
      if (!submissionIsCurrent(file)) return '申请内容在提交后有修改，需重新提交';
      // The 总经理 decides after the 营销部长's 同意 (3.2 before 3.4): until then only the first step is named.
      if (role === 'generalManager' && currentApproval(file, 'marketingManager')?.decision !== 'approved') return null;
      const current = currentApproval(file, role);
      if (current?.decision === 'approved') return null;
      if (current?.decision === 'rejected') return `${who}不同意开发：请终止该档案`;
      if (current?.decision === 'returned') return `${who}退回修改：请按审批意见修改后重新提交`;
      return role === 'marketingManager' ? '开发申请尚待营销部长审批' : '开发申请尚待总经理批准';
    },
  };
}

export const REQUIREMENTS: readonly Requirement[] = [
  // 4.1 策划与评估
  filled('evaluation', 'customer-name', 'customer.name', (f) => f.customer.name, '请填写客户名称'),
  ...CRITERION_IDS.map(scoreRequirement),

  // 4.2.1–4.2.4 背景调查
  present(
    'survey',
    'survey-reported',
    'survey.reportedToManagerAt',
    (f) => f.survey.reportedToManagerAt,
    '请将客户列入潜在客户名录并报备营销部长，填写报备日期',
  ),
  {
    id: 'survey-team-review',
    stage: 'survey',
    path: 'survey.teamReviewRecord',
    clause: '4.2.2',
    check: (file) => {
      switch (file.survey.teamReviewRecord?.conclusion) {
        case undefined:
          return '营销部长尚未登记团队评审结论：请把档案导出发给营销部长，或代登记纸质评审记录';
        case 'focus':
          return null;
        case 'hold':
          return '团队评审结论为“暂缓”：重新评审列为“重点开发”后才能提出开发申请';
        case 'reject':
          return '团队评审结论为“不开发”：请终止该档案，不要提出开发申请';
      }
    },
  },
  filled(
    'survey',
    'survey-findings',
    'survey.findings',
    (f) => f.survey.findings,
    '请填写调查结果，对照 4.1.2 的四个评估方向说明客户是否符合',
  ),
  {
    id: 'survey-open-points',
    stage: 'survey',
    path: 'survey.openPoints',
    clause: '4.2.4',
    check: (file) => {
      const open = file.survey.openPoints.filter((p) => p.needsSpecialSurvey && !(p.resolved && !blank(p.resolution)));
      if (open.length === 0) return null;
      const names = open.map((p) => `“${excerpt(p.question) || '未命名'}”`).join('、');
      return `还有 ${open.length} 个不详之处需专项调查并填写结论：${names}`;
    },
  },
  {
    id: 'survey-screening',
    stage: 'survey',
    path: 'survey.screeningResult',
    clause: '4.2.4',
    check: (file) => {
      switch (file.survey.screeningResult) {
        case 'focus':
          return null;
        case 'pending':
          return '请根据调查结果进行筛选评价，确定是否列为重点开发';
        case 'hold':
          return '筛选结论为“暂缓”：列为“重点开发”后才能提出开发申请';
        case 'reject':
          return '筛选结论为“不开发”：请终止该档案，不要提出开发申请';
      }
    },
  },

  // 4.2.5 开发申请 and its approval (3.2, 3.4)
  present(
    'application',
    'application-purchase',
    'application.expectedAnnualPurchase',
    (f) => f.application.expectedAnnualPurchase,
    '请填写预计年采购额（万元）',
  ),
  filled('application', 'application-reasons', 'application.reasons', (f) => f.application.reasons, '请填写开发理由'),
  filled('application', 'application-applicant', 'application.applicant', (f) => f.application.applicant, '请填写申请人'),
  present('application', 'application-applied-on', 'application.appliedOn', (f) => f.application.appliedOn, '请填写申请日期'),
  present(
    'application',
    'application-submitted',
    'application.submittedAt',
    (f) => f.application.submittedAt,
    '请提交开发申请并等待营销部长审批',
  ),
  approvalRequirement('marketingManager', '3.2'),
  approvalRequirement('generalManager', '3.4'),

  // 4.3 前期准备
  filled(
    'preparation',
    'responsible-name',
    'preparation.responsiblePerson.name',
    (f) => f.preparation.responsiblePerson.name,
    '请确定客户方负责人，填写其姓名',
  ),
  filled(
    'preparation',
    'responsible-contact',
    'preparation.responsiblePerson.contact',
    (f) => f.preparation.responsiblePerson.contact,
    '请收集客户方负责人的联系方式',
  ),
  {
    id: 'decision-makers',
    stage: 'preparation',
    path: 'preparation.decisionMakers',
    clause: '4.3.2',
    check: (file) =>
      file.preparation.decisionMakers.some((d) => !blank(d.name) && !blank(d.role))
        ? null
        : '请至少登记一位关键决策人，填写其姓名和决策角色',
  },
  {
    id: 'similar-suppliers',
    stage: 'preparation',
    path: 'preparation.similarSuppliers',
    clause: '4.3.3',
    check: (file) =>
      file.preparation.similarSuppliers.some((s) => !blank(s.name)) ? null : '请至少登记一家与公司相类似的供应商',
  },
  filled(
    'preparation',
    'procurement-characteristics',
    'preparation.procurementCharacteristics',
    (f) => f.preparation.procurementCharacteristics,
    '请填写客户采购决策的特点',
  ),
  filled(
    'preparation',
    'procurement-cycle',
    'preparation.procurementCycle',
    (f) => f.preparation.procurementCycle,
    '请填写客户采购决策的周期',
  ),
  filled(
    'preparation',
    'payment-method',
    'preparation.paymentMethod',
    (f) => f.preparation.paymentMethod,
    '请确定对方的支付方式',
  ),
  present(
    'preparation',
    'collection-cycle',
    'preparation.collectionCycleDays',
    (f) => f.preparation.collectionCycleDays,
    '请确定回款周期（天）',
  ),
  filled('preparation', 'business-info', 'preparation.businessInfo', (f) => f.preparation.businessInfo, '请填写客户的经营信息'),

  // 4.4 正式实施
  {
    id: 'activity-logged',
    stage: 'execution',
    path: 'execution.activities',
    clause: '4.4.1',
    check: (file) => (file.execution.activities.length > 0 ? null : '请与客户方负责人联系，并记录这次开发活动'),
  },
  {
    id: 'problems-solved',
    stage: 'execution',
    path: 'execution.problems',
    clause: '4.4.2',
    check: (file) => {
      const open = file.execution.problems.filter((p) => !p.solved);
      if (open.length === 0) return null;
      const names = open.map((p) => `“${excerpt(p.description) || '未描述'}”`).join('、');
      return `还有 ${open.length} 个问题尚未解决：${names}`;
    },
  },
  {
    id: 'closing-request',
    stage: 'execution',
    path: 'execution.activities',
    clause: '4.4.3',
    check: (file) =>
      file.execution.activities.some((a) => a.type === 'closingRequest')
        ? null
        : '客户满意后请及时提出成交要求，并记录一条“成交要求”活动',
  },
  {
    id: 'progress-report',
    stage: 'execution',
    path: 'execution.progressReports',
    clause: '4.4.6',
    check: (file) =>
      file.execution.progressReports.length > 0 ? null : '请填写新客户开发进度报表，向营销部长反映进展、成绩和问题',
  },

  // 4.5 开发总结
  filled('review', 'success-points', 'review.successPoints', (f) => f.review.successPoints, '请分析总结开发过程中的成功点'),
  filled('review', 'failure-points', 'review.failurePoints', (f) => f.review.failurePoints, '请分析总结开发过程中的失败点'),
  filled(
    'review',
    'corrective-actions',
    'review.correctiveActions',
    (f) => f.review.correctiveActions,
    '请填写需要纠正预防之处及措施；如没有，请写明“无”',
  ),

  // 4.6 纳入客户管理
  {
    id: 'customer-code',
    stage: 'onboarding',
    path: 'onboarding.customerCode',
    clause: '4.6.1',
    check: (file, context) => {
      const config = context.customerCode ?? DEVELOPMENT_CONFIG.customerCode;
      const code = file.onboarding.customerCode;
      const example = formatCustomerCode(Number(file.createdAt.slice(0, 4)), 1, config);
      if (blank(code)) return `请为新客户设定客户代码，如 ${example}`;
      if (!isValidCustomerCode(code, config)) return `客户代码格式不对，应为“前缀-年份-序号”，如 ${example}`;
      const holder = findCustomerCodeHolder(code, context.otherFiles ?? [], file.id);
      return holder ? `客户代码 ${code} 已被“${holder.customer.name || '另一份档案'}”使用，请换一个` : null;
    },
  },
  {
    id: 'departments-notified',
    stage: 'onboarding',
    path: 'onboarding.departmentsNotified',
    clause: '4.6.2',
    check: (file) =>
      file.onboarding.departmentsNotified.length > 0 ? null : '请将新客户基本资料通知公司相关部门，并勾选已通知的部门',
  },
  {
    id: 'documents-archived',
    stage: 'onboarding',
    path: 'onboarding.documentsArchived',
    clause: '4.6.3',
    check: (file) => (file.onboarding.documentsArchived ? null : '请将新客户有关资料存档，并勾选“资料已存档”'),
  },
];

export function requirementsFor(stage: StageId): Requirement[] {
  return REQUIREMENTS.filter((r) => r.stage === stage);
}

/** What `stage` still lacks in `file`; empty for 终止, which has no requirements. */
export function missingFor(file: DevelopmentFile, stage: StageId, context: RequirementContext = {}): Missing[] {
  const missing: Missing[] = [];
  for (const requirement of requirementsFor(stage)) {
    const message = requirement.check(file, context);
    if (message !== null) {
      missing.push({ path: requirement.path, label: FIELDS[requirement.path].label, clause: requirement.clause, message });
    }
  }
  return missing;
}

export interface StageCompleteness {
  required: number;
  done: number;
  /** Rounded down, so 100 means everything is done. */
  percent: number;
}

export function completeness(file: DevelopmentFile, context: RequirementContext = {}): Record<WorkingStageId, StageCompleteness> {
  const entries = WORKING_STAGE_IDS.map((id) => {
    const required = requirementsFor(id).length;
    const done = required - missingFor(file, id, context).length;
    const percent = required === 0 ? 100 : Math.floor((done / required) * 100);
    return [id, { required, done, percent }] as const;
  });
  return Object.fromEntries(entries) as Record<WorkingStageId, StageCompleteness>;
}

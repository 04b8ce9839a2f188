/**
 * The Chinese names of the development file's enums and fields. The wizard
 * takes its form labels, hints and clause links from FIELDS, and requirement
 * messages name fields by these labels, so one wording is used everywhere.
 */
import type { ClauseNumber } from '../playbook/clauses';
import type { RecommendationId } from './evaluation';
import type {
  ACTIVITY_TYPES,
  APPROVAL_DECISIONS,
  ApproverRole,
  ATTITUDES,
  CriterionId,
  RISK_KINDS,
  SCREENING_RESULTS,
  TeamReviewConclusion,
  TerminationDecisionId,
} from './schema';

export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type RiskKind = (typeof RISK_KINDS)[number];
export type Attitude = (typeof ATTITUDES)[number];
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** The four directions of 4.1.2, in the clause's words. */
export const CRITERION_LABELS: Readonly<Record<CriterionId, string>> = {
  finance: '财务管理能力与信用',
  investment: '开发投入与交易预估',
  contribution: '贡献与价值',
  capability: '技术难度与品质要求对比公司能力',
};

/** The steps of 4.4.1–4.4.3 a rep logs as activities. */
export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, string>> = {
  contact: '联系',
  introduction: '公司介绍',
  materials: '资料寄送',
  executiveMeeting: '高层会面',
  factoryVisit: '来厂考察',
  closingRequest: '成交要求',
  other: '其他',
};

/** 4.4.5 names three kinds of problem customer. */
export const RISK_KIND_LABELS: Readonly<Record<RiskKind, string>> = {
  credit: '信用',
  operations: '经营',
  finance: '财务',
};

export const ATTITUDE_LABELS: Readonly<Record<Attitude, string>> = {
  supportive: '支持',
  neutral: '中立',
  opposed: '反对',
  unknown: '尚不清楚',
};

export const SCREENING_RESULT_LABELS: Readonly<Record<ScreeningResult, string>> = {
  pending: '待筛选',
  focus: '重点开发',
  hold: '暂缓',
  reject: '不开发',
};

export const TEAM_REVIEW_CONCLUSION_LABELS: Readonly<Record<TeamReviewConclusion, string>> = {
  focus: '重点开发',
  hold: '暂缓',
  reject: '不开发',
};

export const TERMINATION_DECISION_LABELS: Readonly<Record<TerminationDecisionId, string>> = {
  terminate: '同意终止',
  continue: '继续开发',
};

export const APPROVAL_DECISION_LABELS: Readonly<Record<ApprovalDecision, string>> = {
  approved: '同意',
  rejected: '不同意',
  returned: '退回修改',
};

export const APPROVER_ROLE_LABELS: Readonly<Record<ApproverRole, string>> = {
  marketingManager: '营销部长',
  generalManager: '总经理',
};

export const RECOMMENDATION_LABELS: Readonly<Record<RecommendationId, string>> = {
  recommend: '推荐',
  review: '需复核',
  reject: '不推荐',
};

export interface FieldInfo {
  /** Form label. */
  label: string;
  /** The clause the field serves; the wizard links to it. */
  clause: ClauseNumber;
  /** A short reminder taken from the procedure. */
  hint?: string;
}

/**
 * The user-facing fields, keyed by dotted path. Fields of list items are keyed
 * without an index ('preparation.decisionMakers.name'): one label for every item.
 */
export const FIELDS = {
  owner: { label: '开发业务', clause: '3.3', hint: '开发业务负责新客户开发全部过程的实施' },

  'customer.name': { label: '客户名称', clause: '4.1.1', hint: '选择需要开发的新客户；请填写全称，便于查重' },
  'customer.region': { label: '所在地区', clause: '4.1.1', hint: '确定新客户的范围' },
  'customer.industry': { label: '所属行业', clause: '4.1.1', hint: '对照开发计划的主攻方向' },
  'customer.type': { label: '客户类型', clause: '4.1.1' },
  'customer.sourceChannel': { label: '获客渠道', clause: '4.2.1', hint: '通过各种渠道寻找客户' },

  'evaluation.finance.score': {
    label: '财务管理能力与信用评分',
    clause: '4.1.2',
    hint: '新客户必须具有较强的财务管理能力与较好的信用',
  },
  'evaluation.finance.note': { label: '财务管理能力与信用说明', clause: '4.1.2' },
  'evaluation.investment.score': {
    label: '开发投入与交易预估评分',
    clause: '4.1.2',
    hint: '开发需花费的时间、精力及费用与实施交易间的关系预估',
  },
  'evaluation.investment.note': { label: '开发投入与交易预估说明', clause: '4.1.2' },
  'evaluation.contribution.score': {
    label: '贡献与价值评分',
    clause: '4.1.2',
    hint: '新客户能为公司经营带来的贡献及价值',
  },
  'evaluation.contribution.note': { label: '贡献与价值说明', clause: '4.1.2' },
  'evaluation.capability.score': {
    label: '技术难度与品质要求对比公司能力评分',
    clause: '4.1.2',
    hint: '新客户要求的技术难度、品质要求及公司的能力评估',
  },
  'evaluation.capability.note': { label: '技术难度与品质要求对比公司能力说明', clause: '4.1.2' },
  'evaluation.evaluatedAt': { label: '评估日期', clause: '4.1.2' },

  'survey.reportedToManagerAt': {
    label: '报备营销部长日期',
    clause: '4.2.1',
    hint: '制定潜在客户名录，定期报备营销部长',
  },
  'survey.teamReview': {
    label: '团队评审要点（业务员记录）',
    clause: '4.2.2',
    hint: '评审中分析出的客户情况，供开发活动参考（选填）',
  },
  'survey.teamReviewRecord': {
    label: '团队评审结论',
    clause: '4.2.2',
    hint: '营销部长组织团队评审，分析潜在客户的情况，并记录结论',
  },
  'survey.findings': {
    label: '调查结果',
    clause: '4.2.3',
    hint: '调查新客户的相关资料，衡量是否符合 4.1.2 基本原则',
  },
  'survey.screeningResult': {
    label: '筛选结论',
    clause: '4.2.4',
    hint: '根据调查结果进行筛选评价，确定应重点开发的新客户',
  },
  'survey.screeningNote': { label: '筛选说明', clause: '4.2.4' },
  'survey.openPoints': {
    label: '不详之处',
    clause: '4.2.4',
    hint: '调查结果有不详之处，应组织有关人员再次进行专项调查',
  },
  'survey.openPoints.question': { label: '待查明的问题', clause: '4.2.4' },
  'survey.openPoints.needsSpecialSurvey': { label: '需要专项调查', clause: '4.2.4' },
  'survey.openPoints.resolution': { label: '专项调查结论', clause: '4.2.4' },
  'survey.openPoints.resolved': { label: '已查明', clause: '4.2.4' },

  'application.expectedAnnualPurchase': { label: '预计年采购额（万元）', clause: '4.2.5' },
  'application.reasons': { label: '开发理由', clause: '4.2.5', hint: '说明客户符合 4.1.2 评估方向之处' },
  'application.applicant': { label: '申请人', clause: '4.2.5' },
  'application.appliedOn': { label: '申请日期', clause: '4.2.5' },
  'application.submittedAt': { label: '提交审批时间', clause: '4.2.5', hint: '提出新客户的开发申请' },
  'application.approvals.marketingManager': {
    label: '营销部长审批',
    clause: '3.2',
    hint: '营销部长负责新客户开发全部过程的组织、协调、控制',
  },
  'application.approvals.marketingManager.decision': { label: '营销部长审批结论', clause: '3.2' },
  'application.approvals.marketingManager.comment': { label: '营销部长审批意见', clause: '3.2' },
  'application.approvals.marketingManager.by': { label: '审批人（营销部长）', clause: '3.2' },
  'application.approvals.generalManager': {
    label: '总经理审批',
    clause: '3.4',
    hint: '总经理负责批准新客户开发任务',
  },
  'application.approvals.generalManager.decision': { label: '总经理审批结论', clause: '3.4' },
  'application.approvals.generalManager.comment': { label: '总经理审批意见', clause: '3.4' },
  'application.approvals.generalManager.by': { label: '审批人（总经理）', clause: '3.4' },

  'preparation.responsiblePerson.name': {
    label: '客户方负责人姓名',
    clause: '4.3.1',
    hint: '确定目标客户方的负责人，并收集其信息',
  },
  'preparation.responsiblePerson.title': { label: '客户方负责人职务', clause: '4.3.1' },
  'preparation.responsiblePerson.contact': { label: '客户方负责人联系方式', clause: '4.3.1' },
  'preparation.responsiblePerson.notes': { label: '客户方负责人其他信息', clause: '4.3.1' },
  'preparation.decisionMakers': {
    label: '关键决策人',
    clause: '4.3.2',
    hint: '确定目标客户方的关键决策人，并收集其信息',
  },
  'preparation.decisionMakers.name': { label: '决策人姓名', clause: '4.3.2' },
  'preparation.decisionMakers.role': { label: '职务与决策角色', clause: '4.3.2' },
  'preparation.decisionMakers.contact': { label: '决策人联系方式', clause: '4.3.2' },
  'preparation.decisionMakers.attitude': { label: '对我方的态度', clause: '4.3.2' },
  'preparation.decisionMakers.notes': { label: '决策人其他信息', clause: '4.3.2' },
  'preparation.similarSuppliers': {
    label: '同类供应商',
    clause: '4.3.3',
    hint: '收集新客户目前与公司相类似的供应商信息',
  },
  'preparation.similarSuppliers.name': { label: '供应商名称', clause: '4.3.3' },
  'preparation.similarSuppliers.products': { label: '供应的产品', clause: '4.3.3' },
  'preparation.similarSuppliers.notes': { label: '供应商其他信息', clause: '4.3.3' },
  'preparation.procurementCharacteristics': {
    label: '采购决策特点',
    clause: '4.3.4',
    hint: '了解客户采购决策的特点及周期长短',
  },
  'preparation.procurementCycle': { label: '采购周期', clause: '4.3.4' },
  'preparation.paymentMethod': { label: '支付方式', clause: '4.3.5', hint: '确定对方的支付方式及回款周期' },
  'preparation.collectionCycleDays': { label: '回款周期（天）', clause: '4.3.5' },
  'preparation.businessInfo': { label: '客户经营信息', clause: '4.3.6' },

  'execution.activities': {
    label: '开发活动记录',
    clause: '4.4.1',
    hint: '与客户方负责人联系，有可能与关键决策人建立联系',
  },
  'execution.activities.date': { label: '活动日期', clause: '4.4.1' },
  'execution.activities.type': {
    label: '活动类型',
    clause: '4.4.2',
    hint: '介绍公司情况、分送产品画册、高层会面、邀请来厂考察',
  },
  'execution.activities.summary': { label: '活动经过', clause: '4.4.1' },
  'execution.activities.outcome': { label: '结果与客户反馈', clause: '4.4.2' },
  'execution.activities.nextStep': { label: '下一步安排', clause: '4.4.2' },
  'execution.problems': {
    label: '发现的问题',
    clause: '4.4.2',
    hint: '对考察结果进行跟踪，及时发现存在的问题并立刻解决',
  },
  'execution.problems.foundOn': { label: '发现日期', clause: '4.4.2' },
  'execution.problems.description': { label: '问题描述', clause: '4.4.2' },
  'execution.problems.solution': { label: '解决措施', clause: '4.4.2' },
  'execution.problems.solved': { label: '已解决', clause: '4.4.2' },
  'execution.risks': {
    label: '风险记录',
    clause: '4.4.5',
    hint: '发现信用、经营、财务能力等方面有问题，须向上级汇报',
  },
  'execution.risks.kind': { label: '风险类型', clause: '4.4.5' },
  'execution.risks.description': { label: '风险描述', clause: '4.4.5' },
  'execution.risks.raisedOn': { label: '发现日期', clause: '4.4.5' },
  'execution.termination': {
    label: '终止申请',
    clause: '4.4.5',
    hint: '向上级汇报，请求终止对其的调查和业务洽谈',
  },
  'execution.termination.reason': { label: '终止原因', clause: '4.4.5' },
  'execution.termination.informed': { label: '已汇报的上级', clause: '4.4.5' },
  'execution.termination.requestedAt': { label: '申请终止时间', clause: '4.4.5' },
  'execution.termination.confirmedAt': { label: '确认终止时间', clause: '4.4.5' },
  'execution.progressReports': {
    label: '新客户开发进度报表',
    clause: '4.4.6',
    hint: '将工作的进展情况、取得成绩和存在的问题向营销部长反映',
  },
  'execution.progressReports.date': { label: '报表日期', clause: '4.4.6' },
  'execution.progressReports.progress': { label: '工作进展', clause: '4.4.6' },
  'execution.progressReports.achievements': { label: '取得成绩', clause: '4.4.6' },
  'execution.progressReports.problems': { label: '存在的问题', clause: '4.4.6' },
  'execution.progressReports.guidance': { label: '营销部长指导意见', clause: '4.4.6' },
  'execution.progressReports.guidanceBy': { label: '指导人', clause: '4.4.6' },

  'review.successPoints': { label: '成功点', clause: '4.5.1', hint: '分析总结开发过程中的成功点，作为后续开发经验' },
  'review.failurePoints': { label: '失败点', clause: '4.5.1', hint: '分析总结开发过程中的失败点，作为后续开发经验' },
  'review.correctiveActions': {
    label: '纠正预防措施',
    clause: '4.5.2',
    hint: '组织本部门及相关部门实施纠正预防',
  },

  'onboarding.customerCode': { label: '客户代码', clause: '4.6.1', hint: '为新客户设定代码，进行有关登记准备' },
  'onboarding.departmentsNotified': {
    label: '已通知的部门',
    clause: '4.6.2',
    hint: '将新客户基本资料通知公司相关部门',
  },
  'onboarding.documentsArchived': { label: '资料已存档', clause: '4.6.3', hint: '新客户有关资料的存档' },
  'onboarding.archiveNote': { label: '存档说明', clause: '4.6.3' },
} as const satisfies Record<string, FieldInfo>;

export type FieldPath = keyof typeof FIELDS;

/**
 * The development file (开发档案): one per prospect, kept by a rep for weeks
 * and sent to managers as JSON. This zod schema is the single source of the
 * type, of validation (import), of repair (restore) and of the published JSON
 * Schema of the export format.
 *
 * Every field except the identity has a default, so a file can be saved
 * incomplete at any time; what a stage needs before the file moves on is
 * declared in requirements.ts, not here.
 *
 * Stored shape history (bump SCHEMA_VERSION and add a step to migrations.ts):
 *   1 — first version (visits were added before the first release, with a
 *       default, so no migration step).
 */
import { z } from '../zod';

export const SCHEMA_VERSION = 1;

/** Limits keep a hostile or broken file from filling the browser's storage. */
export const LIMITS = {
  shortText: 200,
  longText: 5000,
  listItems: 500,
  id: 64,
} as const;

const shortText = z.string().max(LIMITS.shortText, `不能超过 ${LIMITS.shortText} 个字符`).default('');
const longText = z.string().max(LIMITS.longText, `不能超过 ${LIMITS.longText} 个字符`).default('');
/** Ids become object keys and storage keys, so names of Object.prototype are refused. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const entityId = z
  .string()
  .min(1, '缺少编号')
  .max(LIMITS.id, '编号过长')
  .regex(/^[A-Za-z0-9_-]+$/, '编号只能包含字母、数字、- 和 _')
  .refine((id) => !RESERVED_IDS.has(id), '编号不能使用保留字');
const timestamp = z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601' });
const calendarDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.listItems, `最多 ${LIMITS.listItems} 项`).default([]);

// ── Stages ────────────────────────────────────────────────────────────────
export const STAGE_IDS = [
  'evaluation',
  'survey',
  'application',
  'preparation',
  'execution',
  'review',
  'onboarding',
  'terminated',
] as const;
export const stageSchema = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof stageSchema>;

// ── 4.1.2 Evaluation ──────────────────────────────────────────────────────
export const CRITERION_IDS = ['finance', 'investment', 'contribution', 'capability'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

const criterionSchema = z
  .object({
    /** 1 (poor) … 5 (excellent); null until the rep scores it. */
    score: z.number().int().min(1, '评分为 1–5').max(5, '评分为 1–5').nullable().default(null),
    note: longText,
  })
  .default({ score: null, note: '' });

export const evaluationSchema = z
  .object({
    finance: criterionSchema,
    investment: criterionSchema,
    contribution: criterionSchema,
    capability: criterionSchema,
    evaluatedAt: calendarDate.nullable().default(null),
  })
  .default(() => ({
    finance: { score: null, note: '' },
    investment: { score: null, note: '' },
    contribution: { score: null, note: '' },
    capability: { score: null, note: '' },
    evaluatedAt: null,
  }));

// ── Records a manager makes (3.2, 3.4, 4.2.2, 4.4.5, 4.4.6) ─────────────────
export const APPROVER_ROLES = ['marketingManager', 'generalManager'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];
/**
 * How a manager's record was made: 'desk', by the manager on 主管审阅; 'paper',
 * 代登记 by the rep from a signed paper form (shown and printed as such).
 */
export const APPROVAL_ENTRIES = ['desk', 'paper'] as const;
/** A manager's signature of a record (签名审批, domain/signing): the signer key's fingerprint and the value. */
const signatureSchema = z.object({
  signer: z.string().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/, '签名人指纹格式不正确'),
  value: z.string().max(200, '签名过长').regex(/^[A-Za-z0-9+/=]+$/, '签名格式不正确'),
});

/** Who wrote a manager's record, and how: the fields every such record carries. */
const recordedBy = {
  /** Absent in records made without a key (before signing, or 代登记). */
  signature: signatureSchema.optional(),
  by: shortText,
  /** The role the record was made in; absent in records made before roles were kept. */
  role: z.enum(APPROVER_ROLES).optional(),
  at: timestamp,
  /** Absent in records made before this was kept. */
  entry: z.enum(APPROVAL_ENTRIES).optional(),
};

// ── 4.2 Background survey ────────────────────────────────────────────────
export const SCREENING_RESULTS = ['pending', 'focus', 'hold', 'reject'] as const;
/** 4.2.2: what the team review the 营销部长 organises concludes. */
export const TEAM_REVIEW_CONCLUSIONS = ['focus', 'hold', 'reject'] as const;
export type TeamReviewConclusion = (typeof TEAM_REVIEW_CONCLUSIONS)[number];

const teamReviewRecordSchema = z.object({
  heldOn: calendarDate,
  participants: shortText,
  conclusion: z.enum(TEAM_REVIEW_CONCLUSIONS),
  comment: longText,
  ...recordedBy,
});
export type TeamReviewRecord = z.infer<typeof teamReviewRecordSchema>;

const openPointSchema = z.object({
  id: entityId,
  question: shortText,
  /** 4.2.4: unclear findings need a special follow-up survey. */
  needsSpecialSurvey: z.boolean().default(true),
  resolution: longText,
  resolved: z.boolean().default(false),
});

export const surveySchema = z
  .object({
    /** 4.2.1: when the prospect was reported to the 营销部长 in the potential-customer list. */
    reportedToManagerAt: calendarDate.nullable().default(null),
    /** 4.2.2–4.2.3: what the survey found, measured against 4.1.2. */
    findings: longText,
    /** 4.2.2: the rep's own notes of the team review. */
    teamReview: longText,
    /** 4.2.2: the review's record, made by the 营销部长 (or 代登记 from the paper minutes). */
    teamReviewRecord: teamReviewRecordSchema.nullable().default(null),
    /** 4.2.4: screening result. */
    screeningResult: z.enum(SCREENING_RESULTS).default('pending'),
    screeningNote: longText,
    openPoints: list(openPointSchema),
  })
  .default(() => ({
    reportedToManagerAt: null,
    findings: '',
    teamReview: '',
    teamReviewRecord: null,
    screeningResult: 'pending' as const,
    screeningNote: '',
    openPoints: [],
  }));

// ── 4.2.5 Development application ─────────────────────────────────────────
export const APPROVAL_DECISIONS = ['approved', 'rejected', 'returned'] as const;

const approvalSchema = z.object({
  decision: z.enum(APPROVAL_DECISIONS),
  comment: longText,
  /** SHA-256 of what the 申请表 printed when the decision was signed: the decision is for that content only. */
  contentDigest: z.string().regex(/^[0-9a-f]{64}$/, '格式不正确').optional(),
  ...recordedBy,
});
export type Approval = z.infer<typeof approvalSchema>;

const approvalsSchema = z
  .object({
    marketingManager: approvalSchema.nullable().default(null),
    generalManager: approvalSchema.nullable().default(null),
  })
  .default({ marketingManager: null, generalManager: null });

const ruleScore = z.number().min(0).max(100);
/** The 4.1.2 rules an evaluation was judged by (the site's defaults or a company's, 公司设置). */
const evaluationRulesSchema = z.object({
  source: shortText,
  weights: z.object({ finance: ruleScore, investment: ruleScore, contribution: ruleScore, capability: ruleScore }),
  recommendAt: ruleScore,
  rejectBelow: ruleScore,
  mandatoryMinimum: ruleScore,
  mandatoryRejectAtOrBelow: ruleScore,
  vetoScore: ruleScore,
});
export type EvaluationRules = z.infer<typeof evaluationRulesSchema>;

/** The 4.1.2 result as it stood when the application was submitted, with the rules it was judged by. */
const submittedEvaluationSchema = z.object({
  total: z.number().min(0).max(100).nullable(),
  recommendation: z.enum(['recommend', 'review', 'reject']).nullable(),
  rules: evaluationRulesSchema,
});
export type SubmittedEvaluation = z.infer<typeof submittedEvaluationSchema>;

const fingerprintSchema = z.string().regex(/^[0-9a-f]{1,14}$/, '格式不正确');

/** An earlier submission and the decisions given on it, kept when the application is submitted again. */
const applicationRoundSchema = z.object({
  submittedAt: timestamp,
  submittedFingerprint: fingerprintSchema.nullable().default(null),
  approvals: approvalsSchema,
});
export type ApplicationRound = z.infer<typeof applicationRoundSchema>;

export const applicationSchema = z
  .object({
    /** 预计年采购额, in 万元. */
    expectedAnnualPurchase: z.number().nonnegative('金额不能为负数').max(1e9, '金额过大').nullable().default(null),
    reasons: longText,
    applicant: shortText,
    appliedOn: calendarDate.nullable().default(null),
    /** Set when the rep submits it for approval; cleared when it is returned. */
    submittedAt: timestamp.nullable().default(null),
    /**
     * The fingerprint of what the 申请表 printed when it was submitted
     * (application-state.ts): a decision applies to that content only, so an
     * edit after submission needs a new submission. Null in files submitted
     * before it was recorded.
     */
    submittedFingerprint: fingerprintSchema.nullable().default(null),
    /** Null in files submitted before it was recorded. */
    submittedEvaluation: submittedEvaluationSchema.nullable().default(null),
    approvals: approvalsSchema,
    /** Earlier submissions, oldest first: the full file prints every round. */
    rounds: list(applicationRoundSchema),
  })
  .default(() => ({
    expectedAnnualPurchase: null,
    reasons: '',
    applicant: '',
    appliedOn: null,
    submittedAt: null,
    submittedFingerprint: null,
    submittedEvaluation: null,
    approvals: { marketingManager: null, generalManager: null },
    rounds: [],
  }));

// ── 4.3 Preparation ───────────────────────────────────────────────────────
export const ATTITUDES = ['supportive', 'neutral', 'opposed', 'unknown'] as const;

const personSchema = z
  .object({
    name: shortText,
    title: shortText,
    contact: shortText,
    notes: longText,
  })
  .default({ name: '', title: '', contact: '', notes: '' });

const decisionMakerSchema = z.object({
  id: entityId,
  name: shortText,
  role: shortText,
  contact: shortText,
  attitude: z.enum(ATTITUDES).default('unknown'),
  notes: longText,
});

const supplierSchema = z.object({
  id: entityId,
  name: shortText,
  products: shortText,
  notes: longText,
});

export const preparationSchema = z
  .object({
    /** 4.3.1 */
    responsiblePerson: personSchema,
    /** 4.3.2 */
    decisionMakers: list(decisionMakerSchema),
    /** 4.3.3 */
    similarSuppliers: list(supplierSchema),
    /** 4.3.4 */
    procurementCharacteristics: longText,
    procurementCycle: shortText,
    /** 4.3.5 */
    paymentMethod: shortText,
    collectionCycleDays: z.number().int().nonnegative().max(3650).nullable().default(null),
    /** 4.3.6 */
    businessInfo: longText,
  })
  .default(() => ({
    responsiblePerson: { name: '', title: '', contact: '', notes: '' },
    decisionMakers: [],
    similarSuppliers: [],
    procurementCharacteristics: '',
    procurementCycle: '',
    paymentMethod: '',
    collectionCycleDays: null,
    businessInfo: '',
  }));

// ── 4.4 Execution ─────────────────────────────────────────────────────────
export const ACTIVITY_TYPES = ['contact', 'introduction', 'materials', 'executiveMeeting', 'factoryVisit', 'closingRequest', 'other'] as const;
export const RISK_KINDS = ['credit', 'operations', 'finance'] as const;

const activitySchema = z.object({
  id: entityId,
  date: calendarDate,
  type: z.enum(ACTIVITY_TYPES).default('other'),
  summary: longText,
  outcome: longText,
  nextStep: longText,
});

const problemSchema = z.object({
  id: entityId,
  foundOn: calendarDate.nullable().default(null),
  description: longText,
  solution: longText,
  solved: z.boolean().default(false),
});

const riskSchema = z.object({
  id: entityId,
  kind: z.enum(RISK_KINDS),
  description: longText,
  raisedOn: calendarDate.nullable().default(null),
});

export const TERMINATION_DECISIONS = ['terminate', 'continue'] as const;
export type TerminationDecisionId = (typeof TERMINATION_DECISIONS)[number];

/** 4.4.5: the superior's answer to a termination request: 终止 or 继续开发, with the reason. */
const terminationDecisionSchema = z.object({
  decision: z.enum(TERMINATION_DECISIONS),
  comment: longText,
  ...recordedBy,
});
export type TerminationDecision = z.infer<typeof terminationDecisionSchema>;

const terminationSchema = z.object({
  reason: longText,
  /** Who was informed (上级), 4.4.5. */
  informed: shortText,
  requestedAt: timestamp,
  /** The superior's decision; a termination needs 终止 here (or its 代登记). */
  decision: terminationDecisionSchema.nullable().default(null),
  /** Set only after the rep confirms; then the file moves to 终止. */
  confirmedAt: timestamp.nullable().default(null),
});

const progressReportSchema = z.object({
  id: entityId,
  date: calendarDate,
  progress: longText,
  achievements: longText,
  problems: longText,
  /** 营销部长的指导, filled in when a reviewed file comes back. */
  guidance: longText,
  guidanceBy: shortText,
  guidanceAt: timestamp.nullable().default(null),
  /** The role the guidance was given in (absent in guidance given before roles were kept). */
  guidanceRole: z.enum(APPROVER_ROLES).optional(),
  guidanceSignature: signatureSchema.optional(),
});

export const executionSchema = z
  .object({
    activities: list(activitySchema),
    problems: list(problemSchema),
    risks: list(riskSchema),
    termination: terminationSchema.nullable().default(null),
    progressReports: list(progressReportSchema),
  })
  .default(() => ({ activities: [], problems: [], risks: [], termination: null, progressReports: [] }));

// ── 4.5 Review ────────────────────────────────────────────────────────────
export const reviewSchema = z
  .object({
    successPoints: longText,
    failurePoints: longText,
    correctiveActions: longText,
  })
  .default({ successPoints: '', failurePoints: '', correctiveActions: '' });

// ── 4.6 Entry into the customer system ───────────────────────────────────
/** The site's default list of departments (a company sets its own in 公司设置). */
export const DEPARTMENTS: readonly string[] = ['销售部', '财务部', '生产部', '技术部', '品质部', '采购部', '物流部'];

export const onboardingSchema = z
  .object({
    customerCode: shortText,
    /** Names from the company's list at the time (公司设置), so a later change of the list keeps them. */
    departmentsNotified: z.array(z.string().max(20, '部门名称不能超过 20 个字符')).max(20, '最多 20 个部门').default([]),
    documentsArchived: z.boolean().default(false),
    archiveNote: longText,
  })
  .default({ customerCode: '', departmentsNotified: [], documentsArchived: false, archiveNote: '' });

// ── Visit preparation (《怎样开发新客户》 step 1) ─────────────────────────────
export const VISIT_RESEARCH = ['strength', 'sales', 'relationships', 'character'] as const;
export const VISIT_MATERIALS = ['companyProfile', 'productBrochure', 'samples', 'priceList'] as const;
export const TALKING_POINTS = [
  'company',
  'products',
  'features',
  'competitors',
  'industry',
  'pricePolicy',
  'promotions',
  'brand',
  'supply',
  'settlement',
] as const;

export const visitSchema = z.object({
  id: entityId,
  plannedOn: calendarDate.nullable().default(null),
  purpose: shortText,
  contactPerson: shortText,
  /** 拜访前的调研: what the rep learned about the customer, one note per topic. */
  research: z
    .object({ strength: longText, sales: longText, relationships: longText, character: longText })
    .default({ strength: '', sales: '', relationships: '', character: '' }),
  /** 资料准备: which materials are packed. */
  materials: z.array(z.enum(VISIT_MATERIALS)).max(VISIT_MATERIALS.length).default([]),
  appearanceReady: z.boolean().default(false),
  mindsetReady: z.boolean().default(false),
  /** 专业水平: the topics the rep can present fluently. */
  talkingPoints: z.array(z.enum(TALKING_POINTS)).max(TALKING_POINTS.length).default([]),
  /** Questions left open at the previous visit, to be answered this time. */
  openQuestions: longText,
  /** After the visit: what is still open, carried over to the next visit. */
  leftOpen: longText,
  done: z.boolean().default(false),
});
export type Visit = z.infer<typeof visitSchema>;

// ── The file ──────────────────────────────────────────────────────────────
export const stageChangeSchema = z.object({
  from: stageSchema.nullable(),
  to: stageSchema,
  at: timestamp,
  note: shortText,
});

export const developmentFileSchema = z.object({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  /**
   * A version vector: saves per browser (device id → count). Comparing two
   * copies tells newer, older or conflicting without trusting clocks.
   */
  clock: z.record(entityId, z.number().int().nonnegative()).default({}),
  owner: shortText,
  customer: z
    .object({
      name: shortText,
      region: shortText,
      industry: shortText,
      type: shortText,
      /** 4.2.1: the channel through which the prospect was found. */
      sourceChannel: shortText,
    })
    .default({ name: '', region: '', industry: '', type: '', sourceChannel: '' }),
  stage: stageSchema.default('evaluation'),
  stageHistory: list(stageChangeSchema),
  evaluation: evaluationSchema,
  survey: surveySchema,
  application: applicationSchema,
  preparation: preparationSchema,
  execution: executionSchema,
  review: reviewSchema,
  onboarding: onboardingSchema,
  visits: list(visitSchema),
});

export type DevelopmentFile = z.infer<typeof developmentFileSchema>;
/** What callers may pass in: defaults not yet applied. */
export type DevelopmentFileInput = z.input<typeof developmentFileSchema>;
export type Evaluation = DevelopmentFile['evaluation'];
export type Activity = DevelopmentFile['execution']['activities'][number];
export type ProgressReport = DevelopmentFile['execution']['progressReports'][number];

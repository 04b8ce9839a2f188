/** Development files for the rule tests: an empty one and one with every stage done. */
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import { developmentFileSchema, type DevelopmentFile, type StageId } from '../../../src/domain/development-file/schema';

export const NOW = '2026-11-27T09:00:00.000Z';

export function blankFile(id = 'file1', customerName = '华东精密机械有限公司'): DevelopmentFile {
  return createDevelopmentFile({ customerName, owner: '张伟' }, NOW, id);
}

/** A file in which every requirement of every stage is met; it still sits at 策划与评估. */
export function completeFile(id = 'file1'): DevelopmentFile {
  return developmentFileSchema.parse({
    ...blankFile(id),
    evaluation: {
      finance: { score: 4, note: '近三年按期付款' },
      investment: { score: 4, note: '' },
      contribution: { score: 4, note: '' },
      capability: { score: 3, note: '' },
      evaluatedAt: '2026-10-01',
    },
    survey: {
      reportedToManagerAt: '2026-10-03',
      findings: '财务稳健，信用良好，年采购量大',
      teamReview: '团队评审同意列为重点',
      teamReviewRecord: {
        heldOn: '2026-10-05',
        participants: '李部长、张伟、财务部赵会计',
        conclusion: 'focus',
        comment: '',
        by: '李部长',
        role: 'marketingManager',
        at: '2026-10-05T08:00:00.000Z',
        entry: 'desk',
      },
      screeningResult: 'focus',
      openPoints: [{ id: 'p1', question: '实际控制人是谁', needsSpecialSurvey: true, resolution: '已查明', resolved: true }],
    },
    application: {
      expectedAnnualPurchase: 300,
      reasons: '符合主攻方向',
      applicant: '张伟',
      appliedOn: '2026-10-10',
      submittedAt: '2026-10-10T08:00:00.000Z',
      approvals: {
        marketingManager: { decision: 'approved', comment: '', by: '李部长', at: '2026-10-11T08:00:00.000Z' },
        generalManager: { decision: 'approved', comment: '', by: '王总', at: '2026-10-12T08:00:00.000Z' },
      },
    },
    preparation: {
      responsiblePerson: { name: '陈经理', title: '采购经理', contact: '13800000000', notes: '' },
      decisionMakers: [{ id: 'd1', name: '刘总', role: '总经理，最终拍板' }],
      similarSuppliers: [{ id: 's1', name: '苏州精工', products: '精密轴' }],
      procurementCharacteristics: '技术部先认证，采购部比价',
      procurementCycle: '每季度招标',
      paymentMethod: '月结电汇',
      collectionCycleDays: 60,
      businessInfo: '年营收约 5 亿元',
    },
    execution: {
      activities: [
        { id: 'a1', date: '2026-11-01', type: 'contact', summary: '电话联系陈经理' },
        { id: 'a2', date: '2026-11-10', type: 'closingRequest', summary: '提出试单' },
      ],
      problems: [{ id: 'q1', description: '样品尺寸偏差', solution: '调整工艺', solved: true }],
      progressReports: [{ id: 'r1', date: '2026-11-15', progress: '已试单' }],
    },
    review: { successPoints: '高层会面及时', failurePoints: '报价偏慢', correctiveActions: '无' },
    onboarding: { customerCode: 'KH-2026-0007', departmentsNotified: ['销售部', '财务部'], documentsArchived: true },
  });
}

/** `file` moved straight to `stage` on `at`, as if by a valid history. */
export function atStage(file: DevelopmentFile, stage: StageId, at = NOW): DevelopmentFile {
  return { ...file, stage, stageHistory: [...file.stageHistory, { from: file.stage, to: stage, at, note: '' }] };
}

/** Freezes every object and array inside `value`, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

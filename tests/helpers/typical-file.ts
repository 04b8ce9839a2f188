/**
 * A development file as a rep leaves it after a full development: every
 * stage filled with realistic Chinese text. Used to measure the size of an
 * export and as a heavy, valid input for tests and benchmarks.
 */
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';

const T = (day: string, time = '10:00:00') => `2026-${day}T${time}.000+08:00`;

export function typicalCompleteFile(id: string, customerName = '华东精密机械有限公司'): DevelopmentFile {
  return developmentFileSchema.parse({
    id,
    createdAt: T('03-02'),
    updatedAt: T('09-18', '17:42:10'),
    clock: { 'rep-laptop-4f2a': 57, 'manager-pc-91c0': 6 },
    owner: '张伟',
    customer: { name: customerName, region: '江苏省苏州市', industry: '通用设备制造', type: '终端制造商', sourceChannel: '行业展会（上海工博会）' },
    stage: 'onboarding',
    stageHistory: [
      { from: null, to: 'evaluation', at: T('03-02'), note: '' },
      { from: 'evaluation', to: 'survey', at: T('03-10'), note: '评估总分 76，推荐' },
      { from: 'survey', to: 'application', at: T('04-02'), note: '背景调查完成，列为重点' },
      { from: 'application', to: 'preparation', at: T('04-15'), note: '营销部长、总经理已批准' },
      { from: 'preparation', to: 'execution', at: T('05-06'), note: '' },
      { from: 'execution', to: 'review', at: T('08-28'), note: '首单已交付' },
      { from: 'review', to: 'onboarding', at: T('09-10'), note: '' },
    ],
    evaluation: {
      finance: { score: 4, note: '近三年营收稳定增长，年营收约 6.8 亿元，资产负债率 48%，经营性现金流为正。' },
      investment: { score: 3, note: '需投入样品与两次技术交流，预计前期费用 8 万元，周期约 4 个月。' },
      contribution: { score: 4, note: '预计年采购额 600 万元，毛利率高于公司平均水平约 3 个百分点。' },
      capability: { score: 4, note: '我司现有产线可满足其精度要求，交期需协调生产部保证 15 天。' },
      evaluatedAt: '2026-03-09',
    },
    survey: {
      reportedToManagerAt: '2026-03-11',
      findings: '走访其苏州工厂，了解到现有两家供应商，其中一家交期不稳定，客户有意引入第三家。工商信息无重大诉讼，纳税信用等级 A。采购部经理透露年内有新产线投产计划。',
      teamReview: '营销部长组织小组评审：同意列为重点开发客户，需重点关注付款周期与质量体系审核。',
      screeningResult: 'focus',
      screeningNote: '重点开发，争取在新产线投产前进入合格供应商名录。',
      openPoints: [
        { id: 'op1', question: '新产线的具体投产时间？', needsSpecialSurvey: true, resolution: '经专项调查确认为 9 月下旬。', resolved: true },
        { id: 'op2', question: '现有供应商合同到期时间', needsSpecialSurvey: false, resolution: '年底到期。', resolved: true },
      ],
    },
    application: {
      expectedAnnualPurchase: 600,
      reasons: '客户规模与信用良好，采购需求与我司产品高度匹配；现有供应商交期不稳定，是进入的窗口期。',
      applicant: '张伟',
      appliedOn: '2026-04-02',
      submittedAt: T('04-02', '15:20:00'),
      approvals: {
        marketingManager: { decision: 'approved', comment: '同意，注意控制前期费用。', by: '李娜', at: T('04-08') },
        generalManager: { decision: 'approved', comment: '同意开发。', by: '王强', at: T('04-14') },
      },
    },
    preparation: {
      responsiblePerson: { name: '张伟', title: '大客户经理', contact: '138 0000 1234', notes: '主导商务，技术问题由技术部刘工支持。' },
      decisionMakers: [
        { id: 'dm1', name: '陈总', role: '分管采购副总', contact: '办公室 0512-6000 0000', attitude: 'supportive', notes: '重视交期与质量稳定性。' },
        { id: 'dm2', name: '周经理', role: '采购部经理', contact: '微信', attitude: 'neutral', notes: '与现有供应商关系较好，需多沟通。' },
        { id: 'dm3', name: '吴工', role: '品质部主管', contact: '邮件', attitude: 'unknown', notes: '负责供应商质量审核。' },
      ],
      similarSuppliers: [
        { id: 's1', name: '苏南精工', products: '精密轴套、法兰', notes: '价格低，交期不稳定。' },
        { id: 's2', name: '浙北机械', products: '法兰', notes: '质量好，价格高约 8%。' },
      ],
      procurementCharacteristics: '按月计划采购，小批量多批次；新供应商需通过样品验证和现场审核。',
      procurementCycle: '每月一次',
      paymentMethod: '月结 60 天，银行承兑汇票',
      collectionCycleDays: 60,
      businessInfo: '成立于 2008 年，注册资本 1.2 亿元，员工约 900 人，主营通用机械零部件。',
    },
    execution: {
      activities: [
        { id: 'a1', date: '2026-05-06', type: 'contact', summary: '电话联系周经理，约定拜访时间。', outcome: '同意下周面谈。', nextStep: '准备公司介绍与样品。' },
        { id: 'a2', date: '2026-05-13', type: 'introduction', summary: '上门介绍公司与产品。', outcome: '对交期保障感兴趣。', nextStep: '提交技术资料。' },
        { id: 'a3', date: '2026-05-20', type: 'materials', summary: '寄送技术资料与质量证书。', outcome: '技术部已评审。', nextStep: '安排高层会面。' },
        { id: 'a4', date: '2026-06-03', type: 'executiveMeeting', summary: '我司总经理与陈总会面。', outcome: '原则同意试单。', nextStep: '邀请来厂考察。' },
        { id: 'a5', date: '2026-06-17', type: 'factoryVisit', summary: '客户品质部来厂审核。', outcome: '审核通过，提出两项改进。', nextStep: '整改后提交报告。' },
        { id: 'a6', date: '2026-07-08', type: 'closingRequest', summary: '提出试单请求。', outcome: '获得首批 2,000 件订单。', nextStep: '跟进交付。' },
      ],
      problems: [
        { id: 'p1', foundOn: '2026-06-17', description: '来料检验记录不完整。', solution: '品质部补充检验记录模板。', solved: true },
      ],
      risks: [{ id: 'r1', kind: 'finance', description: '付款周期较长，注意应收账款。', raisedOn: '2026-04-20' }],
      termination: null,
      progressReports: [
        { id: 'pr1', date: '2026-05-31', progress: '完成首次拜访和资料提交。', achievements: '进入技术评审。', problems: '暂无。', guidance: '抓紧安排高层会面。', guidanceBy: '李娜', guidanceAt: T('06-01') },
        { id: 'pr2', date: '2026-06-30', progress: '完成工厂审核。', achievements: '审核通过。', problems: '两项整改。', guidance: '整改要快，争取 7 月拿到试单。', guidanceBy: '李娜', guidanceAt: T('07-01') },
        { id: 'pr3', date: '2026-07-31', progress: '获得试单并交付。', achievements: '首单 2,000 件。', problems: '无。', guidance: '', guidanceBy: '', guidanceAt: null },
      ],
    },
    review: {
      successPoints: '抓住客户更换供应商的窗口期；高层会面推动决策；整改响应快。',
      failurePoints: '前期对付款条件了解不足，谈判被动。',
      correctiveActions: '在背景调查阶段增加付款习惯调查项。',
    },
    onboarding: {
      customerCode: 'KH-2026-0012',
      departmentsNotified: ['销售部', '财务部', '生产部', '品质部'],
      documentsArchived: true,
      archiveNote: '开发档案、审批单、审核报告已归档至销售部共享盘。',
    },
  });
}

/**
 * What each stage asks of the rep, in a sentence or two drawn from the
 * procedure and the guide, with the clauses to read. Kept as data so the
 * wording can be reviewed against the source in one place.
 */
import type { WorkingStageId } from '../../domain/development-file/requirements';
import { stepHref, type ClauseNumber } from '../../domain/playbook/clauses';

export interface StageGuidance {
  text: string;
  clauses: ClauseNumber[];
  guide?: { href: string; label: string };
}

export const STAGE_GUIDANCE: Record<WorkingStageId, StageGuidance> = {
  evaluation: {
    text: '依据年度营销计划及营销中心战略确定新客户，并从财务管理能力与信用、开发投入与交易预估、贡献与价值、技术难度与品质要求四个方向评估。',
    clauses: ['4.1.1', '4.1.2'],
  },
  survey: {
    text: '把客户列入潜在客户名录并定期报备营销部长；营销部长组织团队评审；调查客户是否符合 4.1.2 的原则，筛选评价，不详之处组织专项调查。',
    clauses: ['4.2.1', '4.2.2', '4.2.3', '4.2.4'],
  },
  application: {
    text: '提出新客户的开发申请，经营销部长和总经理批准后再开展前期准备。',
    clauses: ['4.2.5', '3.2', '3.4'],
  },
  preparation: {
    text: '确定客户方负责人和关键决策人并收集其信息，了解同类供应商、采购决策特点与周期、支付方式与回款周期以及客户的经营信息。',
    clauses: ['4.3.1', '4.3.2', '4.3.3', '4.3.4', '4.3.5', '4.3.6'],
    guide: { href: stepHref(1), label: '第一步：专业取信客户（拜访前的调研与准备）' },
  },
  execution: {
    text: '与负责人和关键决策人建立联系，介绍公司、邀请考察并跟踪问题，客户满意后提出成交要求；发现信用、经营、财务问题及时汇报并请求终止；定期填写进度报表。',
    clauses: ['4.4.1', '4.4.2', '4.4.3', '4.4.5', '4.4.6'],
    guide: { href: stepHref(2), label: '第二步至第五步：利益、态度、情感与行动' },
  },
  review: {
    text: '分析开发过程中的成功点与失败点，作为后续开发经验；需要纠正预防的，组织本部门及相关部门实施。',
    clauses: ['4.5.1', '4.5.2'],
  },
  onboarding: {
    text: '为新客户设定代码并做登记准备，把基本资料通知相关部门，并把有关资料存档。',
    clauses: ['4.6.1', '4.6.2', '4.6.3'],
  },
};

/**
 * The files of one rep as the managers' desk meets them: an application
 * waiting for the 营销部长, a prospect in 背景调查 waiting for the 团队评审,
 * a file in 正式实施 with a progress report waiting for guidance and a
 * termination request waiting for a decision. Used by the desk's end-to-end
 * tests and by `npm run screens`.
 */
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';
import { emptyFile } from './development-files';
import { typicalCompleteFile } from './typical-file';

export const APPLYING = '华东精密机械有限公司';
export const SURVEYING = '苏州恒达电子科技有限公司';
export const EXECUTING = '宁波海天塑业有限公司';
const T = (day: string, time = '10:00:00') => `2026-${day}T${time}.000+08:00`;

/** At 开发申请 with every field filled; `submitted` sets it as sent (no decision yet). */
export function applyingFile(id = 'dk-a', submitted = false): DevelopmentFile {
  const typical = typicalCompleteFile(id, APPLYING);
  const blank = emptyFile(id, APPLYING);
  return developmentFileSchema.parse({
    ...typical,
    updatedAt: T('04-02', '15:00:00'),
    clock: { 'rep-laptop-4f2a': 30 },
    stage: 'application',
    stageHistory: typical.stageHistory.slice(0, 3),
    survey: {
      ...typical.survey,
      teamReviewRecord: {
        heldOn: '2026-03-28',
        participants: '营销部长 李娜、业务员 张伟',
        conclusion: 'focus',
        comment: '',
        by: '李娜',
        role: 'marketingManager',
        at: T('03-28'),
        entry: 'desk',
      },
    },
    application: {
      ...typical.application,
      submittedAt: submitted ? T('04-02', '15:20:00') : null,
      submittedFingerprint: null,
      approvals: { marketingManager: null, generalManager: null },
    },
    execution: blank.execution,
    review: blank.review,
    onboarding: blank.onboarding,
  });
}

export function surveyingFile(id = 'dk-b'): DevelopmentFile {
  const blank = emptyFile(id, SURVEYING);
  return developmentFileSchema.parse({
    ...blank,
    clock: { 'rep-laptop-4f2a': 8 },
    stage: 'survey',
    stageHistory: [
      { from: null, to: 'evaluation', at: T('10-02'), note: '' },
      { from: 'evaluation', to: 'survey', at: T('11-20'), note: '' },
    ],
    evaluation: {
      finance: { score: 4, note: '' },
      investment: { score: 4, note: '' },
      contribution: { score: 3, note: '' },
      capability: { score: 4, note: '' },
      evaluatedAt: '2026-11-18',
    },
    survey: { ...blank.survey, reportedToManagerAt: '2026-11-22', findings: '年采购电子元件约 3000 万元，现有两家供应商。' },
  });
}

export function executingFile(id = 'dk-c'): DevelopmentFile {
  const typical = typicalCompleteFile(id, EXECUTING);
  const blank = emptyFile(id, EXECUTING);
  return developmentFileSchema.parse({
    ...typical,
    owner: '李强',
    clock: { 'rep-phone-77aa': 41 },
    stage: 'execution',
    stageHistory: typical.stageHistory.slice(0, 5),
    execution: {
      ...typical.execution,
      risks: [{ id: 'rk1', kind: 'credit', description: '法院公告显示其被两家供应商起诉拖欠货款。', raisedOn: '2026-11-28' }],
      termination: { reason: '客户涉及两起拖欠货款诉讼，信用存疑。', informed: '营销部长 李娜', requestedAt: T('11-29'), decision: null, confirmedAt: null },
      progressReports: [
        { id: 'pr1', date: '2026-11-25', progress: '完成第二次技术交流，客户工程部试用样品。', achievements: '样品通过初检。', problems: '客户要求月结 120 天。', guidance: '', guidanceBy: '', guidanceAt: null },
      ],
    },
    review: blank.review,
    onboarding: blank.onboarding,
  });
}

import { describe, expect, test } from 'vitest';
import { DEVELOPMENT_CONFIG } from '../../../src/domain/development-file/config';
import { completeness, missingFor, requirementsFor, WORKING_STAGE_IDS } from '../../../src/domain/development-file/requirements';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';
import { blankFile, completeFile } from './fixtures';

type Section<K extends keyof DevelopmentFile> = Partial<DevelopmentFile[K]>;

/** The complete file with one section partly replaced. */
function edit<
  K extends 'customer' | 'evaluation' | 'survey' | 'application' | 'preparation' | 'execution' | 'review' | 'onboarding',
>(key: K, changes: Section<K>, base: DevelopmentFile = completeFile()): DevelopmentFile {
  return { ...base, [key]: { ...base[key], ...changes } };
}

const messages = (file: DevelopmentFile, stage: Parameters<typeof missingFor>[1], context = {}) =>
  missingFor(file, stage, context).map((m) => m.message);
const paths = (file: DevelopmentFile, stage: Parameters<typeof missingFor>[1]) => missingFor(file, stage).map((m) => m.path);

describe('missingFor', () => {
  test('a complete file lacks nothing at any stage; 终止 has no requirements', () => {
    const file = completeFile();
    for (const id of WORKING_STAGE_IDS) expect(missingFor(file, id), id).toEqual([]);
    expect(missingFor(blankFile(), 'terminated')).toEqual([]);
  });

  test('a missing entry carries the field label and the clause', () => {
    const [first] = missingFor(blankFile(), 'evaluation');
    expect(first).toEqual({
      path: 'evaluation.finance.score',
      label: '财务管理能力与信用评分',
      clause: '4.1.2',
      message: '请为“财务管理能力与信用”评分（1–5）',
    });
  });

  describe('策划与评估 (4.1)', () => {
    test('customer name and all four scores', () => {
      expect(paths(blankFile('f', '  '), 'evaluation')).toEqual([
        'customer.name',
        'evaluation.finance.score',
        'evaluation.investment.score',
        'evaluation.contribution.score',
        'evaluation.capability.score',
      ]);
      expect(messages(blankFile(), 'evaluation')).toContain('请为“技术难度与品质要求对比公司能力”评分（1–5）');
    });

    test('财务管理能力与信用 at or below the reject line (2) blocks the way on (4.1.2 必须); other low scores do not', () => {
      const score = (finance: number, investment = 4) =>
        edit('evaluation', { finance: { score: finance, note: '' }, investment: { score: investment, note: '' } });
      expect(messages(score(1), 'evaluation')).toEqual([
        '4.1.2 要求新客户必须具有较强的财务管理能力与较好的信用，而“财务管理能力与信用”仅 1 分：请核实评分，或终止开发',
      ]);
      expect(messages(score(2), 'evaluation')).toEqual([
        '4.1.2 要求新客户必须具有较强的财务管理能力与较好的信用，而“财务管理能力与信用”仅 2 分：请核实评分，或终止开发',
      ]);
      // 3 is 需复核: the survey weighs it.
      expect(missingFor(score(3), 'evaluation')).toEqual([]);
      const stricter = { evaluation: { ...DEVELOPMENT_CONFIG.evaluation, mandatoryRejectAtOrBelow: 3 } };
      expect(missingFor(score(3), 'evaluation', stricter)).toHaveLength(1);
      expect(missingFor(score(4, 1), 'evaluation')).toEqual([]);
    });
  });

  describe('背景调查 (4.2.1–4.2.4)', () => {
    test('every field of an empty survey, in the procedure’s order', () => {
      expect(paths(edit('survey', blankFile().survey), 'survey')).toEqual([
        'survey.reportedToManagerAt',
        'survey.teamReviewRecord',
        'survey.findings',
        'survey.screeningResult',
      ]);
    });

    test('the screening result must be 重点开发; 不开发 says to terminate', () => {
      expect(messages(edit('survey', { screeningResult: 'pending' }), 'survey')).toEqual([
        '请根据调查结果进行筛选评价，确定是否列为重点开发',
      ]);
      expect(messages(edit('survey', { screeningResult: 'hold' }), 'survey')[0]).toMatch(/暂缓/);
      expect(messages(edit('survey', { screeningResult: 'reject' }), 'survey')).toEqual([
        '筛选结论为“不开发”：请终止该档案，不要提出开发申请',
      ]);
    });

    test('an unclear point needs a special survey with a conclusion (4.2.4)', () => {
      const point = { id: 'p2', question: '是否有未决诉讼', needsSpecialSurvey: true, resolution: '', resolved: false };
      const open = edit('survey', { openPoints: [...completeFile().survey.openPoints, point] });
      expect(missingFor(open, 'survey')).toEqual([
        {
          path: 'survey.openPoints',
          label: '不详之处',
          clause: '4.2.4',
          message: '还有 1 个不详之处需专项调查并填写结论：“是否有未决诉讼”',
        },
      ]);
      expect(missingFor(edit('survey', { openPoints: [{ ...point, resolved: true }] }), 'survey')).toHaveLength(1);
      expect(missingFor(edit('survey', { openPoints: [{ ...point, resolved: true, resolution: '无' }] }), 'survey')).toEqual([]);
      expect(missingFor(edit('survey', { openPoints: [{ ...point, needsSpecialSurvey: false }] }), 'survey')).toEqual([]);
    });

    test('long questions are shortened in the message', () => {
      const question = '一二三四五六七八九十一二三四五六七八九十超出';
      const file = edit('survey', {
        openPoints: [{ id: 'p', question, needsSpecialSurvey: true, resolution: '', resolved: false }],
      });
      expect(messages(file, 'survey')[0]).toContain('“一二三四五六七八九十一二三四五六七八九十…”');
    });
  });

  describe('开发申请 (4.2.5, 3.2, 3.4)', () => {
    const approvals = completeFile().application.approvals;
    const mm = approvals.marketingManager!;
    const gm = approvals.generalManager!;

    test('every field of an empty application', () => {
      expect(paths(edit('application', blankFile().application), 'application')).toEqual([
        'application.expectedAnnualPurchase',
        'application.reasons',
        'application.applicant',
        'application.appliedOn',
        'application.submittedAt',
        'application.approvals.marketingManager',
        'application.approvals.generalManager',
      ]);
      expect(messages(edit('application', { submittedAt: null }), 'application')[0]).toBe('请提交开发申请并等待营销部长审批');
    });

    test('both approvals, each “同意”; 总经理 approves under 3.4', () => {
      const waiting = edit('application', { approvals: { marketingManager: null, generalManager: null } });
      expect(missingFor(waiting, 'application').map((m) => [m.clause, m.message])).toEqual([['3.2', '开发申请尚待营销部长审批']]);
      const agreed = edit('application', { approvals: { marketingManager: mm, generalManager: null } });
      expect(missingFor(agreed, 'application').map((m) => [m.clause, m.message])).toEqual([['3.4', '开发申请尚待总经理批准']]);
      const rejected = edit('application', {
        approvals: { marketingManager: mm, generalManager: { ...gm, decision: 'rejected' } },
      });
      expect(messages(rejected, 'application')).toEqual(['总经理不同意开发：请终止该档案']);
      const returned = edit('application', {
        approvals: { marketingManager: { ...mm, decision: 'returned' }, generalManager: gm },
      });
      expect(messages(returned, 'application')).toEqual(['营销部长退回修改：请按审批意见修改后重新提交']);
    });

    test('an approval given before the latest submission no longer counts', () => {
      const resubmitted = edit('application', { submittedAt: '2026-10-11T12:00:00.000Z' });
      expect(messages(resubmitted, 'application')).toEqual(['开发申请尚待营销部长审批']);
      // Same instant written in another offset is not "before".
      const sameInstant = edit('application', { submittedAt: '2026-10-11T16:00:00.000+08:00' });
      expect(messages(sameInstant, 'application')).toEqual([]);
    });
  });

  describe('前期准备 (4.3)', () => {
    test('every field of an empty preparation', () => {
      expect(paths(edit('preparation', blankFile().preparation), 'preparation')).toEqual([
        'preparation.responsiblePerson.name',
        'preparation.responsiblePerson.contact',
        'preparation.decisionMakers',
        'preparation.similarSuppliers',
        'preparation.procurementCharacteristics',
        'preparation.procurementCycle',
        'preparation.paymentMethod',
        'preparation.collectionCycleDays',
        'preparation.businessInfo',
      ]);
    });

    test('a decision maker counts only with name and role; a supplier only with a name', () => {
      const dm = { id: 'd', name: '刘总', role: ' ', contact: '', attitude: 'unknown' as const, notes: '' };
      expect(paths(edit('preparation', { decisionMakers: [dm] }), 'preparation')).toEqual(['preparation.decisionMakers']);
      const supplier = { id: 's', name: '', products: '轴承', notes: '' };
      expect(paths(edit('preparation', { similarSuppliers: [supplier] }), 'preparation')).toEqual([
        'preparation.similarSuppliers',
      ]);
    });

    test('a collection cycle of 0 days (payment on delivery) is an answer', () => {
      expect(missingFor(edit('preparation', { collectionCycleDays: 0 }), 'preparation')).toEqual([]);
    });
  });

  describe('正式实施 (4.4)', () => {
    test('no activity: a contact and a closing request are both missing, then a progress report', () => {
      expect(missingFor(edit('execution', blankFile().execution), 'execution').map((m) => [m.clause, m.path])).toEqual([
        ['4.4.1', 'execution.activities'],
        ['4.4.3', 'execution.activities'],
        ['4.4.6', 'execution.progressReports'],
      ]);
    });

    test('a closing request must have been made (4.4.3)', () => {
      const [contact] = completeFile().execution.activities;
      expect(messages(edit('execution', { activities: [contact!] }), 'execution')).toEqual([
        '客户满意后请及时提出成交要求，并记录一条“成交要求”活动',
      ]);
    });

    test('problems found must be solved (4.4.2)', () => {
      const problems = [
        { id: 'q1', foundOn: null, description: '交期不稳', solution: '', solved: false },
        { id: 'q2', foundOn: null, description: '', solution: '', solved: false },
        { id: 'q3', foundOn: null, description: '包装破损', solution: '换箱', solved: true },
      ];
      expect(messages(edit('execution', { problems }), 'execution')).toEqual(['还有 2 个问题尚未解决：“交期不稳”、“未描述”']);
    });
  });

  describe('开发总结 (4.5)', () => {
    test('success points, failure points and corrective actions', () => {
      const file = edit('review', { successPoints: '', failurePoints: ' ', correctiveActions: '' });
      expect(missingFor(file, 'review').map((m) => [m.clause, m.path])).toEqual([
        ['4.5.1', 'review.successPoints'],
        ['4.5.1', 'review.failurePoints'],
        ['4.5.2', 'review.correctiveActions'],
      ]);
    });
  });

  describe('纳入客户管理 (4.6)', () => {
    test('every field of an empty onboarding', () => {
      expect(messages(edit('onboarding', blankFile().onboarding), 'onboarding')).toEqual([
        '请为新客户设定客户代码，如 KH-2026-0001',
        '请将新客户基本资料通知公司相关部门，并勾选已通知的部门',
        '请将新客户有关资料存档，并勾选“资料已存档”',
      ]);
    });

    test('the code must follow the pattern', () => {
      for (const customerCode of ['KH-26-7', 'kh-2026-0007', 'KH-2026-0000', 'KH-2026-00007']) {
        expect(messages(edit('onboarding', { customerCode }), 'onboarding'), customerCode).toEqual([
          '客户代码格式不对，应为“前缀-年份-序号”，如 KH-2026-0001',
        ]);
      }
    });

    test('the code must not be used by another file passed in', () => {
      const mine = completeFile('mine');
      const other = edit('customer', { name: '江南电机' }, completeFile('other'));
      expect(messages(mine, 'onboarding', { otherFiles: [other] })).toEqual([
        '客户代码 KH-2026-0007 已被“江南电机”使用，请换一个',
      ]);
      // The file itself in the list is not a clash, nor is a file with another code.
      expect(missingFor(mine, 'onboarding', { otherFiles: [mine] })).toEqual([]);
      const elsewhere = edit('onboarding', { customerCode: 'KH-2026-0008' }, other);
      expect(missingFor(mine, 'onboarding', { otherFiles: [elsewhere] })).toEqual([]);
    });
  });
});

describe('completeness', () => {
  test('a complete file is 100% everywhere', () => {
    const result = completeness(completeFile());
    for (const id of WORKING_STAGE_IDS)
      expect(result[id]).toEqual({ required: requirementsFor(id).length, done: requirementsFor(id).length, percent: 100 });
  });

  test('a new file has its name and nothing else', () => {
    const result = completeness(blankFile());
    expect(result.evaluation).toEqual({ required: 5, done: 1, percent: 20 });
    expect(result.onboarding).toEqual({ required: 3, done: 0, percent: 0 });
    expect(result.execution).toEqual({ required: 4, done: 1, percent: 25 }); // no problems is no unsolved problem
  });

  test('percent rounds down, so only a finished stage shows 100', () => {
    const file = edit('preparation', { businessInfo: '' });
    expect(completeness(file).preparation).toEqual({ required: 9, done: 8, percent: 88 });
  });

  test('uniqueness against other files counts', () => {
    const mine = completeFile('mine');
    expect(completeness(mine, { otherFiles: [completeFile('other')] }).onboarding.done).toBe(2);
  });
});

import { describe, expect, test } from 'vitest';
import {
  decideTermination,
  entryMarks,
  giveGuidance,
  recordTeamReview,
  reportsAwaitingGuidance,
  signature,
  teamReviewProblems,
  terminationAwaitingDecision,
  waitingState,
} from '../../../src/domain/development-file/manager-records';
import { submitApplication } from '../../../src/domain/development-file/application-state';
import { missingFor } from '../../../src/domain/development-file/requirements';
import { requestTermination } from '../../../src/domain/development-file/transitions';
import { developmentFileSchema, type DevelopmentFile } from '../../../src/domain/development-file/schema';
import { atStage, completeFile } from './fixtures';

const AT = '2026-12-01T10:00:00.000Z';
const desk = { role: 'marketingManager' as const, at: AT, entry: 'desk' as const };
const review = { heldOn: '2026-11-30', participants: '李部长、张伟', conclusion: 'focus' as const, comment: '', by: '李部长' };

function withoutTeamReview(): DevelopmentFile {
  const file = atStage(completeFile(), 'survey');
  return { ...file, survey: { ...file.survey, teamReviewRecord: null } };
}

function requested(): DevelopmentFile {
  const result = requestTermination(atStage(completeFile(), 'execution'), { reason: '客户拖欠货款', informed: '李部长', now: AT });
  if (!result.ok) throw new Error(result.reason);
  return result.file;
}

describe('4.2.2 团队评审', () => {
  test('the survey stage needs the 营销部长’s record; 暂缓 and 不开发 do not let the file move on', () => {
    const file = withoutTeamReview();
    const messages = () => missingFor(file, 'survey').map((m) => m.path);
    expect(messages()).toEqual(['survey.teamReviewRecord']);
    const conclude = (conclusion: 'focus' | 'hold' | 'reject') => {
      const result = recordTeamReview(file, { ...review, conclusion, comment: '理由' }, desk);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return missingFor(result.file, 'survey').map((m) => m.message);
    };
    expect(conclude('focus')).toEqual([]);
    expect(conclude('hold')).toEqual(['团队评审结论为“暂缓”：重新评审列为“重点开发”后才能提出开发申请']);
    expect(conclude('reject')).toEqual(['团队评审结论为“不开发”：请终止该档案，不要提出开发申请']);
  });

  test('a record says when, who took part, the conclusion and who organised it; 暂缓/不开发 need a reason', () => {
    expect(teamReviewProblems({ heldOn: '', participants: ' ', conclusion: null, comment: '', by: '' })).toEqual({
      heldOn: '请填写评审日期',
      participants: '请填写参加评审的人员',
      conclusion: '请选择评审结论：重点开发、暂缓或不开发',
      by: '请填写组织评审的营销部长',
    });
    expect(teamReviewProblems({ ...review, conclusion: 'reject' }).comment).toBe('结论为暂缓或不开发时，请写明理由');
    const refused = recordTeamReview(withoutTeamReview(), { ...review, by: '' }, desk);
    expect(refused.ok).toBe(false);
  });

  test('the record keeps its author, role, time and entry, and validates against the schema', () => {
    const result = recordTeamReview(withoutTeamReview(), { ...review, by: ' 李部长 ' }, { at: AT, entry: 'paper' });
    if (!result.ok) throw new Error('refused');
    expect(result.file.survey.teamReviewRecord).toEqual({ ...review, by: '李部长', at: AT, entry: 'paper' });
    expect(result.file.updatedAt).toBe(AT);
    expect(developmentFileSchema.safeParse(result.file).success).toBe(true);
    expect(entryMarks(result.file.survey.teamReviewRecord ?? {})).toEqual(['代登记（依据纸质记录）']);
  });
});

describe('4.4.5 终止申请的决定', () => {
  test('a request waits for the superior until decided', () => {
    const file = requested();
    expect(terminationAwaitingDecision(file)).toBe(true);
    const result = decideTermination(file, { decision: 'terminate', comment: '信用风险已核实', by: '李部长' }, desk);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(terminationAwaitingDecision(result.file)).toBe(false);
    expect(result.file.execution.termination?.decision).toEqual({
      decision: 'terminate',
      comment: '信用风险已核实',
      by: '李部长',
      role: 'marketingManager',
      at: AT,
      entry: 'desk',
    });
    expect(developmentFileSchema.safeParse(result.file).success).toBe(true);
  });

  test('a decision needs a request, a choice, a reason and who decided', () => {
    const none = decideTermination(atStage(completeFile(), 'execution'), { decision: null, comment: '', by: '' }, desk);
    expect(!none.ok && none.problems).toEqual({
      request: '这份档案没有终止申请',
      decision: '请选择决定：同意终止或继续开发',
      comment: '请写明决定的理由',
      by: '请填写作出决定的上级',
    });
  });
});

describe('4.4.6 指导意见', () => {
  const withReports = (): DevelopmentFile => {
    const file = atStage(completeFile(), 'execution');
    const report = (id: string, date: string) => ({ id, date, progress: '进展', achievements: '', problems: '', guidance: '', guidanceBy: '', guidanceAt: null });
    return { ...file, execution: { ...file.execution, progressReports: [report('r2', '2026-11-20'), report('r1', '2026-11-10')] } };
  };

  test('reports without guidance wait, oldest first; guidance answers one report', () => {
    const file = withReports();
    expect(reportsAwaitingGuidance(file).map((r) => r.id)).toEqual(['r1', 'r2']);
    const result = giveGuidance(file, 'r1', { guidance: ' 先约技术部长 ', by: '李部长' }, { role: 'marketingManager', at: AT });
    if (!result.ok) throw new Error('refused');
    expect(reportsAwaitingGuidance(result.file).map((r) => r.id)).toEqual(['r2']);
    const r1 = result.file.execution.progressReports.find((r) => r.id === 'r1');
    expect(r1).toMatchObject({ guidance: '先约技术部长', guidanceBy: '李部长', guidanceAt: AT, guidanceRole: 'marketingManager' });
    expect(signature({ by: r1?.guidanceBy ?? '', role: r1?.guidanceRole })).toBe('营销部长 李部长');
  });

  test('blank guidance, a missing author or an unknown report is refused', () => {
    const result = giveGuidance(withReports(), 'nope', { guidance: ' ', by: '' }, { at: AT });
    expect(!result.ok && result.problems).toEqual({ report: '找不到这份进度报表', guidance: '请填写指导意见', by: '请填写指导人' });
  });
});

describe('where a file waits on a manager', () => {
  test('in the words the file list and the desk use', () => {
    expect(waitingState(withoutTeamReview())).toBe('等待营销部长登记团队评审');
    expect(waitingState(requested())).toBe('终止申请等待上级决定');
    const submitted = submitApplication({ ...atStage(completeFile(), 'application'), application: { ...completeFile().application, submittedAt: null } }, AT, '2026-12-01');
    expect(waitingState(submitted)).toBe('等待营销部长审批');
    const approved = { ...submitted, application: { ...submitted.application, approvals: { marketingManager: { decision: 'approved' as const, comment: '', by: '李', at: AT }, generalManager: null } } };
    expect(waitingState(approved)).toBe('等待总经理批准');
    const returned = { ...submitted, application: { ...submitted.application, approvals: { marketingManager: { decision: 'returned' as const, comment: '补充', by: '李', at: AT }, generalManager: null } } };
    expect(waitingState(returned)).toBe('营销部长退回修改');
    const edited = { ...submitted, application: { ...submitted.application, reasons: '改了' } };
    expect(waitingState(edited)).toBe('申请修改后需重新提交');
    expect(waitingState(atStage(completeFile(), 'preparation'))).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { DEVELOPMENT_CONFIG } from '../../../src/domain/development-file/config';
import {
  daysSinceLastActivity,
  evaluationSummary,
  isStalled,
  nextAction,
  riskFlags,
  stageEnteredOn,
} from '../../../src/domain/development-file/derived';
import type { Activity, DevelopmentFile } from '../../../src/domain/development-file/schema';
import { requestTermination } from '../../../src/domain/development-file/transitions';
import { atStage, blankFile, completeFile } from './fixtures';

const activity = (id: string, date: string, type: Activity['type'] = 'contact'): Activity => ({
  id,
  date,
  type,
  summary: '',
  outcome: '',
  nextStep: '',
});
const withActivities = (file: DevelopmentFile, activities: Activity[]): DevelopmentFile => ({
  ...file,
  execution: { ...file.execution, activities },
});
/** In 正式实施 since 2026-11-01. */
const inExecution = (activities: Activity[]) =>
  withActivities(atStage(completeFile(), 'execution', '2026-11-01T09:00:00.000+08:00'), activities);

describe('daysSinceLastActivity', () => {
  test('null without activities', () => {
    expect(daysSinceLastActivity(blankFile(), '2026-11-27')).toBeNull();
  });

  test('counts from the latest date, whatever the list order', () => {
    const file = withActivities(blankFile(), [activity('a', '2026-11-20'), activity('b', '2026-11-03')]);
    expect(daysSinceLastActivity(file, '2026-11-27')).toBe(7);
    expect(daysSinceLastActivity(file, '2026-11-20')).toBe(0);
  });

  test('across months and a leap day; an activity dated ahead counts as today', () => {
    expect(daysSinceLastActivity(withActivities(blankFile(), [activity('a', '2028-02-28')]), '2028-03-01')).toBe(2);
    expect(daysSinceLastActivity(withActivities(blankFile(), [activity('a', '2026-12-01')]), '2026-11-27')).toBe(0);
  });

  test('a malformed today is a programming error', () => {
    const file = withActivities(blankFile(), [activity('a', '2026-11-20')]);
    expect(() => daysSinceLastActivity(file, '2026-02-30')).toThrow(RangeError);
    expect(() => daysSinceLastActivity(file, '27.11.2026')).toThrow(RangeError);
  });
});

describe('isStalled', () => {
  test('exactly 14 days without activity is not stalled; 15 is', () => {
    const file = inExecution([activity('a', '2026-11-10')]);
    expect(isStalled(file, '2026-11-24')).toBe(false);
    expect(isStalled(file, '2026-11-25')).toBe(true);
  });

  test('without activities it counts from entering 正式实施', () => {
    const file = inExecution([]);
    expect(stageEnteredOn(file)).toBe('2026-11-01');
    expect(isStalled(file, '2026-11-15')).toBe(false);
    expect(isStalled(file, '2026-11-16')).toBe(true);
  });

  test('a file that has just come back to 正式实施 is not stalled by old activities', () => {
    const file = withActivities(atStage(completeFile(), 'execution', '2026-11-20T09:00:00.000Z'), [activity('a', '2026-10-01')]);
    expect(isStalled(file, '2026-11-30')).toBe(false);
    expect(isStalled(file, '2026-12-05')).toBe(true);
  });

  test('only files in 正式实施 stall', () => {
    for (const stage of ['evaluation', 'preparation', 'review', 'terminated'] as const) {
      expect(isStalled(atStage(completeFile(), stage, '2026-01-01T00:00:00.000Z'), '2026-11-27'), stage).toBe(false);
    }
  });

  test('the threshold comes from the config', () => {
    const file = inExecution([activity('a', '2026-11-10')]);
    expect(isStalled(file, '2026-11-13', { stalledAfterDays: 3 })).toBe(false);
    expect(isStalled(file, '2026-11-14', { stalledAfterDays: 3 })).toBe(true);
  });
});

describe('riskFlags', () => {
  test('each kind once, in the order of 4.4.5', () => {
    const risk = (id: string, kind: 'credit' | 'operations' | 'finance') => ({ id, kind, description: '', raisedOn: null });
    const file = completeFile();
    expect(riskFlags(file)).toEqual([]);
    const risky = {
      ...file,
      execution: { ...file.execution, risks: [risk('r1', 'finance'), risk('r2', 'credit'), risk('r3', 'finance')] },
    };
    expect(riskFlags(risky)).toEqual(['credit', 'finance']);
  });
});

describe('evaluationSummary', () => {
  test('a short text for lists', () => {
    expect(evaluationSummary(completeFile())).toMatchObject({
      total: 70,
      recommendation: 'recommend',
      text: '综合得分 70 · 推荐',
    });
    const partly = { ...blankFile(), evaluation: { ...completeFile().evaluation, capability: { score: null, note: '' } } };
    expect(evaluationSummary(partly)).toMatchObject({ total: null, recommendation: null, text: '已评 3/4 项' });
    expect(evaluationSummary(completeFile(), { ...DEVELOPMENT_CONFIG.evaluation, recommendAt: 90 }).text).toBe(
      '综合得分 70 · 需复核',
    );
  });
});

describe('nextAction', () => {
  const TODAY = '2026-11-27';

  test('the first missing requirement of the stage, with its clause and field', () => {
    expect(nextAction(blankFile(), TODAY)).toEqual({
      text: '请为“财务管理能力与信用”评分（1–5）。',
      clause: '4.1.2',
      path: 'evaluation.finance.score',
    });
  });

  test('through the application: submit, then the two approvals', () => {
    const file = atStage(completeFile(), 'application');
    const app = file.application;
    const unsubmitted = {
      ...file,
      application: { ...app, submittedAt: null, approvals: { marketingManager: null, generalManager: null } },
    };
    expect(nextAction(unsubmitted, TODAY)).toEqual({
      text: '请提交开发申请并等待营销部长审批。',
      clause: '4.2.5',
      path: 'application.submittedAt',
    });
    const submitted = { ...unsubmitted, application: { ...unsubmitted.application, submittedAt: app.submittedAt } };
    // Waiting is a state whose next step is sending the file, not a requirement to fix.
    expect(nextAction(submitted, TODAY)).toMatchObject({ text: '等待营销部长审批：把档案导出发给营销部长，收到发回的文件后在“开发档案”页导入。', clause: '3.2' });
    const halfway = {
      ...submitted,
      application: { ...submitted.application, approvals: { ...app.approvals, generalManager: null } },
    };
    expect(nextAction(halfway, TODAY)).toMatchObject({ text: '等待总经理批准：把档案导出发给总经理，收到发回的文件后在“开发档案”页导入。', clause: '3.4' });
  });

  test('a finished stage points to the next one', () => {
    expect(nextAction(completeFile(), TODAY)).toEqual({
      text: '“策划与评估”已完成，可进入“背景调查”阶段。',
      clause: '4.2.1',
      path: null,
    });
    expect(nextAction(atStage(completeFile(), 'onboarding'), TODAY)).toEqual({
      text: '开发完成，新客户已纳入客户管理。',
      clause: '4.6.3',
      path: null,
    });
  });

  test('a stalled file is told to get back in touch before anything else', () => {
    const file = inExecution([activity('a', '2026-11-10')]);
    expect(nextAction(file, '2026-11-25')).toEqual({
      text: '已 15 天没有开发活动，请与客户联系并记录进展。',
      clause: '4.4.1',
      path: 'execution.activities',
    });
    expect(nextAction(inExecution([]), '2026-11-25').text).toBe(
      '进入正式实施已超过 14 天仍没有开发活动，请与客户方负责人联系并记录。',
    );
    expect(nextAction(file, '2026-11-24').text).not.toMatch(/没有开发活动/);
  });

  test('a pending termination comes first; a terminated file says where it can be reopened', () => {
    const pending = requestTermination(inExecution([]), {
      reason: '信用问题',
      informed: '李部长',
      now: '2026-11-27T09:00:00.000Z',
    });
    if (!pending.ok) throw new Error(pending.reason);
    expect(nextAction(pending.file, '2026-12-30')).toMatchObject({ clause: '4.4.5', path: 'execution.termination' });
    const terminated = atStage(pending.file, 'terminated');
    expect(nextAction(terminated, TODAY)).toEqual({
      text: '档案已终止；如情况变化，可重新启动到“正式实施”阶段。',
      clause: '4.4.5',
      path: null,
    });
  });

  test('customer code uniqueness is part of the advice when other files are given', () => {
    const file = atStage(completeFile(), 'onboarding');
    expect(nextAction(file, TODAY, { otherFiles: [completeFile('other')] })).toMatchObject({
      clause: '4.6.1',
      path: 'onboarding.customerCode',
    });
  });
});

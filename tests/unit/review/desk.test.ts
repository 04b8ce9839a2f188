import { describe, expect, test } from 'vitest';
import { submitApplication } from '../../../src/domain/development-file/application-state';
import { decideTermination } from '../../../src/domain/development-file/manager-records';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';
import { confirmTermination, requestTermination } from '../../../src/domain/development-file/transitions';
import { deskOverview } from '../../../src/domain/review/desk';
import { atStage, completeFile } from '../development-file/fixtures';

const TODAY = '2026-12-06';
const AT = '2026-12-01T08:00:00.000Z';

function file(id: string, owner: string, stage: Parameters<typeof atStage>[1], edit: (f: DevelopmentFile) => DevelopmentFile = (f) => f): DevelopmentFile {
  const f = atStage(completeFile(id), stage, '2026-12-05T08:00:00.000Z');
  return edit({ ...f, owner, customer: { ...f.customer, name: `客户${id}` }, execution: { ...f.execution, progressReports: [] } });
}

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return (r as unknown as { file: DevelopmentFile }).file;
};

describe('the managers’ desk overview', () => {
  const files = [
    // Survey without the 团队评审 record.
    file('a', '张伟', 'survey', (f) => ({ ...f, survey: { ...f.survey, teamReviewRecord: null } })),
    // A submitted application waiting for the 营销部长.
    file('b', '张伟', 'application', (f) => submitApplication({ ...f, application: { ...f.application, submittedAt: null } }, AT, '2026-12-01')),
    // In execution with a report waiting for guidance and a termination request.
    file('c', '李娜', 'execution', (f) =>
      ok(
        requestTermination(
          {
            ...f,
            execution: {
              ...f.execution,
              risks: [{ id: 'k1', kind: 'credit', description: '拖欠', raisedOn: '2026-11-30' }],
              progressReports: [{ id: 'r1', date: '2026-11-30', progress: '进展', achievements: '', problems: '', guidance: '', guidanceBy: '', guidanceAt: null }],
            },
          },
          { reason: '拖欠货款', informed: '李部长', now: AT },
        ),
      ),
    ),
    // Terminated in execution: counts up to 正式实施 in the funnel.
    file('d', '李娜', 'execution', (f) => {
      const requested = ok(requestTermination(f, { reason: '倒闭', informed: '王总', now: AT }));
      const decided = ok(decideTermination(requested, { decision: 'terminate', comment: '同意', by: '王总' }, { role: 'generalManager', at: AT, entry: 'desk' }));
      return ok(confirmTermination(decided, AT));
    }),
    file('e', '', 'onboarding'),
  ];
  const overview = deskOverview(files, TODAY, { stalledAfterDays: 30 });

  test('the funnel counts every file up to where it got, and the files in each stage now', () => {
    expect(overview.total).toBe(5);
    expect(overview.terminated).toBe(1);
    expect(overview.funnel.map((s) => [s.label, s.reached, s.current])).toEqual([
      ['策划与评估', 5, 0],
      ['背景调查', 5, 1],
      ['开发申请', 4, 1],
      ['前期准备', 3, 0],
      ['正式实施', 3, 1],
      ['开发总结', 1, 0],
      ['纳入客户管理', 1, 1],
    ]);
  });

  test('the work waiting for a manager, each kind its own list', () => {
    expect(overview.teamReviews.map((f) => f.id)).toEqual(['a']);
    expect(overview.approvals.map((item) => item.id)).toEqual(['b']);
    expect(overview.terminations.map((f) => f.id)).toEqual(['c']);
    expect(overview.guidance.map((g) => [g.file.id, g.report.id])).toEqual([['c', 'r1']]);
    expect(overview.risks.map((f) => f.id)).toEqual(['c']);
  });

  test('per rep: files by stage, what waits for a manager, stalled and at risk; by name in pinyin order, reps without a name last', () => {
    expect(overview.byRep).toEqual([
      { owner: '李娜', total: 2, byStage: { execution: 1, terminated: 1 }, waiting: 1, stalled: 0, risks: 1 },
      { owner: '张伟', total: 2, byStage: { survey: 1, application: 1 }, waiting: 2, stalled: 0, risks: 0 },
      { owner: '', total: 1, byStage: { onboarding: 1 }, waiting: 0, stalled: 0, risks: 0 },
    ]);
  });

  test('a file in 正式实施 with nothing for longer than the stalled days is listed', () => {
    const quiet = deskOverview([file('s', '张伟', 'execution')], '2027-03-01', { stalledAfterDays: 30 });
    expect(quiet.stalled.map((f) => f.id)).toEqual(['s']);
    expect(quiet.byRep[0]?.stalled).toBe(1);
  });
});

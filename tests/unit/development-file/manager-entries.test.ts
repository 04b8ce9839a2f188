/**
 * The round trip the procedure makes: the rep submits and sends the file,
 * edits it again before the answer comes back, the manager decides, gives
 * guidance and records the team review on the copy they received, and the
 * rep imports that copy. Nothing of either side may be lost.
 */
import { describe, expect, test } from 'vitest';
import { applicationState, submitApplication } from '../../../src/domain/development-file/application-state';
import { hasNewManagerEntries, withManagerEntries } from '../../../src/domain/development-file/manager-entries';
import { decideTermination, giveGuidance, recordTeamReview } from '../../../src/domain/development-file/manager-records';
import { requestTermination } from '../../../src/domain/development-file/transitions';
import { developmentFileSchema, type DevelopmentFile } from '../../../src/domain/development-file/schema';
import { defaultChoice, planImport, unresolvedConflicts } from '../../../src/domain/exchange/apply';
import { exportDocument } from '../../../src/domain/exchange/export';
import { readImport } from '../../../src/domain/exchange/import';
import { atStage, completeFile } from './fixtures';

const SENT = '2026-11-01T08:00:00.000Z';
const LATER = '2026-11-02T08:00:00.000Z';
const DECIDED = '2026-11-03T08:00:00.000Z';
const desk = (at: string) => ({ role: 'marketingManager' as const, at, entry: 'desk' as const });

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

/** What the rep sent: in 正式实施, one progress report, a termination request, a submitted application. */
function sent(): DevelopmentFile {
  const base = atStage(completeFile(), 'execution');
  const withReport = {
    ...base,
    clock: { rep: 5 },
    execution: {
      ...base.execution,
      progressReports: [{ id: 'r1', date: '2026-10-30', progress: '已拜访', achievements: '', problems: '付款条件未谈妥', guidance: '', guidanceBy: '', guidanceAt: null }],
    },
  };
  const submitted = submitApplication({ ...withReport, application: { ...withReport.application, submittedAt: null } }, SENT, '2026-11-01');
  return ok(requestTermination(submitted, { reason: '客户拖欠货款', informed: '李部长', now: SENT })).file;
}

/** The manager's copy after deciding everything on the desk. */
function decidedByManager(file: DevelopmentFile): DevelopmentFile {
  let f: DevelopmentFile = {
    ...file,
    clock: { ...file.clock, desk: 1 },
    application: {
      ...file.application,
      approvals: { marketingManager: { decision: 'approved', comment: '', by: '李部长', role: 'marketingManager', at: DECIDED, entry: 'desk' }, generalManager: null },
    },
  };
  f = ok(giveGuidance(f, 'r1', { guidance: '先谈月结 60 天', by: '李部长' }, desk(DECIDED))).file;
  f = ok(decideTermination(f, { decision: 'continue', comment: '欠款已结清', by: '李部长' }, desk(DECIDED))).file;
  return ok(recordTeamReview(f, { heldOn: '2026-11-03', participants: '李部长、张伟', conclusion: 'focus', comment: '', by: '李部长' }, desk(DECIDED))).file;
}

/** The rep's copy, edited after sending: a new activity and a changed note outside the application. */
function editedByRep(file: DevelopmentFile): DevelopmentFile {
  return {
    ...file,
    clock: { rep: 6 },
    updatedAt: LATER,
    execution: {
      ...file.execution,
      activities: [...file.execution.activities, { id: 'a9', date: '2026-11-02', type: 'contact', summary: '电话跟进', outcome: '', nextStep: '' }],
    },
  };
}

describe('the manager’s entries come back into the rep’s newer copy', () => {
  test('the rep keeps every own edit and gains every manager entry', () => {
    const mine = editedByRep(sent());
    const theirs = decidedByManager(sent());
    expect(hasNewManagerEntries(mine, theirs)).toBe(true);
    const merged = withManagerEntries(mine, theirs);
    expect(merged.execution.activities.map((a) => a.id)).toContain('a9');
    expect(merged.application.approvals.marketingManager?.by).toBe('李部长');
    expect(merged.execution.progressReports[0]?.guidance).toBe('先谈月结 60 天');
    expect(merged.execution.termination?.decision?.decision).toBe('continue');
    expect(merged.survey.teamReviewRecord?.conclusion).toBe('focus');
    expect(merged.clock).toEqual({ rep: 6, desk: 1 });
    expect(applicationState(merged).kind).toBe('awaiting');
    expect(developmentFileSchema.safeParse(merged).success).toBe(true);
    // Nothing more to bring in once merged.
    expect(hasNewManagerEntries(merged, theirs)).toBe(false);
  });

  test('the rep’s own later entry is not replaced by an older one of the manager', () => {
    const theirs = decidedByManager(sent());
    const mine = {
      ...editedByRep(sent()),
      survey: { ...sent().survey, teamReviewRecord: { heldOn: '2026-11-04', participants: '王总', conclusion: 'hold' as const, comment: '再议', by: '王总', at: '2026-11-04T08:00:00.000Z', entry: 'paper' as const } },
    };
    expect(withManagerEntries(mine, theirs).survey.teamReviewRecord?.conclusion).toBe('hold');
  });

  test('a decision on a submission the rep has since replaced goes into that round, not onto the new one', () => {
    const theirs = decidedByManager(sent());
    const resubmitted = submitApplication({ ...editedByRep(sent()), application: { ...sent().application, reasons: '补充理由' } }, LATER, '2026-11-02');
    expect(resubmitted.application.rounds).toHaveLength(1);
    const merged = withManagerEntries(resubmitted, theirs);
    expect(merged.application.approvals.marketingManager).toBeNull();
    expect(merged.application.rounds[0]?.approvals.marketingManager?.decision).toBe('approved');
    expect(applicationState(merged)).toMatchObject({ kind: 'awaiting', role: 'marketingManager' });
  });

  test('importing: 合并 is the default for the rep and for the desk, and writes the rep’s content with the manager’s entries', () => {
    const rep = editedByRep(sent());
    const manager = decidedByManager(sent());
    const doc = (files: DevelopmentFile[]) => JSON.stringify(exportDocument(files, { appVersion: 't', now: DECIDED }).document);

    const atRep = readImport(doc([manager]), [rep]);
    if (!atRep.ok) throw new Error(atRep.message);
    const entry = atRep.preview.entries[0];
    expect(entry?.status).toBe('conflicting');
    expect(entry && defaultChoice(entry, 'rep')).toBe('merge');
    expect(unresolvedConflicts(atRep.preview, {}, 'rep')).toEqual([]);
    const repPlan = planImport(atRep.preview, {}, { side: 'rep' });
    expect(repPlan.backups).toEqual([rep]);
    expect(repPlan.toWrite[0]?.execution.activities.map((a) => a.id)).toContain('a9');
    expect(repPlan.toWrite[0]?.execution.progressReports[0]?.guidance).toBe('先谈月结 60 天');

    const atDesk = readImport(doc([rep]), [manager]);
    if (!atDesk.ok) throw new Error(atDesk.message);
    const deskPlan = planImport(atDesk.preview, {}, { side: 'desk' });
    expect(deskPlan.toWrite[0]?.execution.activities.map((a) => a.id)).toContain('a9');
    expect(deskPlan.toWrite[0]?.application.approvals.marketingManager?.decision).toBe('approved');
    // An explicit choice still wins.
    expect(planImport(atRep.preview, { [rep.id]: 'keep-mine' }, { side: 'rep' }).toWrite).toEqual([]);
  });

  test('with no manager entry to bring in, a conflict still needs a choice', () => {
    const rep = editedByRep(sent());
    const other = { ...sent(), clock: { rep: 5, other: 1 }, customer: { ...sent().customer, region: '华南' } };
    const result = readImport(JSON.stringify(exportDocument([other], { appVersion: 't', now: DECIDED }).document), [rep]);
    if (!result.ok) throw new Error(result.message);
    expect(unresolvedConflicts(result.preview, {}, 'rep')).toEqual([rep.id]);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applicationFingerprint,
  compareEvaluation,
  evaluationRules,
  approvalMarks,
  isSelfApproval,
  applicationState,
  currentApproval,
  roleToDecide,
  submitApplication,
  submissionIsCurrent,
} from '../../../src/domain/development-file/application-state';
import type { Approval, DevelopmentFile } from '../../../src/domain/development-file/schema';
import { completeFile } from './fixtures';

const SUBMITTED = '2026-10-10T08:00:00.000Z';
const approval = (decision: Approval['decision'], at: string, by = '李部长'): Approval => ({ decision, comment: decision === 'approved' ? '' : '请补充', by, at });

/** Submitted (with its fingerprint) and decided as given. */
function submitted(approvals: Partial<DevelopmentFile['application']['approvals']> = {}): DevelopmentFile {
  const file = submitApplication(completeFile(), SUBMITTED, '2026-10-10');
  return { ...file, application: { ...file.application, approvals: { marketingManager: null, generalManager: null, ...approvals } } };
}

describe('application state', () => {
  test('draft until submitted; submitting records when and what', () => {
    const draft = completeFile();
    const unsent = {
      ...draft,
      application: { ...draft.application, submittedAt: null, submittedFingerprint: null, approvals: { marketingManager: null, generalManager: null } },
    };
    expect(applicationState(unsent)).toEqual({ kind: 'draft' });
    const file = submitApplication(unsent, SUBMITTED, '2026-10-10');
    expect(file.application.submittedAt).toBe(SUBMITTED);
    expect(file.application.submittedFingerprint).toBe(applicationFingerprint(file));
    expect(applicationState(file)).toEqual({ kind: 'awaiting', role: 'marketingManager', submittedAt: SUBMITTED });
  });

  test('the 营销部长 first, then the 总经理, then approved', () => {
    expect(roleToDecide(submitted())).toBe('marketingManager');
    const agreed = submitted({ marketingManager: approval('approved', '2026-10-11T08:00:00.000Z') });
    expect(applicationState(agreed)).toMatchObject({ kind: 'awaiting', role: 'generalManager' });
    expect(roleToDecide(agreed)).toBe('generalManager');
    const both = submitted({
      marketingManager: approval('approved', '2026-10-11T08:00:00.000Z'),
      generalManager: approval('approved', '2026-10-12T08:00:00.000Z', '王总'),
    });
    expect(applicationState(both).kind).toBe('approved');
    expect(roleToDecide(both)).toBeNull();
  });

  test('a 总经理 decision before the 营销部长’s 同意 does not count', () => {
    const early = submitted({ generalManager: approval('approved', '2026-10-11T08:00:00.000Z', '王总') });
    expect(currentApproval(early, 'generalManager')).toBeNull();
    expect(applicationState(early)).toMatchObject({ kind: 'awaiting', role: 'marketingManager' });
    const beforeManager = submitted({
      generalManager: approval('approved', '2026-10-11T08:00:00.000Z', '王总'),
      marketingManager: approval('approved', '2026-10-12T08:00:00.000Z'),
    });
    expect(applicationState(beforeManager)).toMatchObject({ kind: 'awaiting', role: 'generalManager' });
  });

  test('returned or refused, with the decision and who gave it', () => {
    const returned = submitted({ marketingManager: approval('returned', '2026-10-11T08:00:00.000Z') });
    expect(applicationState(returned)).toMatchObject({ kind: 'returned', role: 'marketingManager', approval: { comment: '请补充' } });
    const refused = submitted({
      marketingManager: approval('approved', '2026-10-11T08:00:00.000Z'),
      generalManager: approval('rejected', '2026-10-12T08:00:00.000Z', '王总'),
    });
    expect(applicationState(refused)).toMatchObject({ kind: 'rejected', role: 'generalManager' });
  });

  test('editing what the 申请表 prints after submitting: decisions apply to an earlier version', () => {
    const approved = submitted({
      marketingManager: approval('approved', '2026-10-11T08:00:00.000Z'),
      generalManager: approval('approved', '2026-10-12T08:00:00.000Z', '王总'),
    });
    const edited = { ...approved, application: { ...approved.application, expectedAnnualPurchase: 999 } };
    expect(submissionIsCurrent(edited)).toBe(false);
    expect(applicationState(edited)).toEqual({ kind: 'changed', submittedAt: SUBMITTED });
    expect(currentApproval(edited, 'marketingManager')).toBeNull();
    // Submitted again: waiting for a fresh decision.
    const again = submitApplication(edited, '2026-10-13T08:00:00.000Z', '2026-10-13');
    expect(applicationState(again)).toMatchObject({ kind: 'awaiting', role: 'marketingManager' });
  });

  test('what the 申请表 does not print (activities, visits, the decisions) can change freely', () => {
    const file = submitted({ marketingManager: approval('approved', '2026-10-11T08:00:00.000Z') });
    const logged = {
      ...file,
      execution: { ...file.execution, activities: [{ id: 'x', date: '2026-10-12', type: 'contact' as const, summary: '电话', outcome: '', nextStep: '' }] },
      updatedAt: '2026-10-12T08:00:00.000Z',
    };
    expect(submissionIsCurrent(logged)).toBe(true);
    expect(applicationState(logged)).toMatchObject({ kind: 'awaiting', role: 'generalManager' });
  });

  test('property: any change to a printed text field after submitting needs a new submission', () => {
    const paths = [
      (f: DevelopmentFile, v: string) => ({ ...f, customer: { ...f.customer, name: v } }),
      (f: DevelopmentFile, v: string) => ({ ...f, application: { ...f.application, reasons: v } }),
      (f: DevelopmentFile, v: string) => ({ ...f, survey: { ...f.survey, findings: v } }),
      (f: DevelopmentFile, v: string) => ({ ...f, evaluation: { ...f.evaluation, finance: { ...f.evaluation.finance, note: v } } }),
      (f: DevelopmentFile, v: string) => ({ ...f, preparation: { ...f.preparation, paymentMethod: v } }),
    ];
    const file = submitted();
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ minLength: 1 }), (change, text) => {
        const edited = change(file, text);
        return canonicalSame(edited, file) || !submissionIsCurrent(edited);
      }),
    );
  });

  test('files submitted before fingerprints were kept are taken as current', () => {
    const legacy = submitted();
    const old = { ...legacy, application: { ...legacy.application, submittedFingerprint: null } };
    expect(submissionIsCurrent(old)).toBe(true);
  });
});

function canonicalSame(a: DevelopmentFile, b: DevelopmentFile): boolean {
  return applicationFingerprint(a) === applicationFingerprint(b);
}

describe('marks on a decision', () => {
  test('代登记 from a paper form, and 自批 when the approver is the applicant or the rep', () => {
    const file = submitted();
    const paper = { ...approval('approved', '2026-10-11T08:00:00.000Z', '李部长'), entry: 'paper' as const };
    expect(approvalMarks(file, paper)).toEqual(['代登记（依据纸质审批）']);
    const self = approval('approved', '2026-10-11T08:00:00.000Z', ` ${file.application.applicant} `);
    expect(isSelfApproval(file, self)).toBe(true);
    expect(approvalMarks(file, { ...self, entry: 'paper' })).toEqual(['代登记（依据纸质审批）', '自批：审批人与申请人相同']);
    expect(isSelfApproval(file, approval('approved', '2026-10-11T08:00:00.000Z', file.owner))).toBe(true);
    expect(approvalMarks(file, { ...approval('approved', '2026-10-11T08:00:00.000Z', '王总'), entry: 'desk' })).toEqual([]);
    expect(isSelfApproval({ ...file, owner: '', application: { ...file.application, applicant: '' } }, approval('approved', '2026-10-11T08:00:00.000Z', ''))).toBe(false);
  });
});

describe('rounds and the result a decision was given on', () => {
  test('submitting again keeps the earlier round with its decisions and starts the new one undecided', () => {
    const first = submitted({ marketingManager: approval('returned', '2026-10-11T08:00:00.000Z') });
    const again = submitApplication({ ...first, application: { ...first.application, reasons: '补充了采购量' } }, '2026-10-12T08:00:00.000Z', '2026-10-12');
    expect(again.application.rounds).toEqual([
      ...first.application.rounds,
      { submittedAt: SUBMITTED, submittedFingerprint: first.application.submittedFingerprint, approvals: first.application.approvals },
    ]);
    expect(again.application.approvals).toEqual({ marketingManager: null, generalManager: null });
    expect(applicationState(again)).toMatchObject({ kind: 'awaiting', role: 'marketingManager' });
  });

  test('the 团队评审 record is not part of what the application submits (older fingerprints stay valid)', () => {
    const file = submitted();
    const reviewed = {
      ...file,
      survey: { ...file.survey, teamReviewRecord: { heldOn: '2026-10-12', participants: '李部长', conclusion: 'hold' as const, comment: '再议', by: '李部长', at: '2026-10-12T08:00:00.000Z' } },
    };
    expect(applicationFingerprint(reviewed)).toBe(applicationFingerprint(file));
    expect(submissionIsCurrent(reviewed)).toBe(true);
  });

  test('the submission records the 4.1.2 result and its rules; new rules show beside it, never instead of it', () => {
    const file = submitApplication(completeFile(), SUBMITTED, '2026-10-10', evaluationRules(undefined, '本站默认设置'));
    const recorded = file.application.submittedEvaluation;
    expect(recorded).toMatchObject({ recommendation: 'recommend', rules: { source: '本站默认设置', recommendAt: 70 } });
    expect(compareEvaluation(file, evaluationRules())).toMatchObject({ differs: false });
    const stricter = { ...evaluationRules(), recommendAt: 95, source: '公司设置（华东，2026-12-01）' };
    const comparison = compareEvaluation(file, stricter);
    expect(comparison?.differs).toBe(true);
    expect(comparison?.submitted.recommendation).toBe('recommend');
    expect(comparison?.current.recommendation).toBe('review');
    expect(comparison?.current.rules.source).toBe('公司设置（华东，2026-12-01）');
    expect(compareEvaluation({ ...file, application: { ...file.application, submittedEvaluation: null } }, stricter)).toBeNull();
  });
});

/**
 * Brings a manager's entries from one copy of a file into another: the
 * application's decisions, the 4.2.2 团队评审 record, the decision on a 4.4.5
 * termination request and the 4.4.6 guidance. Used when the rep edited the
 * file after sending it and the manager's copy comes back: both sides
 * changed it, and neither copy may simply replace the other.
 *
 * Everything else comes from `content`; an entry comes from `other` when
 * `content` lacks it or holds an older one (by its time). Decisions follow the
 * submission they were given on: a decision on a submission `content` has
 * since replaced goes into that round of the history, not onto the new one.
 */
import { joinClocks } from './clock';
import type { Approval, ApproverRole, DevelopmentFile } from './schema';



function newer<T extends { at: string }>(mine: T | null | undefined, theirs: T | null | undefined): T | null {
  if (!theirs) return mine ?? null;
  if (!mine) return theirs;
  return Date.parse(theirs.at) > Date.parse(mine.at) ? theirs : mine;
}

type Approvals = Record<ApproverRole, Approval | null>;

function mergeApprovals(mine: Approvals, theirs: Approvals): Approvals {
  return { marketingManager: newer(mine.marketingManager, theirs.marketingManager), generalManager: newer(mine.generalManager, theirs.generalManager) };
}

function mergeApplication(content: DevelopmentFile['application'], other: DevelopmentFile['application']): DevelopmentFile['application'] {
  // Decisions of each submission of `other`, by submission time.
  const otherRounds = new Map<string, Approvals>(other.rounds.map((round) => [round.submittedAt, round.approvals]));
  if (other.submittedAt !== null) otherRounds.set(other.submittedAt, other.approvals);
  const approvalsFor = (submittedAt: string | null, own: Approvals): Approvals => {
    const theirs = submittedAt === null ? undefined : otherRounds.get(submittedAt);
    return theirs ? mergeApprovals(own, theirs) : own;
  };
  return {
    ...content,
    approvals: approvalsFor(content.submittedAt, content.approvals),
    rounds: content.rounds.map((round) => ({ ...round, approvals: approvalsFor(round.submittedAt, round.approvals) })),
  };
}

function mergeExecution(content: DevelopmentFile['execution'], other: DevelopmentFile['execution']): DevelopmentFile['execution'] {
  const guidanceOf = new Map(other.progressReports.map((r) => [r.id, r]));
  const progressReports = content.progressReports.map((report) => {
    const theirs = guidanceOf.get(report.id);
    if (!theirs || theirs.guidanceAt === null || theirs.guidance.trim() === '') return report;
    if (report.guidanceAt !== null && Date.parse(report.guidanceAt) >= Date.parse(theirs.guidanceAt)) return report;
    const { guidance, guidanceBy, guidanceAt, guidanceRole } = theirs;
    return { ...report, guidance, guidanceBy, guidanceAt, ...(guidanceRole ? { guidanceRole } : {}) };
  });
  const mine = content.termination;
  const theirs = other.termination;
  // A decision answers one request: the same request is the same requestedAt.
  const termination =
    mine && theirs && mine.requestedAt === theirs.requestedAt && mine.confirmedAt === null
      ? { ...mine, decision: newer(mine.decision, theirs.decision) }
      : mine;
  return { ...content, progressReports, termination };
}

/** `content` with the manager's entries of `other` that it lacks or holds older; the clocks joined. */
export function withManagerEntries(content: DevelopmentFile, other: DevelopmentFile): DevelopmentFile {
  return {
    ...content,
    clock: joinClocks(content.clock, other.clock),
    survey: { ...content.survey, teamReviewRecord: newer(content.survey.teamReviewRecord, other.survey.teamReviewRecord) },
    application: mergeApplication(content.application, other.application),
    execution: mergeExecution(content.execution, other.execution),
  };
}

/** Whether `other` holds a manager's entry that `content` lacks or holds older. */
export function hasNewManagerEntries(content: DevelopmentFile, other: DevelopmentFile): boolean {
  const merged = withManagerEntries(content, other);
  const strip = (file: DevelopmentFile) => JSON.stringify({ ...file, clock: null });
  return strip(merged) !== strip(content);
}


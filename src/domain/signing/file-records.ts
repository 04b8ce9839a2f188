/**
 * The signed records of one development file, each with the canonical text
 * its signature covers (signatures.ts) and a key naming it for the UI:
 * `approval:<role>` for the current submission, `round:<n>:<role>` for an
 * earlier one, `team-review`, `termination`, `guidance:<report id>`.
 */
import { applicationContent } from '../development-file/application-state';
import { canonicalJson } from '../fingerprint';
import { APPROVER_ROLES, type Approval, type ApproverRole, type DevelopmentFile, type ProgressReport } from '../development-file/schema';
import { signedText, verifyRecord, type Crypto, type KnownKeys, type Signature, type SignedRecord, type Verdict } from './signatures';

/** The text whose SHA-256 an application decision signs (the 申请表's content at that time). */
export function applicationContentText(file: DevelopmentFile): string {
  return canonicalJson(applicationContent(file));
}

export function approvalText(fileId: string, role: ApproverRole, submittedAt: string | null, approval: Approval): string {
  return signedText('approval', fileId, { role, submittedAt }, approval);
}

export function teamReviewText(file: DevelopmentFile, record: NonNullable<DevelopmentFile['survey']['teamReviewRecord']>): string {
  return signedText('team-review', file.id, {}, record);
}

export function terminationDecisionText(
  file: DevelopmentFile,
  termination: NonNullable<DevelopmentFile['execution']['termination']>,
  decision: NonNullable<NonNullable<DevelopmentFile['execution']['termination']>['decision']>,
): string {
  const { requestedAt, reason, informed } = termination;
  return signedText('termination-decision', file.id, { requestedAt, reason, informed }, decision);
}

/** Guidance answers one report: the report's own content is part of what is signed. */
export function guidanceText(file: DevelopmentFile, report: ProgressReport): string {
  const { id, date, progress, achievements, problems, guidance, guidanceBy, guidanceAt, guidanceRole } = report;
  return signedText('guidance', file.id, { reportId: id, date, progress, achievements, problems }, { guidance, guidanceBy, guidanceAt, guidanceRole });
}

export interface FileRecord {
  key: string;
  text: string;
  record: SignedRecord;
}

/** Every manager record of the file, signed or not. */
export function fileRecords(file: DevelopmentFile): FileRecord[] {
  const records: FileRecord[] = [];
  const approvals = (prefix: string, submittedAt: string | null, set: Readonly<Record<ApproverRole, Approval | null>>) => {
    for (const role of APPROVER_ROLES) {
      const approval = set[role];
      if (approval) records.push({ key: `${prefix}${role}`, text: approvalText(file.id, role, submittedAt, approval), record: approval });
    }
  };
  file.application.rounds.forEach((round, i) => approvals(`round:${i}:`, round.submittedAt, round.approvals));
  approvals('approval:', file.application.submittedAt, file.application.approvals);
  const review = file.survey.teamReviewRecord;
  if (review) records.push({ key: 'team-review', text: teamReviewText(file, review), record: review });
  const termination = file.execution.termination;
  if (termination?.decision) {
    records.push({ key: 'termination', text: terminationDecisionText(file, termination, termination.decision), record: termination.decision });
  }
  for (const report of file.execution.progressReports) {
    if (report.guidanceAt === null || report.guidance.trim() === '') continue;
    records.push({
      key: `guidance:${report.id}`,
      text: guidanceText(file, report),
      record: { by: report.guidanceBy, role: report.guidanceRole, at: report.guidanceAt, entry: 'desk', signature: report.guidanceSignature },
    });
  }
  return records;
}

/** Every record's verdict, by key. */
export async function verifyFile(file: DevelopmentFile, keys: KnownKeys, crypto: Pick<Crypto, 'verify'>): Promise<Map<string, Verdict>> {
  const records = fileRecords(file);
  const verdicts = await Promise.all(records.map((r) => verifyRecord(r.text, r.record, keys, crypto)));
  return new Map(records.map((r, i) => [r.key, verdicts[i] as Verdict]));
}

/** The file with `signature` set on the record named `key` (the text it covers is unchanged by it). */
export function attachSignature(file: DevelopmentFile, key: string, signature: Signature): DevelopmentFile {
  const [kind, a] = key.split(':');
  if (kind === 'approval' && (a === 'marketingManager' || a === 'generalManager')) {
    const approval = file.application.approvals[a];
    if (!approval) return file;
    return { ...file, application: { ...file.application, approvals: { ...file.application.approvals, [a]: { ...approval, signature } } } };
  }
  if (kind === 'team-review' && file.survey.teamReviewRecord) {
    return { ...file, survey: { ...file.survey, teamReviewRecord: { ...file.survey.teamReviewRecord, signature } } };
  }
  const termination = file.execution.termination;
  if (kind === 'termination' && termination?.decision) {
    return { ...file, execution: { ...file.execution, termination: { ...termination, decision: { ...termination.decision, signature } } } };
  }
  if (kind === 'guidance') {
    const progressReports = file.execution.progressReports.map((r) => (r.id === a ? { ...r, guidanceSignature: signature } : r));
    return { ...file, execution: { ...file.execution, progressReports } };
  }
  return file;
}

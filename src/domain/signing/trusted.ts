/**
 * What counts once a team signs its decisions: the file as the procedure's
 * rules should see it, without the manager records whose check does not let
 * them count (签名无效, 未知签名人, unsigned desk records, and 代登记 unless
 * the company lets paper entries count). Without a pinned roster nothing is removed:
 * the team has not turned signing on, and records are shown as 未签名.
 *
 * Only for reading state (what waits, what may move on); the stored file keeps
 * every record, so nothing is dropped and the UI can say why one does not count.
 */
import type { DevelopmentFile } from '../development-file/schema';
import { counts, type Verdict } from './signatures';

export type Verdicts = ReadonlyMap<string, Verdict>;

/**
 * `verdicts` undefined: no roster pinned, everything counts. Otherwise a record
 * counts only with a verdict that lets it (a record not checked yet does not,
 * so an imported forgery never counts even for the moment before its check).
 */
export function countedFile(file: DevelopmentFile, verdicts: Verdicts | undefined, paperCounts = false): DevelopmentFile {
  if (!verdicts) return file;
  const keep = (key: string, record: { entry?: 'desk' | 'paper' | undefined } | null | undefined) => {
    if (!record) return false;
    const verdict = verdicts.get(key);
    return verdict === undefined ? paperCounts && record.entry === 'paper' : counts(verdict, paperCounts);
  };
  const approvals = (prefix: string, set: DevelopmentFile['application']['approvals']) => ({
    marketingManager: keep(`${prefix}marketingManager`, set.marketingManager) ? set.marketingManager : null,
    generalManager: keep(`${prefix}generalManager`, set.generalManager) ? set.generalManager : null,
  });
  const termination = file.execution.termination;
  return {
    ...file,
    survey: { ...file.survey, teamReviewRecord: keep('team-review', file.survey.teamReviewRecord) ? file.survey.teamReviewRecord : null },
    application: {
      ...file.application,
      approvals: approvals('approval:', file.application.approvals),
      rounds: file.application.rounds.map((round, i) => ({ ...round, approvals: approvals(`round:${i}:`, round.approvals) })),
    },
    execution: {
      ...file.execution,
      termination: termination && !keep('termination', termination.decision) ? { ...termination, decision: null } : termination,
      progressReports: file.execution.progressReports.map((r) =>
        r.guidanceAt === null || keep(`guidance:${r.id}`, { entry: 'desk' }) ? r : { ...r, guidance: '', guidanceBy: '', guidanceAt: null },
      ),
    },
  };
}

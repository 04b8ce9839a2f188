/**
 * 主管工作台: what the managers' desk shows across every imported file — the
 * funnel from 4.1 to 4.6, the files per rep and stage, and the work waiting
 * for a manager: applications to decide (3.2, 3.4), 团队评审 to record
 * (4.2.2), termination requests to decide (4.4.5), progress reports waiting
 * for guidance (4.4.6), and the files to look at (停滞, risks).
 */
import { isStalled, riskFlags } from '../development-file/derived';
import { reportsAwaitingGuidance, terminationAwaitingDecision } from '../development-file/manager-records';
import type { DevelopmentFile, ProgressReport, StageId } from '../development-file/schema';
import { stageIndex, WORKING_STAGES } from '../development-file/stages';
import { terminatedFrom } from '../development-file/transitions';
import { reviewLists, type ReviewItem } from './queue';

export interface FunnelStep {
  stage: StageId;
  label: string;
  clause: string;
  /** Files that got at least this far (a terminated file counts up to where it stopped). */
  reached: number;
  /** Files in this stage now. */
  current: number;
}

export interface RepRow {
  /** As typed in the files; '' for files without a rep. */
  owner: string;
  total: number;
  /** Files per stage now, 终止 included. */
  byStage: Readonly<Partial<Record<StageId, number>>>;
  waiting: number;
  stalled: number;
  risks: number;
}

export interface GuidanceItem {
  file: DevelopmentFile;
  report: ProgressReport;
}

export interface DeskOverview {
  total: number;
  terminated: number;
  funnel: FunnelStep[];
  byRep: RepRow[];
  /** Applications waiting for a decision, longest waiting first. */
  approvals: ReviewItem[];
  /** In 背景调查 without a 团队评审 record. */
  teamReviews: DevelopmentFile[];
  terminations: DevelopmentFile[];
  guidance: GuidanceItem[];
  stalled: DevelopmentFile[];
  risks: DevelopmentFile[];
}

/** How far the file got on the road: its stage, or where a terminated file stopped. */
function reachedIndex(file: DevelopmentFile): number {
  if (file.stage !== 'terminated') return stageIndex(file.stage);
  const from = terminatedFrom(file);
  return from === null ? 0 : Math.max(0, stageIndex(from));
}

const byName = (a: DevelopmentFile, b: DevelopmentFile) => a.customer.name.localeCompare(b.customer.name, 'zh-CN') || a.id.localeCompare(b.id);

export function deskOverview(files: readonly DevelopmentFile[], today: string, config: { stalledAfterDays: number }): DeskOverview {
  const approvals = reviewLists(files).pending;
  const pendingIds = new Set(approvals.map((item) => item.id));
  const teamReviews = files.filter((f) => f.stage === 'survey' && f.survey.teamReviewRecord === null).toSorted(byName);
  const terminations = files.filter(terminationAwaitingDecision).toSorted(byName);
  const guidance = files
    // Guidance serves the work under way (4.4.6); a report of a finished or stopped file waits for nobody.
    .filter((f) => f.stage === 'execution')
    .flatMap((file) => reportsAwaitingGuidance(file).map((report) => ({ file, report })))
    .toSorted((a, b) => a.report.date.localeCompare(b.report.date) || a.file.id.localeCompare(b.file.id));
  const stalled = files.filter((f) => isStalled(f, today, config)).toSorted(byName);
  const risks = files.filter((f) => f.stage !== 'terminated' && riskFlags(f).length > 0).toSorted(byName);

  const waitingIds = new Set([...pendingIds, ...teamReviews.map((f) => f.id), ...terminations.map((f) => f.id), ...guidance.map((g) => g.file.id)]);
  const stalledIds = new Set(stalled.map((f) => f.id));
  const riskIds = new Set(risks.map((f) => f.id));

  const reps = new Map<string, DevelopmentFile[]>();
  for (const file of files) {
    const owner = file.owner.trim();
    reps.set(owner, [...(reps.get(owner) ?? []), file]);
  }
  const byRep = [...reps.entries()]
    .map(([owner, own]): RepRow => {
      const byStage: Partial<Record<StageId, number>> = {};
      for (const f of own) byStage[f.stage] = (byStage[f.stage] ?? 0) + 1;
      const count = (ids: Set<string>) => own.filter((f) => ids.has(f.id)).length;
      return { owner, total: own.length, byStage, waiting: count(waitingIds), stalled: count(stalledIds), risks: count(riskIds) };
    })
    // Reps without a name last; then by name.
    .toSorted((a, b) => Number(a.owner === '') - Number(b.owner === '') || a.owner.localeCompare(b.owner, 'zh-CN'));

  const funnel = WORKING_STAGES.map((info, i) => ({
    stage: info.id,
    label: info.label,
    clause: info.clause,
    reached: files.filter((f) => reachedIndex(f) >= i).length,
    current: files.filter((f) => f.stage === info.id).length,
  }));

  return {
    total: files.length,
    terminated: files.filter((f) => f.stage === 'terminated').length,
    funnel,
    byRep,
    approvals,
    teamReviews,
    terminations,
    guidance,
    stalled,
    risks,
  };
}

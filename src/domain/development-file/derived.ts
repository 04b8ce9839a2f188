/**
 * Facts derived from a file for lists, dashboards and the wizard's "what now".
 * `today` is always a parameter (YYYY-MM-DD) so that results are reproducible
 * and the same in tests as in the browser.
 */
import { applicationState } from './application-state';
import type { ClauseNumber } from '../playbook/clauses';
import { DEVELOPMENT_CONFIG } from './config';
import { datePart, daysBetween } from './dates';
import { evaluate, type EvaluationConfig, type EvaluationResult } from './evaluation';
import { RECOMMENDATION_LABELS, type FieldPath, type RiskKind } from './labels';
import { missingFor, type RequirementContext } from './requirements';
import { CRITERION_IDS, RISK_KINDS, type DevelopmentFile, type StageId } from './schema';
import { nextStage, stageInfo } from './stages';
import { terminatedFrom, terminationPending } from './transitions';

export interface NextAction {
  /** One Chinese sentence. */
  text: string;
  clause: ClauseNumber;
  /** The field to open, or null when the action is not about one field. */
  path: FieldPath | null;
}

/** Only files in 正式实施 are expected to log activities (4.4); see isStalled. */
const ACTIVE_STAGES: readonly StageId[] = ['execution'];

export function lastActivityDate(file: DevelopmentFile): string | null {
  let last: string | null = null;
  for (const activity of file.execution.activities) if (last === null || activity.date > last) last = activity.date;
  return last;
}

/** Days from the latest activity to `today`; 0 for an activity dated in the future, null with none. */
export function daysSinceLastActivity(file: DevelopmentFile, today: string): number | null {
  const last = lastActivityDate(file);
  return last === null ? null : Math.max(0, daysBetween(last, today));
}

/** The date the file last entered its current stage (createdAt when the history does not say). */
export function stageEnteredOn(file: DevelopmentFile): string {
  for (let i = file.stageHistory.length - 1; i >= 0; i--) {
    const change = file.stageHistory[i];
    if (change?.to === file.stage) return datePart(change.at);
  }
  return datePart(file.createdAt);
}

/**
 * A file in 正式实施 is 停滞 when nothing has happened for more than
 * stalledAfterDays: no activity since, and it did not (re-)enter the stage
 * since. Counting from entering the stage keeps a file that just arrived,
 * or came back, from being flagged for old activities.
 */
export function isStalled(
  file: DevelopmentFile,
  today: string,
  config: { stalledAfterDays: number } = DEVELOPMENT_CONFIG,
): boolean {
  if (!ACTIVE_STAGES.includes(file.stage)) return false;
  const entered = stageEnteredOn(file);
  const last = lastActivityDate(file);
  const since = last !== null && last > entered ? last : entered;
  return daysBetween(since, today) > config.stalledAfterDays;
}

/** The kinds of risk recorded, each once, in the order of 4.4.5. */
export function riskFlags(file: DevelopmentFile): RiskKind[] {
  const present = new Set(file.execution.risks.map((r) => r.kind));
  return RISK_KINDS.filter((kind) => present.has(kind));
}

export interface EvaluationSummary extends EvaluationResult {
  /** Short text for lists: “综合得分 75 · 推荐” or “已评 2/4 项”. */
  text: string;
}

export function evaluationSummary(
  file: DevelopmentFile,
  config: EvaluationConfig = DEVELOPMENT_CONFIG.evaluation,
): EvaluationSummary {
  const result = evaluate(file.evaluation, config);
  const text =
    result.total === null || result.recommendation === null
      ? `已评 ${CRITERION_IDS.length - result.unscored.length}/${CRITERION_IDS.length} 项`
      : `综合得分 ${result.total} · ${RECOMMENDATION_LABELS[result.recommendation]}`;
  return { ...result, text };
}

/**
 * The one thing to do next, in this order: settle a pending termination;
 * revive a stalled file; fill the first missing requirement of the stage;
 * otherwise move on.
 */
export function nextAction(
  file: DevelopmentFile,
  today: string,
  context: RequirementContext & { stalledAfterDays?: number } = {},
): NextAction {
  if (file.stage === 'terminated') {
    const from = terminatedFrom(file);
    const text = from ? `档案已终止；如情况变化，可重新启动到“${stageInfo(from).label}”阶段。` : '档案已终止。';
    return { text, clause: '4.4.5', path: null };
  }
  if (terminationPending(file)) {
    const decision = file.execution.termination?.decision?.decision;
    const text =
      decision === 'terminate'
        ? '上级已同意终止：请确认终止开发。'
        : decision === 'continue'
          ? '上级决定继续开发：请撤回终止申请后继续。'
          : '已提出终止申请：把档案导出发给上级，等待上级决定终止或继续开发。';
    return { text, clause: '4.4.5', path: 'execution.termination' };
  }
  const stalledAfterDays = context.stalledAfterDays ?? DEVELOPMENT_CONFIG.stalledAfterDays;
  if (isStalled(file, today, { stalledAfterDays })) {
    const days = daysSinceLastActivity(file, today);
    const text =
      days === null
        ? `进入正式实施已超过 ${stalledAfterDays} 天仍没有开发活动，请与客户方负责人联系并记录。`
        : `已 ${days} 天没有开发活动，请与客户联系并记录进展。`;
    return { text, clause: '4.4.1', path: 'execution.activities' };
  }
  // Waiting for a decision is a state with a real next step: sending the file.
  const application = file.stage === 'application' ? applicationState(file) : null;
  if (application?.kind === 'awaiting') {
    const who = application.role === 'marketingManager' ? '营销部长审批' : '总经理批准';
    return { text: `等待${who}：把档案导出发给${who.slice(0, -2)}，收到发回的文件后在“开发档案”页导入。`, clause: application.role === 'marketingManager' ? '3.2' : '3.4', path: null };
  }
  const first = missingFor(file, file.stage, context)[0];
  if (first) return { text: `${first.message}。`, clause: first.clause, path: first.path };
  const next = nextStage(file.stage);
  if (next) {
    const info = stageInfo(next);
    return { text: `“${stageInfo(file.stage).label}”已完成，可进入“${info.label}”阶段。`, clause: info.clause, path: null };
  }
  return { text: '开发完成，新客户已纳入客户管理。', clause: '4.6.3', path: null };
}

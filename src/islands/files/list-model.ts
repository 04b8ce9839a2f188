/**
 * What the file list shows of each file, and how it is searched, filtered
 * and sorted. Pure: `today` is a parameter, so the list is the same in every
 * test and changes only when the date does.
 */
import { isStalled, lastActivityDate, nextAction, riskFlags } from '../../domain/development-file/derived';
import { activeRules, rulesContext, type ActiveRules } from '../../domain/settings/company-settings';
import { evaluate } from '../../domain/development-file/evaluation';
import { RECOMMENDATION_LABELS, RISK_KIND_LABELS } from '../../domain/development-file/labels';
import { CRITERION_IDS, type DevelopmentFile, type StageId } from '../../domain/development-file/schema';
import { stageInfo } from '../../domain/development-file/stages';
import { waitingState } from '../../domain/development-file/manager-records';

export interface FileRow {
  id: string;
  /** Plain text, rendered as text only. */
  name: string;
  region: string;
  industry: string;
  stage: StageId;
  stageLabel: string;
  /** Where the file waits on a manager (等待营销部长审批 …), or null. */
  waiting: string | null;
  /** 0–100, null until all four criteria are scored. */
  score: number | null;
  /** “76/100 · 推荐” or “未评分”. */
  scoreText: string;
  /** “已评 2/4 项” while partly scored, else null. */
  scoreProgress: string | null;
  nextAction: string;
  lastActivity: string | null;
  stalled: boolean;
  /** Chinese names of the risk kinds recorded, in 4.4.5 order. */
  risks: string[];
  updatedAt: number;
}

export function toRow(file: DevelopmentFile, today: string, otherFiles: readonly DevelopmentFile[], rules: ActiveRules = activeRules(null)): FileRow {
  const result = evaluate(file.evaluation, rules.evaluation);
  const scored = CRITERION_IDS.length - result.unscored.length;
  return {
    id: file.id,
    name: file.customer.name.trim() || '未命名客户',
    region: file.customer.region,
    industry: file.customer.industry,
    stage: file.stage,
    stageLabel: stageInfo(file.stage).label,
    waiting: waitingState(file),
    score: result.total,
    scoreText:
      result.total === null || result.recommendation === null
        ? '未评分'
        : `${result.total}/100 · ${RECOMMENDATION_LABELS[result.recommendation]}`,
    scoreProgress: result.total === null && scored > 0 ? `已评 ${scored}/${CRITERION_IDS.length} 项` : null,
    nextAction: nextAction(file, today, { otherFiles, ...rulesContext(rules) }).text,
    lastActivity: lastActivityDate(file),
    stalled: isStalled(file, today, rules),
    risks: riskFlags(file).map((kind) => RISK_KIND_LABELS[kind]),
    updatedAt: Date.parse(file.updatedAt),
  };
}

export function toRows(files: readonly DevelopmentFile[], today: string, rules?: ActiveRules): FileRow[] {
  return files.map((file) => toRow(file, today, files.filter((other) => other.id !== file.id), rules));
}

export const SORT_OPTIONS = [
  { value: 'updated', label: '最近更新' },
  { value: 'name', label: '客户名称' },
  { value: 'score', label: '评分' },
  { value: 'activity', label: '最后活动' },
] as const;
export type SortKey = (typeof SORT_OPTIONS)[number]['value'];

export interface ListQuery {
  search: string;
  stage: StageId | 'all';
  sort: SortKey;
}

export const DEFAULT_QUERY: ListQuery = { search: '', stage: 'all', sort: 'updated' };

/** Full-width letters, case and spaces should not decide whether a rep finds a customer. */
function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

// Chinese names in pinyin order, as reps know them from their phone's contacts.
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Missing values go last whatever the order, so “no score yet” never tops a ranking. */
function descendingNullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(b, a);
}

const COMPARATORS: Record<SortKey, (a: FileRow, b: FileRow) => number> = {
  updated: (a, b) => b.updatedAt - a.updatedAt,
  name: (a, b) => collator.compare(a.name, b.name),
  score: (a, b) => descendingNullsLast(a.score, b.score, (x, y) => x - y),
  activity: (a, b) => descendingNullsLast(a.lastActivity, b.lastActivity, (x, y) => x.localeCompare(y)),
};

export function applyQuery(rows: readonly FileRow[], query: ListQuery): FileRow[] {
  const words = comparable(query.search);
  const compare = COMPARATORS[query.sort];
  return rows
    .filter((row) => query.stage === 'all' || row.stage === query.stage)
    .filter((row) => words === '' || [row.name, row.region, row.industry].some((field) => comparable(field).includes(words)))
    .toSorted((a, b) => compare(a, b) || b.updatedAt - a.updatedAt);
}

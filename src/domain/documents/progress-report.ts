/**
 * 新客户开发进度报表 (4.4.6) over several files: one landscape table row per
 * customer, for the 营销部长 to read across reps. Sorted by rep, then by
 * stage in the procedure's order, then by customer name.
 */
import { daysSinceLastActivity, evaluationSummary, isStalled, lastActivityDate, nextAction, riskFlags } from '../development-file/derived';
import { ACTIVITY_TYPE_LABELS, RECOMMENDATION_LABELS, RISK_KIND_LABELS } from '../development-file/labels';
import type { DevelopmentFile } from '../development-file/schema';
import { activeRules, rulesContext, type ActiveRules } from '../settings/company-settings';
import { ALL_STAGES, stageInfo } from '../development-file/stages';
import type { PdfDocumentModel } from './model';
import { customerName } from './application';
import type { DocumentOptions } from './format';

export const PROGRESS_REPORT_TITLE = '新客户开发进度报表';

export const PROGRESS_COLUMNS = ['客户', '开发业务', '阶段', '评估', '最近活动', '取得成绩', '存在的问题', '下一步', '停滞', '风险'] as const;

const collator = new Intl.Collator('zh-CN');

function latest<T extends { date: string }>(items: readonly T[]): T | null {
  let best: T | null = null;
  for (const item of items) if (best === null || item.date >= best.date) best = item;
  return best;
}

/** One row of the report, as printed. */
export function progressRow(
  file: DevelopmentFile,
  today: string,
  otherFiles: readonly DevelopmentFile[],
  rules: ActiveRules = activeRules(null),
): string[] {
  const activity = latest(file.execution.activities);
  const report = latest(file.execution.progressReports);
  const summary = evaluationSummary(file, rules.evaluation);
  const openProblems = file.execution.problems.filter((p) => !p.solved && p.description.trim());
  const problems = [
    report?.problems.trim() ? report.problems.trim() : '',
    ...openProblems.map((p) => `待解决：${p.description.trim()}`),
  ].filter(Boolean);
  const stalled = isStalled(file, today, rules);
  const idleDays = daysSinceLastActivity(file, today);
  return [
    customerName(file),
    file.owner.trim(),
    stageInfo(file.stage).label,
    summary.total === null || summary.recommendation === null
      ? summary.text
      : `${summary.total} 分\n${RECOMMENDATION_LABELS[summary.recommendation]}`,
    activity ? `${lastActivityDate(file)} ${ACTIVITY_TYPE_LABELS[activity.type]}\n${activity.summary.trim()}`.trim() : '无',
    report ? report.achievements.trim() : '',
    problems.join('\n'),
    activity?.nextStep.trim() && file.stage === 'execution' ? activity.nextStep.trim() : nextAction(file, today, { otherFiles, ...rulesContext(rules) }).text,
    stalled ? (idleDays === null ? '停滞' : `停滞\n${idleDays} 天`) : '',
    riskFlags(file)
      .map((kind) => RISK_KIND_LABELS[kind])
      .join('、'),
  ];
}

export function sortForReport(files: readonly DevelopmentFile[]): DevelopmentFile[] {
  const order = (file: DevelopmentFile) => ALL_STAGES.findIndex((s) => s.id === file.stage);
  return [...files].sort(
    (a, b) =>
      collator.compare(a.owner.trim(), b.owner.trim()) || order(a) - order(b) || collator.compare(customerName(a), customerName(b)),
  );
}

export function progressReportDocument(files: readonly DevelopmentFile[], options: DocumentOptions): PdfDocumentModel {
  const rules = options.rules ?? activeRules(null);
  const sorted = sortForReport(files);
  const rows = sorted.map((file) => progressRow(file, options.today, files.filter((other) => other.id !== file.id), rules));
  const stalled = sorted.filter((file) => isStalled(file, options.today, rules)).length;
  const risky = sorted.filter((file) => riskFlags(file).length > 0).length;
  const reps = new Set(sorted.map((file) => file.owner.trim()).filter(Boolean)).size;
  return {
    title: PROGRESS_REPORT_TITLE,
    subtitle: `共 ${files.length} 份开发档案 · ${reps} 位开发业务 · 截至 ${options.today} · 依据《新客户开发管理规范》4.4.6`,
    orientation: 'landscape',
    generatedOn: options.today,
    footer: `${PROGRESS_REPORT_TITLE}（${files.length} 份）`,
    subject: PROGRESS_REPORT_TITLE,
    blocks: [
      {
        kind: 'paragraph',
        size: 9,
        muted: true,
        text:
          `停滞 ${stalled} 份，有风险记录 ${risky} 份。停滞：处于正式实施阶段且超过 ${rules.stalledAfterDays} 天没有开发活动（${rules.source}）。` +
          '取得成绩与存在的问题取自最近一份进度报表；下一步为最近一次活动的安排，或按规范应做的下一步。',
      },
      {
        kind: 'table',
        size: 8.5,
        columns: [1.6, 0.6, 0.75, 0.6, 1.5, 1.3, 1.3, 1.5, 0.45, 0.45],
        header: PROGRESS_COLUMNS.map((text) => ({ text, style: 'header' as const })),
        rows: rows.map((row) =>
          row.map((text, i) => ({
            text,
            ...(i === 8 && text ? { bold: true } : {}),
          })),
        ),
      },
    ],
  };
}

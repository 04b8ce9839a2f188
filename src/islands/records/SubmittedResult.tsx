/**
 * The 4.1.2 result a submitted application was decided on, beside the one
 * today's rules give when they differ: a change of 公司设置 never silently
 * replaces what a manager decided on. The desk also shows it when they agree.
 */
import { compareEvaluation, evaluationRules, evaluationResultText } from '../../domain/development-file/application-state';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import type { ActiveRules } from '../../domain/settings/company-settings';

export function SubmittedResult({ file, rules, showWhenSame = false }: { file: DevelopmentFile; rules: ActiveRules; showWhenSame?: boolean }) {
  const comparison = compareEvaluation(file, evaluationRules(rules.evaluation, rules.source));
  if (!comparison) return null;
  const { submitted, current, differs } = comparison;
  if (!differs) {
    return showWhenSame ? (
      <p className="field-hint">
        4.1.2 评估：{evaluationResultText(submitted)}（{submitted.rules.source}）
      </p>
    ) : null;
  }
  return (
    <p className="notice notice-warning">
      提交时按“{submitted.rules.source}”评估为 <strong>{evaluationResultText(submitted)}</strong>，审批以此为准；按现行“{current.rules.source}”为{' '}
      {evaluationResultText(current)}。
    </p>
  );
}

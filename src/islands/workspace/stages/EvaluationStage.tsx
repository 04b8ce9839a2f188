/** 4.1: who the prospect is, and the four 4.1.2 criteria with a live total. */
import { CRITERION_IDS } from '../../../domain/development-file/schema';
import { CRITERION_LABELS, RECOMMENDATION_LABELS } from '../../../domain/development-file/labels';
import { describeRule, evaluate } from '../../../domain/development-file/evaluation';
import { ChoiceGroup, TextArea, TextField } from '../../forms/fields';
import { ClauseLink } from '../../forms/ClauseLink';
import { createBinder, type StagePanelProps } from '../binding';
import { useRules } from '../../settings/use-rules';

const SCORE_OPTIONS = [
  { value: 1, label: '1 差' },
  { value: 2, label: '2 较差' },
  { value: 3, label: '3 一般' },
  { value: 4, label: '4 较好' },
  { value: 5, label: '5 好' },
] as const;

export function EvaluationStage(props: StagePanelProps) {
  const b = createBinder(props);
  const rules = useRules();
  const result = evaluate(props.file.evaluation, rules.evaluation);
  return (
    <>
      <fieldset className="panel">
        <legend>客户基本信息</legend>
        <TextField {...b.text('customer.name')} required autoComplete="organization" />
        <TextField {...b.text('customer.region')} />
        <TextField {...b.text('customer.industry')} />
        <TextField {...b.text('customer.type')} placeholder="如：经销商、终端用户、OEM" />
        <TextField {...b.text('customer.sourceChannel')} placeholder="如：展会、老客户介绍、网络、行业协会" />
        <TextField {...b.text('owner')} autoComplete="name" />
      </fieldset>

      <section className="panel" aria-labelledby="criteria-title">
        <h2 id="criteria-title">新客户开发评估</h2>
        <p>
          按四个评估方向为客户打分（1 差 – 5 好），并写下依据。 <ClauseLink clause="4.1.2" />
        </p>
        {CRITERION_IDS.map((criterion) => {
          const score = props.file.evaluation[criterion].score;
          const common = b.common(`evaluation.${criterion}.score`);
          return (
            <div className="criterion" key={criterion}>
              <ChoiceGroup
                {...common}
                label={CRITERION_LABELS[criterion]}
                required
                inline
                options={SCORE_OPTIONS}
                value={score === null ? [] : [score]}
                onChange={(values) => b.set(`evaluation.${criterion}.score`, values[0] ?? null)}
              />
              <TextArea {...b.text(`evaluation.${criterion}.note`)} rows={2} />
            </div>
          );
        })}
        <TextField {...b.date('evaluation.evaluatedAt')} />
        <div className="evaluation-result" role="status" aria-live="polite">
          <p className="evaluation-total">
            综合得分：<strong>{result.total === null ? '未完成评分' : `${result.total} / 100`}</strong>
            {result.recommendation && (
              <>
                {' '}
                · 建议：<strong className={`recommendation recommendation-${result.recommendation}`}>{RECOMMENDATION_LABELS[result.recommendation]}</strong>
              </>
            )}
          </p>
          {result.reasons.length > 0 && (
            <ul className="evaluation-reasons">
              {result.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
        <p className="evaluation-rule">
          {describeRule(rules.evaluation, rules.source)} <a href="/settings/">查看公司设置</a>
        </p>
      </section>
    </>
  );
}

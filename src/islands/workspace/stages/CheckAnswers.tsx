/**
 * The check-your-answers page shown before the application is submitted:
 * everything the 申请表 will carry, each with a 修改 link back to the field.
 */
import { useLayoutEffect, useRef } from 'react';
import type { DevelopmentFile } from '../../../domain/development-file/schema';
import { CRITERION_IDS } from '../../../domain/development-file/schema';
import { CRITERION_LABELS, RECOMMENDATION_LABELS, SCREENING_RESULT_LABELS } from '../../../domain/development-file/labels';
import { evaluate, type EvaluationConfig } from '../../../domain/development-file/evaluation';
import { useRules } from '../../settings/use-rules';

export interface AnswerTarget {
  stage: 'evaluation' | 'survey' | 'application';
  path: string;
}

interface Row {
  label: string;
  value: string;
  target: AnswerTarget;
}

const orDash = (text: string) => (text.trim() === '' ? '—' : text);

function rows(file: DevelopmentFile, config: EvaluationConfig): { title: string; rows: Row[] }[] {
  const result = evaluate(file.evaluation, config);
  const ev = (path: string): AnswerTarget => ({ stage: 'evaluation', path });
  const sv = (path: string): AnswerTarget => ({ stage: 'survey', path });
  const ap = (path: string): AnswerTarget => ({ stage: 'application', path });
  return [
    {
      title: '客户基本信息',
      rows: [
        { label: '客户名称', value: orDash(file.customer.name), target: ev('customer.name') },
        { label: '所在地区', value: orDash(file.customer.region), target: ev('customer.region') },
        { label: '所属行业', value: orDash(file.customer.industry), target: ev('customer.industry') },
        { label: '客户类型', value: orDash(file.customer.type), target: ev('customer.type') },
        { label: '获客渠道', value: orDash(file.customer.sourceChannel), target: ev('customer.sourceChannel') },
      ],
    },
    {
      title: '开发评估（4.1.2）',
      rows: [
        ...CRITERION_IDS.map((c) => ({
          label: CRITERION_LABELS[c],
          value: file.evaluation[c].score === null ? '未评分' : `${file.evaluation[c].score} 分`,
          target: ev(`evaluation.${c}.score`),
        })),
        {
          label: '综合得分与建议',
          value: result.total === null ? '未完成评分' : `${result.total} / 100 · ${result.recommendation ? RECOMMENDATION_LABELS[result.recommendation] : ''}`,
          target: ev('evaluation.finance.score'),
        },
      ],
    },
    {
      title: '背景调查（4.2）',
      rows: [
        { label: '调查结果', value: orDash(file.survey.findings), target: sv('survey.findings') },
        { label: '筛选评价', value: SCREENING_RESULT_LABELS[file.survey.screeningResult], target: sv('survey.screeningResult') },
      ],
    },
    {
      title: '开发申请（4.2.5）',
      rows: [
        {
          label: '预计年采购额',
          value: file.application.expectedAnnualPurchase === null ? '—' : `${file.application.expectedAnnualPurchase} 万元`,
          target: ap('application.expectedAnnualPurchase'),
        },
        { label: '申请理由', value: orDash(file.application.reasons), target: ap('application.reasons') },
        { label: '申请人', value: orDash(file.application.applicant), target: ap('application.applicant') },
        { label: '申请日期', value: file.application.appliedOn ?? '—', target: ap('application.appliedOn') },
      ],
    },
  ];
}

export function CheckAnswers({
  file,
  onChange,
  onSubmit,
  onBack,
}: {
  file: DevelopmentFile;
  onChange: (target: AnswerTarget) => void;
  onSubmit: () => void;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const rules = useRules();
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section className="check-answers" aria-labelledby="check-answers-title">
      <h2 id="check-answers-title" ref={heading} tabIndex={-1}>
        提交前请检查申请内容
      </h2>
      {rows(file, rules.evaluation).map((group) => (
        <div className="panel" key={group.title}>
          <h3>{group.title}</h3>
          <dl className="answers">
            {group.rows.map((row) => (
              <div className="answer" key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
                <dd>
                  <button type="button" className="link-button" onClick={() => onChange(row.target)}>
                    修改<span className="visually-hidden">{row.label}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onSubmit}>
          提交申请
        </button>
        <button type="button" onClick={onBack}>
          返回修改
        </button>
      </div>
    </section>
  );
}

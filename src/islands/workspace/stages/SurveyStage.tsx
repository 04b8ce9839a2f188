/**
 * 4.2.1–4.2.4: report to the 营销部长, the team review (recorded by the
 * 营销部长 on 主管审阅, or 代登记 here from the signed minutes), findings,
 * screening, follow-up points.
 */
import { SCREENING_RESULTS } from '../../../domain/development-file/schema';
import { SCREENING_RESULT_LABELS } from '../../../domain/development-file/labels';
import { newId } from '../../../domain/development-file/factory';
import { ChoiceGroup, TextArea, TextField } from '../../forms/fields';
import { Checkbox } from '../../forms/Checkbox';
import { ClauseLink } from '../../forms/ClauseLink';
import { createBinder, fieldDomId, type StagePanelProps } from '../binding';
import { recordTeamReview } from '../../../domain/development-file/manager-records';
import { TeamReviewRecordView } from '../../records/RecordViews';
import { TeamReviewForm } from '../../records/TeamReviewForm';

export function SurveyStage(props: StagePanelProps) {
  const b = createBinder(props);
  const { file, update, errors } = props;
  const points = file.survey.openPoints;
  const addPoint = () =>
    update((f) => ({
      ...f,
      survey: {
        ...f.survey,
        openPoints: [...f.survey.openPoints, { id: newId(), question: '', needsSpecialSurvey: true, resolution: '', resolved: false }],
      },
    }));
  const removePoint = (id: string) =>
    update((f) => ({ ...f, survey: { ...f.survey, openPoints: f.survey.openPoints.filter((p) => p.id !== id) } }));

  return (
    <>
      <fieldset className="panel">
        <legend>潜在客户名录与团队评审</legend>
        <TextField {...b.date('survey.reportedToManagerAt')} required />
        <TeamReview {...props} />
        <TextArea {...b.text('survey.teamReview')} rows={3} />
      </fieldset>
      <fieldset className="panel">
        <legend>调查与筛选评价</legend>
        <TextArea {...b.text('survey.findings')} required rows={5} />
        <ChoiceGroup
          {...b.common('survey.screeningResult')}
          required
          options={SCREENING_RESULTS.map((value) => ({ value, label: SCREENING_RESULT_LABELS[value] }))}
          value={[file.survey.screeningResult]}
          onChange={(values) => b.set('survey.screeningResult', values[0] ?? 'pending')}
        />
        <TextArea {...b.text('survey.screeningNote')} rows={2} />
      </fieldset>
      <section className="panel" aria-labelledby={`${fieldDomId('survey.openPoints')}-title`}>
        <h2 id={`${fieldDomId('survey.openPoints')}-title`}>
          <span id={fieldDomId('survey.openPoints')} tabIndex={-1}>
            不详之处与专项调查
          </span>
        </h2>
        <p>
          调查结果有不详之处时，记下来并组织有关人员再次进行专项调查。 <ClauseLink clause="4.2.4" />
        </p>
        {errors.get('survey.openPoints') && <p className="field-message">{errors.get('survey.openPoints')}</p>}
        {points.length === 0 && <p className="status-line">暂无不详之处。</p>}
        <ol className="item-list">
          {points.map((point, i) => (
            <li key={point.id} className="item">
              <TextField {...b.text(`survey.openPoints.${i}.question`)} />
              <Checkbox {...b.boolean(`survey.openPoints.${i}.needsSpecialSurvey`)} />
              <TextArea {...b.text(`survey.openPoints.${i}.resolution`)} rows={2} />
              <Checkbox {...b.boolean(`survey.openPoints.${i}.resolved`)} />
              <button type="button" className="button-danger" onClick={() => removePoint(point.id)}>
                删除第 {i + 1} 个不详之处
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={addPoint}>
          添加不详之处
        </button>
      </section>
    </>
  );
}

/** The 营销部长's record of the team review: shown as recorded, never as a field the rep fills. */
function TeamReview({ file, counted, update, errors, today }: StagePanelProps) {
  const record = counted.survey.teamReviewRecord;
  const id = fieldDomId('survey.teamReviewRecord');
  return (
    <div className="field" role="group" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p className="field-label" id={`${id}-title`}>
        团队评审结论（营销部长登记）
      </p>
      {errors.get('survey.teamReviewRecord') && <p className="field-message">{errors.get('survey.teamReviewRecord')}</p>}
      {record ? (
        <TeamReviewRecordView record={record} />
      ) : (
        <>
          <p>营销部长组织团队评审后，在主管审阅中登记结论。下一步：报备后把档案导出发给营销部长，发回后导入即可看到结论。</p>
          <details className="paper-entry">
            <summary>代登记纸质评审记录（营销部长已签字）</summary>
            <p className="field-hint">只在营销部长已在纸质评审记录上签字时使用：按纸面内容登记，显示和打印时注明“代登记”。</p>
            <TeamReviewForm
              mode="paper"
              today={today}
              onRecord={(draft) => {
                const result = recordTeamReview(file, draft, { at: new Date().toISOString(), entry: 'paper' });
                if (result.ok) update(() => result.file);
                return result.ok;
              }}
            />
          </details>
        </>
      )}
    </div>
  );
}

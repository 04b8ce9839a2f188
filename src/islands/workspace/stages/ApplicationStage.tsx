/**
 * 4.2.5: the 新客户开发申请. The rep fills it in, checks every answer on a
 * summary page with 修改 links and submits it; the decisions are made on
 * 主管审阅 and come back with the file (here only a 代登记 of a signed paper form).
 */
import { useState } from 'react';
import { APPROVER_ROLES } from '../../../domain/development-file/schema';
import { missingFor } from '../../../domain/development-file/requirements';
import { ErrorSummary, type FieldError } from '../../forms/ErrorSummary';
import { NumberField, TextArea, TextField } from '../../forms/fields';
import { ClauseLink } from '../../forms/ClauseLink';
import { createBinder, fieldDomId, type StagePanelProps } from '../binding';
import { ApprovalForm } from './ApprovalForm';
import { CheckAnswers } from './CheckAnswers';
import { ApplicationStatus } from './ApplicationStatus';
import { applicationState, approvalMarks, currentApproval, evaluationRules, submitApplication } from '../../../domain/development-file/application-state';
import { useRules } from '../../settings/use-rules';

/** The application's own fields; the approvals come after submission. */
const FORM_PATHS = new Set(['application.expectedAnnualPurchase', 'application.reasons', 'application.applicant', 'application.appliedOn']);

export function ApplicationStage(props: StagePanelProps & { onEditStage: (stage: 'evaluation' | 'survey', fieldPath: string) => void }) {
  const b = createBinder(props);
  const { file, update, errors, today } = props;
  const [mode, setMode] = useState<'edit' | 'check'>('edit');
  const [formErrors, setFormErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const state = applicationState(props.counted);
  const rules = useRules();

  const check = () => {
    const missing = missingFor(file, 'application').filter((m) => FORM_PATHS.has(m.path));
    setFormErrors(missing.map((m) => ({ fieldId: fieldDomId(m.path), message: m.message })));
    setAttempt((n) => n + 1);
    if (missing.length === 0) setMode('check');
  };
  const submit = () => {
    update((f) => submitApplication(f, new Date().toISOString(), today, evaluationRules(rules.evaluation, rules.source)));
    setJustSubmitted(true);
    setMode('edit');
  };

  if (mode === 'check') {
    return (
      <CheckAnswers
        file={file}
        onChange={(target) => {
          if (target.stage === 'application') {
            setMode('edit');
            requestAnimationFrame(() => document.getElementById(fieldDomId(target.path))?.focus());
          } else props.onEditStage(target.stage, target.path);
        }}
        onSubmit={submit}
        onBack={() => setMode('edit')}
      />
    );
  }

  const localErrors = new Map(formErrors.map((e) => [e.fieldId, e.message]));
  const errorFor = (path: string) => errors.get(path) ?? localErrors.get(fieldDomId(path));
  return (
    <>
      <ErrorSummary errors={formErrors} title="申请还不能提交" focusKey={attempt} />
      <fieldset className="panel">
        <legend>新客户开发申请</legend>
        <p>
          根据调查与筛选结果，提出新客户的开发申请，由营销部长和总经理审批。 <ClauseLink clause="4.2.5" />
        </p>
        <NumberField {...b.number('application.expectedAnnualPurchase')} error={errorFor('application.expectedAnnualPurchase')} unit="万元" required />
        <TextArea {...b.text('application.reasons')} error={errorFor('application.reasons')} required rows={4} />
        <TextField {...b.text('application.applicant')} error={errorFor('application.applicant')} required autoComplete="name" />
        <TextField {...b.date('application.appliedOn')} error={errorFor('application.appliedOn')} required />
      </fieldset>

      <section className="panel" aria-labelledby={fieldDomId('application.submittedAt')}>
        <h2 id={fieldDomId('application.submittedAt')} tabIndex={-1}>
          提交与审批
        </h2>
        {errors.get('application.submittedAt') && <p className="field-message">{errors.get('application.submittedAt')}</p>}
        {state.kind === 'draft' ? (
          <>
            <p>填写完成后，先检查全部内容，再提交申请。</p>
            <div className="button-row">
              <button type="button" className="button-primary" onClick={check}>
                检查并提交申请
              </button>
            </div>
          </>
        ) : (
          <ApplicationStatus file={file} state={state} rules={rules} justSubmitted={justSubmitted} onResubmit={check} />
        )}
        {state.kind !== 'draft' &&
          state.kind !== 'changed' &&
          // The 总经理 decides after the 营销部长's 同意 (3.2 before 3.4).
          APPROVER_ROLES.filter((role) => role === 'marketingManager' || currentApproval(props.counted, 'marketingManager')?.decision === 'approved').map((role) => (
            <ApprovalFormFor key={role} role={role} {...props} />
          ))}
      </section>
    </>
  );
}


function ApprovalFormFor({ role, file, counted, update, errors }: StagePanelProps & { role: (typeof APPROVER_ROLES)[number] }) {
  // What counts: a decision whose signature check fails is listed in the workspace's signature notice instead.
  const current = currentApproval(counted, role);
  return (
    <ApprovalForm
      role={role}
      mode="paper"
      approval={current}
      marks={current ? approvalMarks(file, current) : []}
      error={errors.get(`application.approvals.${role}`)}
      onRecord={(record) =>
        update((f) => ({
          ...f,
          application: {
            ...f.application,
            approvals: { ...f.application.approvals, [role]: { ...record, at: new Date().toISOString(), entry: 'paper' } },
          },
        }))
      }
    />
  );
}

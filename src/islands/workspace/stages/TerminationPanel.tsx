/**
 * 4.4.5 in the rep's workspace: the request to the superior (reason, who was
 * informed), the superior's decision — made on 主管审阅 and brought back with
 * the file, or 代登记 here from a signed paper decision — and, after 同意终止,
 * the rep's confirmation that moves the file to 终止.
 */
import { useState } from 'react';
import { riskFlags } from '../../../domain/development-file/derived';
import { RISK_KIND_LABELS } from '../../../domain/development-file/labels';
import { decideTermination } from '../../../domain/development-file/manager-records';
import type { DevelopmentFile } from '../../../domain/development-file/schema';
import { moveKind } from '../../../domain/development-file/stages';
import { confirmTermination, requestTermination, withdrawTermination, type MoveResult } from '../../../domain/development-file/transitions';
import { TextArea, TextField } from '../../forms/fields';
import { TerminationDecisionView } from '../../records/RecordViews';
import { TerminationDecisionForm } from '../../records/TerminationDecisionForm';
import { fieldDomId, fieldInfo, type StagePanelProps } from '../binding';
import { EntryDetails, formatTime, Group, useFocusLater } from './parts';

type Failure = { reason: string; missing: ReadonlyMap<string, string> };

function failureOf(result: Extract<MoveResult, { ok: false }>): Failure {
  return { reason: result.reason, missing: new Map(result.missing.map((m) => [m.path as string, m.message])) };
}

export function TerminationPanel({
  file,
  counted,
  update,
  errors,
  onStageChanged,
}: Pick<StagePanelProps, 'file' | 'counted' | 'update' | 'errors'> & { onStageChanged?: ((file: DevelopmentFile) => void) | undefined }) {
  const focusLater = useFocusLater();
  const { risks, termination } = file.execution;
  const [draft, setDraft] = useState({ reason: '', informed: '' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const canTerminate = moveKind(file.stage, 'terminated') === 'terminate';
  const flags = riskFlags(file);
  const terminationPath = 'execution.termination';
  const show = file.stage === 'terminated' || (canTerminate && (risks.length > 0 || termination !== null || errors.has(terminationPath)));
  if (!show) return null;

  const request = () => {
    const result = requestTermination(file, { ...draft, now: new Date().toISOString() });
    if (!result.ok) {
      setFailure(failureOf(result));
      const first = result.missing[0];
      if (first) focusLater(fieldDomId(first.path));
      return;
    }
    update(() => result.file);
    setFailure(null);
    focusLater(fieldDomId(terminationPath));
  };
  const confirm = () => {
    // Judged on the counted file (the superior's decision must pass its signature check), written onto the stored one.
    const result = confirmTermination(counted, new Date().toISOString());
    if (!result.ok) {
      setFailure(failureOf(result));
      return;
    }
    const moved = result.file;
    update((current) => ({
      ...current,
      stage: moved.stage,
      stageHistory: moved.stageHistory,
      updatedAt: moved.updatedAt,
      execution: { ...current.execution, termination: current.execution.termination && { ...current.execution.termination, confirmedAt: moved.execution.termination?.confirmedAt ?? null } },
    }));
    setFailure(null);
    onStageChanged?.(result.file);
  };
  const withdraw = () => {
    const result = withdrawTermination(file, new Date().toISOString());
    if (!result.ok) {
      setFailure(failureOf(result));
      return;
    }
    // Keep the withdrawn request as a draft, in case it is sent again.
    if (termination) setDraft({ reason: termination.reason, informed: termination.informed });
    update(() => result.file);
    setFailure(null);
    focusLater(fieldDomId(terminationPath));
  };

  const field = (path: 'execution.termination.reason' | 'execution.termination.informed') => ({
    id: fieldDomId(path),
    label: fieldInfo(path).label,
    error: failure?.missing.get(path) ?? errors.get(path),
    required: true,
  });
  const requestRows = termination
    ? ([
        [fieldInfo('execution.termination.reason').label, termination.reason],
        [fieldInfo('execution.termination.informed').label, termination.informed],
      ] as const)
    : [];
  const decision = counted.execution.termination?.decision ?? null;

  return (
    <Group
      legend={fieldInfo(terminationPath).label}
      hint={fieldInfo(terminationPath).hint}
      clause="4.4.5"
      path={terminationPath}
      error={errors.get(terminationPath)}
      className="termination"
    >
      {file.stage === 'terminated' ? (
        <div className="notice notice-warning">
          <p>
            该档案已终止
            {termination?.confirmedAt && (
              <>
                （<time dateTime={termination.confirmedAt}>{formatTime(termination.confirmedAt)}</time> 确认）
              </>
            )}
            。
          </p>
          {termination && <EntryDetails rows={requestRows} />}
          {decision && <TerminationDecisionView decision={decision} />}
        </div>
      ) : termination === null ? (
        <>
          <p>
            已记录{flags.map((k) => RISK_KIND_LABELS[k]).join('、')}方面的风险。如确认客户有问题，须向上级汇报，请求终止对其的调查和业务洽谈：先提出终止申请，上级决定终止后再确认终止。
          </p>
          <TextArea
            {...field('execution.termination.reason')}
            hint="写明客户在信用、经营或财务能力方面的问题"
            rows={3}
            value={draft.reason}
            onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
          />
          <TextField
            {...field('execution.termination.informed')}
            hint="向哪位上级汇报了，如：营销部长 李明"
            value={draft.informed}
            onChange={(informed) => setDraft((d) => ({ ...d, informed }))}
          />
          <div className="button-row">
            <button type="button" className="button-danger" onClick={request}>
              提出终止申请
            </button>
          </div>
        </>
      ) : (
        <div className="termination-request">
          <p>
            已于 <time dateTime={termination.requestedAt}>{formatTime(termination.requestedAt)}</time> 提出终止申请
            {decision === null ? '，等待上级决定终止或继续开发。' : '。'}
          </p>
          <EntryDetails rows={requestRows} />
          {decision === null ? (
            <>
              <p>下一步：把档案导出发给上级（营销部长或总经理），上级在主管审阅中作出决定后发回，在“开发档案”页导入即可看到。</p>
              <details className="paper-entry">
                <summary>代登记纸质决定（上级已在纸面上签字）</summary>
                <p className="field-hint">只在上级已在纸面上签字决定时使用：按纸面内容登记，显示和打印时注明“代登记”。</p>
                <TerminationDecisionForm
                  file={file}
                  mode="paper"
                  onRecord={(entry) => {
                    const result = decideTermination(file, entry, { at: new Date().toISOString(), entry: 'paper' });
                    if (result.ok) update(() => result.file);
                    return result.ok;
                  }}
                />
              </details>
              <div className="button-row">
                <button type="button" onClick={withdraw}>
                  撤回终止申请
                </button>
              </div>
            </>
          ) : decision.decision === 'terminate' ? (
            <>
              <TerminationDecisionView decision={decision} />
              <p className="warning-text">
                <strong>注意：</strong>
                确认终止后，档案将移到“终止”，停止对该客户的调查和业务洽谈。如日后情况变化，可以把档案重新启动到终止前的阶段。
              </p>
              <div className="button-row">
                <button type="button" className="button-danger" onClick={confirm}>
                  确认终止开发
                </button>
                <button type="button" onClick={withdraw}>
                  撤回终止申请
                </button>
              </div>
            </>
          ) : (
            <>
              <TerminationDecisionView decision={decision} />
              <p>上级决定继续开发：撤回终止申请后，档案继续推进。</p>
              <div className="button-row">
                <button type="button" className="button-primary" onClick={withdraw}>
                  撤回终止申请，继续开发
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {failure && (
        <div className="field-message" role="alert">
          <p>{failure.reason}</p>
          {failure.missing.size > 0 && (
            <ul>
              {[...failure.missing.entries()].map(([path, message]) => (
                <li key={path}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Group>
  );
}

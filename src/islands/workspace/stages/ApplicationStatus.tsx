/**
 * Where the submitted application stands, as a status with the one next real
 * action — never as an error: waiting for a manager is not something the rep
 * got wrong. A returned or refused application leads with the manager's words.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { ApplicationState } from '../../../domain/development-file/application-state';
import { SubmittedResult } from '../../records/SubmittedResult';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS } from '../../../domain/development-file/labels';
import type { ActiveRules } from '../../../domain/settings/company-settings';
import type { DevelopmentFile } from '../../../domain/development-file/schema';
import { formatTimestamp } from '../../../domain/documents/format';
import { exportAndDownload } from '../../files/exporting';

const STEPS = ['营销部长审批', '总经理批准', '已批准'] as const;

function stepIndex(state: ApplicationState): number {
  if (state.kind === 'approved') return 2;
  if (state.kind === 'draft' || state.kind === 'changed') return -1;
  return state.role === 'marketingManager' ? 0 : 1;
}

export function ApplicationStatus({
  file,
  state,
  rules,
  justSubmitted,
  onResubmit,
}: {
  file: DevelopmentFile;
  state: Exclude<ApplicationState, { kind: 'draft' }>;
  rules: ActiveRules;
  /** Right after 提交申请: focus comes here and the panel says it worked. */
  justSubmitted: boolean;
  onResubmit: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [exported, setExported] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (justSubmitted) ref.current?.focus();
  }, [justSubmitted]);

  const submittedAt = formatTimestamp(file.application.submittedAt);
  const exportToManager = () => setExported(exportAndDownload([file]).message);
  const current = stepIndex(state);
  const exportButton = (
    <button type="button" className="button-primary" onClick={exportToManager}>
      导出发给主管（JSON）
    </button>
  );

  let title: string;
  let body: string;
  let action = exportButton;
  switch (state.kind) {
    case 'awaiting':
      title = state.role === 'marketingManager' ? '等待营销部长审批' : '等待总经理批准';
      body =
        state.role === 'marketingManager'
          ? `申请已于 ${submittedAt} 提交。下一步：把档案导出发给营销部长；营销部长审批后导出发回，在“开发档案”页导入即可看到结果。`
          : `营销部长已同意。下一步：把档案导出发给总经理批准（3.4）。`;
      break;
    case 'approved':
      title = '已批准';
      body = '营销部长与总经理均已同意开发，可以进入前期准备。';
      action = <></>;
      break;
    case 'returned':
      title = `${APPROVER_ROLE_LABELS[state.role]}退回修改`;
      body = `审批意见：${state.approval.comment || '（未写意见）'}。请按意见修改后重新检查并提交。`;
      action = (
        <button type="button" className="button-primary" onClick={onResubmit}>
          修改后重新检查并提交
        </button>
      );
      break;
    case 'rejected':
      title = `${APPROVER_ROLE_LABELS[state.role]}不同意开发`;
      body = `审批意见：${state.approval.comment || '（未写意见）'}。开发申请未获同意，这份档案不再推进；如情况变化，可修改后重新检查并提交。`;
      action = (
        <button type="button" onClick={onResubmit}>
          修改后重新检查并提交
        </button>
      );
      break;
    case 'changed':
      title = '申请内容在提交后有修改，需重新提交';
      body = `申请于 ${submittedAt} 提交，之后申请表上的内容有改动，已有的审批只适用于修改前的版本。请重新检查并提交，再发给主管审批。`;
      action = (
        <button type="button" className="button-primary" onClick={onResubmit}>
          重新检查并提交申请
        </button>
      );
      break;
  }

  return (
    <div
      className={`application-status status-${state.kind}`}
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="application-status-title"
    >
      {justSubmitted && <p className="application-status-done">申请已提交。</p>}
      <h3 id="application-status-title">{title}</h3>
      {current >= 0 && (
        <ol className="application-steps" aria-label="审批进度">
          {STEPS.map((step, i) => (
            <li key={step} className={i < current ? 'is-done' : i === current ? 'is-current' : ''} aria-current={i === current ? 'step' : undefined}>
              {step}
            </li>
          ))}
        </ol>
      )}
      <p>{body}</p>
      <SubmittedResult file={file} rules={rules} />
      <div className="button-row">{action}</div>
      <p className="status-line" role="status">
        {exported}
      </p>
      <Rounds file={file} />
    </div>
  );
}

/** Earlier submissions and what was decided on each, newest first. */
function Rounds({ file }: { file: DevelopmentFile }) {
  const rounds = file.application.rounds;
  if (rounds.length === 0) return null;
  return (
    <details className="application-rounds">
      <summary>历次提交（{rounds.length}）</summary>
      <ol className="plain-list">
        {rounds.toReversed().map((round) => (
          <li key={round.submittedAt}>
            {formatTimestamp(round.submittedAt)} 提交：
            {(['marketingManager', 'generalManager'] as const)
              .flatMap((role) => {
                const a = round.approvals[role];
                return a ? [`${APPROVER_ROLE_LABELS[role]}${APPROVAL_DECISION_LABELS[a.decision]}（${a.by || '未署名'}${a.comment ? `：${a.comment}` : ''}）`] : [];
              })
              .join('；') || '未审批'}
          </li>
        ))}
      </ol>
    </details>
  );
}

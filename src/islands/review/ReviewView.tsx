import { useState } from 'react';
import { APPROVAL_DECISION_LABELS, APPROVER_ROLE_LABELS } from '../../domain/development-file/labels';
import { APPROVER_ROLES, type ApproverRole, type DevelopmentFile } from '../../domain/development-file/schema';
import { stageInfo } from '../../domain/development-file/stages';
import { approvalNeeds, OUTCOME_LABELS, reviewItem } from '../../domain/review/queue';
import type { ClauseNumber } from '../../domain/playbook/clauses';
import { applicationPdf } from '../../export/pdf/client';
import { updateFile } from '../../stores/development-files';
import { ClauseLink } from '../forms/ClauseLink';
import { exportAndDownload, type ExportOutcome } from '../files/exporting';
import { formatDateTime, todayLocal } from '../files/local-time';
import { PdfStatus, usePdfExport } from '../files/PdfExport';
import { ApprovalForm } from '../workspace/stages/ApprovalForm';
import { ApplicationSummary } from './ApplicationSummary';
import { approvalMarks } from '../../domain/development-file/application-state';
import { useRules } from '../settings/use-rules';

const CLAUSES: readonly ClauseNumber[] = ['4.1.2', '4.2.4', '4.2.5', '3.2', '3.4'];

/**
 * One application under review: the 申请表 on the page, the decisions of the
 * 营销部长 and the 总经理, and the two ways out: the 申请表 PDF for the
 * paper trail and the JSON export that goes back to the rep.
 */
export function ReviewView({ file }: { file: DevelopmentFile }) {
  const today = todayLocal();
  const rules = useRules();
  const item = reviewItem(file);
  const needs = approvalNeeds(file);
  const name = file.customer.name.trim() || '未命名客户';
  const [recorded, setRecorded] = useState<string>('');
  const [exported, setExported] = useState<ExportOutcome | null>(null);
  const pdf = usePdfExport();

  const record = (role: ApproverRole, decision: { decision: 'approved' | 'rejected' | 'returned'; comment: string; by: string }) => {
    const result = updateFile(file.id, (f) => ({
      ...f,
      application: {
        ...f.application,
        approvals: { ...f.application.approvals, [role]: { ...decision, at: new Date().toISOString(), entry: 'desk' } },
      },
    }));
    setRecorded(
      result.ok
        ? `已登记${APPROVER_ROLE_LABELS[role]}审批：${APPROVAL_DECISION_LABELS[decision.decision]}（${decision.by}）。已自动保存在本浏览器中；审批完成后请“导出给业务员（JSON）”。`
        : `没能登记${APPROVER_ROLE_LABELS[role]}审批：${result.reason}`,
    );
  };

  // exportAndDownload writes a decision still waiting for its save first, so the rep's import sees it as newer.
  const sendBack = () => setExported(exportAndDownload([file]));

  return (
    <article className="review-view" aria-labelledby="review-title">
      <p className="review-back">
        <a href="/review/">← 返回审阅列表</a>
      </p>
      <h2 id="review-title">审阅开发申请：{name}</h2>
      <p className="workspace-customer">
        业务员 {file.owner.trim() || '（未填写）'} · 当前阶段 {stageInfo(file.stage).label}
        {item ? ` · 提交于 ${formatDateTime(item.submittedAt)}` : ''}
      </p>

      <div className={item?.outcome === 'pending' || item === null ? 'notice' : 'notice review-outcome'}>
        {item === null ? (
          <p>
            <strong>业务员尚未提交这份开发申请。</strong>提交后才能审批；下面是档案中目前的内容。
          </p>
        ) : (
          <>
            <p>
              <strong>审批状态：{OUTCOME_LABELS[item.outcome]}</strong>
              {item.outcome === 'approved' && '。营销部长和总经理均已同意，业务员可以进入“前期准备”阶段。'}
            </p>
            {needs.length > 0 && (
              <ul>
                {needs.map((need) => (
                  <li key={need}>{need}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>

      <p className="review-clauses">
        {CLAUSES.map((clause) => (
          <ClauseLink key={clause} clause={clause} />
        ))}
      </p>

      <section className="panel" aria-labelledby="application-title">
        <h2 id="application-title">新客户开发申请表</h2>
        <ApplicationSummary file={file} today={today} />
      </section>

      {item !== null && (
        <section className="panel review-approvals" aria-labelledby="approvals-title">
          <h2 id="approvals-title">审批</h2>
          <p>营销部长审批（3.2），总经理批准（3.4）；两位都同意后，业务员才能进入“前期准备”。选择“退回修改”时，请在审批意见中写明需要修改之处：业务员修改后重新提交，需重新审批。</p>
          {/* The 总经理 decides after the 营销部长's 同意 (3.2 before 3.4). */}
          {APPROVER_ROLES.filter((role) => role === 'marketingManager' || item.approvals.marketingManager?.decision === 'approved').map((role) => (
            <ApprovalForm
              key={role}
              role={role}
              mode="desk"
              approval={item.approvals[role]}
              marks={item.approvals[role] ? approvalMarks(file, item.approvals[role]) : []}
              error={undefined}
              onRecord={(decision) => record(role, decision)}
            />
          ))}
          {item.approvals.marketingManager?.decision !== 'approved' && <p className="field-hint">营销部长同意后，总经理再批准（3.4）。</p>}
          <p className="status-line" role="status">
            {recorded}
          </p>
        </section>
      )}

      <section className="panel" aria-labelledby="send-title">
        <h2 id="send-title">导出</h2>
        <p>把审批后的档案导出为 JSON 发回业务员；业务员在“我的开发档案”中导入后，就能看到审批结果。</p>
        <div className="button-row">
          <button type="button" className="button-primary" onClick={sendBack}>
            导出给业务员（JSON）
          </button>
          <button type="button" disabled={pdf.working} onClick={() => void pdf.run(() => applicationPdf(file, { today, rules }))}>
            申请表 PDF
          </button>
        </div>
        <p className={exported?.tooLarge ? 'status-line is-error' : 'status-line'} role="status">
          {exported?.message}
        </p>
        <PdfStatus status={pdf.status} />
      </section>
    </article>
  );
}

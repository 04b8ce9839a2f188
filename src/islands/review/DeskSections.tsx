/**
 * What a manager records on one file besides the application's decision: the
 * 4.2.2 团队评审, the decision on a 4.4.5 termination request, and guidance on
 * each 4.4.6 progress report. Each shows what is recorded, and the form only
 * to the role the procedure gives it.
 */
import { useState } from 'react';
import { decideTermination, giveGuidance, recordTeamReview, signature } from '../../domain/development-file/manager-records';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { managerRole, type Identity } from '../../domain/identity/identity';
import { ClauseLink } from '../forms/ClauseLink';
import { formatDateTime } from '../files/local-time';
import { GuidanceForm } from '../records/GuidanceForm';
import { TeamReviewRecordView, TerminationDecisionView } from '../records/RecordViews';
import { TeamReviewForm } from '../records/TeamReviewForm';
import { TerminationDecisionForm } from '../records/TerminationDecisionForm';
import { saveSigned } from './desk-write';

interface SectionProps {
  /** As stored. */
  file: DevelopmentFile;
  /** As the rules count it (签名审批): what is shown as recorded. */
  counted: DevelopmentFile;
  identity: Identity | null;
  today: string;
  signing: boolean;
}

function Status({ text }: { text: string }) {
  return (
    <p className="status-line" role="status">
      {text}
    </p>
  );
}

/** Why there is no form: nobody chosen, or a role the procedure does not give this record. */
function NotYours({ identity, who }: { identity: Identity | null; who: string }) {
  return <p className="field-hint">{identity === null ? `请先在上方选择“我的身份”：${who}登记。` : `由${who}登记；你的身份是${signature({ by: identity.name, role: managerRole(identity) ?? undefined })}。`}</p>;
}

export function TeamReviewSection({ file, counted, identity, today, signing }: SectionProps) {
  const [status, setStatus] = useState('');
  const record = counted.survey.teamReviewRecord;
  const canRecord = identity?.role === 'marketingManager';
  const [again, setAgain] = useState(false);
  return (
    <section className="panel desk-section" aria-labelledby="desk-team-review-title">
      <h2 id="desk-team-review-title">团队评审</h2>
      <p>
        营销部长组织团队评审，分析潜在客户的情况，为开发活动提供背景资料。 <ClauseLink clause="4.2.2" />
      </p>
      {record ? <TeamReviewRecordView record={record} /> : <p>尚未登记团队评审结论；业务员在登记后才能提出开发申请。</p>}
      {file.survey.teamReview.trim() !== '' && <p className="field-hint">业务员记录的评审要点：{file.survey.teamReview}</p>}
      {!canRecord ? (
        <NotYours identity={identity} who="营销部长" />
      ) : record && !again ? (
        <button type="button" onClick={() => setAgain(true)}>
          重新登记团队评审结论
        </button>
      ) : (
        <TeamReviewForm
          mode="desk"
          signer={identity.name}
          today={today}
          onRecord={(draft) => {
            const result = recordTeamReview(file, { ...draft, by: identity.name }, { role: 'marketingManager', at: new Date().toISOString(), entry: 'desk' });
            if (!result.ok) return false;
            void saveSigned(file.id, result.file, 'team-review', identity, '已登记团队评审结论。', signing).then((saved) => {
              setStatus(saved.message);
              if (saved.ok) setAgain(false);
            });
            return true;
          }}
        />
      )}
      <Status text={status} />
    </section>
  );
}

export function TerminationSection({ file, counted, identity, signing }: SectionProps) {
  const [status, setStatus] = useState('');
  const t = counted.execution.termination;
  if (t === null) return null;
  const role = managerRole(identity);
  const open = t.confirmedAt === null && file.stage !== 'terminated';
  return (
    <section className="panel desk-section" aria-labelledby="desk-termination-title">
      <h2 id="desk-termination-title">终止申请</h2>
      <p>
        业务员发现客户在信用、经营或财务能力方面有问题，向上级汇报并请求终止调查和业务洽谈。 <ClauseLink clause="4.4.5" />
      </p>
      <dl className="summary-pairs">
        <div className="summary-pair">
          <dt>终止原因</dt>
          <dd>{t.reason}</dd>
        </div>
        <div className="summary-pair">
          <dt>已汇报的上级</dt>
          <dd>{t.informed}</dd>
        </div>
        <div className="summary-pair">
          <dt>提出时间</dt>
          <dd>{formatDateTime(t.requestedAt)}</dd>
        </div>
      </dl>
      {t.decision ? <TerminationDecisionView decision={t.decision} /> : <p>等待上级决定：同意终止，或继续开发。</p>}
      {!open ? (
        <p className="field-hint">终止已确认，档案已移到“终止”。</p>
      ) : role === null ? (
        <NotYours identity={identity} who="营销部长或总经理" />
      ) : (
        <TerminationDecisionForm
          file={file}
          mode="desk"
          signer={identity?.name ?? ''}
          onRecord={(draft) => {
            const result = decideTermination(file, { ...draft, by: identity?.name ?? '' }, { role, at: new Date().toISOString(), entry: 'desk' });
            if (!result.ok) return false;
            void saveSigned(file.id, result.file, 'termination', identity, '已登记对终止申请的决定。', signing).then((saved) => setStatus(saved.message));
            return true;
          }}
        />
      )}
      <Status text={status} />
    </section>
  );
}

export function GuidanceSection({ file, counted, identity, signing }: SectionProps) {
  const [status, setStatus] = useState('');
  const reports = counted.execution.progressReports.toSorted((a, b) => b.date.localeCompare(a.date));
  if (reports.length === 0) return null;
  const canGuide = identity?.role === 'marketingManager';
  return (
    <section className="panel desk-section" aria-labelledby="desk-guidance-title">
      <h2 id="desk-guidance-title">进度报表与指导</h2>
      <p>
        业务员通过进度报表反映进展、成绩和问题，营销部长及时给予指导，必要时组织团队一起讨论解决方案。 <ClauseLink clause="4.4.6" />
      </p>
      {!canGuide && <NotYours identity={identity} who="营销部长" />}
      <ol className="plain-list desk-reports">
        {reports.map((report) => (
          <li key={report.id} className="desk-report">
            <h3>进度报表 {report.date}</h3>
            <dl className="summary-pairs">
              <div className="summary-pair">
                <dt>工作进展</dt>
                <dd>{report.progress || '（未填写）'}</dd>
              </div>
              <div className="summary-pair">
                <dt>取得成绩</dt>
                <dd>{report.achievements || '（未填写）'}</dd>
              </div>
              <div className="summary-pair">
                <dt>存在的问题</dt>
                <dd>{report.problems || '（未填写）'}</dd>
              </div>
            </dl>
            {report.guidance.trim() !== '' ? (
              <div className="record">
                <p className="record-headline">指导意见：{report.guidance}</p>
                {report.guidanceAt && (
                  <p className="record-meta">
                    {signature({ by: report.guidanceBy, role: report.guidanceRole })} · <time dateTime={report.guidanceAt}>{formatDateTime(report.guidanceAt)}</time>
                  </p>
                )}
              </div>
            ) : canGuide ? (
              <GuidanceForm
                reportId={report.id}
                label={`对 ${report.date} 进度报表的指导意见`}
                onRecord={(guidance) => {
                  const result = giveGuidance(file, report.id, { guidance, by: identity.name }, { role: 'marketingManager', at: new Date().toISOString() });
                  if (!result.ok) return false;
                  void saveSigned(file.id, result.file, `guidance:${report.id}`, identity, `已登记对 ${report.date} 进度报表的指导意见。`, signing).then((saved) =>
                    setStatus(saved.message),
                  );
                  return true;
                }}
              />
            ) : (
              <p>待营销部长指导。</p>
            )}
          </li>
        ))}
      </ol>
      <Status text={status} />
    </section>
  );
}

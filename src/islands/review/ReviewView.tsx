import type { DevelopmentFile } from '../../domain/development-file/schema';
import { stageInfo } from '../../domain/development-file/stages';
import type { ClauseNumber } from '../../domain/playbook/clauses';
import { ClauseLink } from '../forms/ClauseLink';
import { todayLocal } from '../files/local-time';
import { useIdentity } from '../identity/use-identity';
import { useRules } from '../settings/use-rules';
import { SignatureNotice } from '../signing/SignatureNotice';
import { useCounted } from '../signing/use-signing';
import { verdictMarks } from '../../domain/signing/signatures';
import { ApplicationSummary } from './ApplicationSummary';
import { DecisionPanel } from './DecisionPanel';
import { GuidanceSection, TeamReviewSection, TerminationSection } from './DeskSections';

const CLAUSES: readonly ClauseNumber[] = ['4.1.2', '4.2.2', '4.2.5', '3.2', '3.4', '4.4.5', '4.4.6'];

/**
 * One file on the managers' desk: the decision panel (the application's
 * approval and the way back to the rep), then what else the file asks of a
 * manager — the 团队评审, a termination request, progress reports waiting for
 * guidance — and the 申请表 as the rep submitted it.
 */
export function ReviewView({ file }: { file: DevelopmentFile }) {
  const today = todayLocal();
  const rules = useRules();
  const identity = useIdentity();
  const name = file.customer.name.trim() || '未命名客户';
  const { file: counted = file, checks, signing } = useCounted(file);
  const props = { file, counted, identity, today, signing };

  return (
    <article className="review-view" aria-labelledby="review-title">
      <p className="review-back">
        <a href="/review/">← 返回工作台</a>
      </p>
      <h2 id="review-title">{name}</h2>
      <p className="workspace-customer">
        业务员 {file.owner.trim() || '（未填写）'} · 当前阶段 {stageInfo(file.stage).label}
      </p>
      <SignatureNotice file={file} checks={checks} signing={signing} />
      <div className="review-layout">
        <DecisionPanel file={file} counted={counted} identity={identity} rules={rules} today={today} signing={signing} signatureMarks={signing ? verdictMarks(checks) : undefined} />
        <div className="review-main">
          {/* What waits on a manager first; the record of earlier steps after the 申请表. */}
          <TerminationSection {...props} />
          <GuidanceSection {...props} />
          {file.stage === 'survey' && <TeamReviewSection {...props} />}
          <section className="panel" aria-labelledby="application-title">
            <h2 id="application-title">新客户开发申请表</h2>
            <ApplicationSummary file={file} today={today} />
          </section>
          {file.stage !== 'survey' && counted.survey.teamReviewRecord !== null && <TeamReviewSection {...props} />}
          <p className="review-clauses">
            {CLAUSES.map((clause) => (
              <ClauseLink key={clause} clause={clause} />
            ))}
          </p>
        </div>
      </div>
    </article>
  );
}

/**
 * The 4.2.2 团队评审 record: on 主管审阅 the 营销部长 records it under their
 * identity; in the rep's workspace it is only a 代登记 of the signed paper
 * minutes, closed until asked for and shown as such.
 */
import { TEAM_REVIEW_CONCLUSION_LABELS } from '../../domain/development-file/labels';
import { teamReviewProblems, type TeamReviewDraft, type TeamReviewField } from '../../domain/development-file/manager-records';
import { TEAM_REVIEW_CONCLUSIONS, type TeamReviewConclusion } from '../../domain/development-file/schema';
import { ChoiceGroup, TextArea, TextField } from '../forms/fields';
import { useRecordForm } from './use-record-form';

const ORDER: readonly TeamReviewField[] = ['heldOn', 'participants', 'conclusion', 'comment', 'by'];
const domId = (field: TeamReviewField) => `team-review-${field}`;

export function TeamReviewForm({
  mode,
  signer,
  today,
  onRecord,
}: {
  mode: 'desk' | 'paper';
  /** The desk's identity name; the paper form asks who signed. */
  signer?: string;
  today: string;
  /** Returns false when the record could not be saved. */
  onRecord: (draft: TeamReviewDraft) => boolean;
}) {
  const paper = mode === 'paper';
  const form = useRecordForm<TeamReviewDraft, TeamReviewField>(
    { heldOn: today, participants: '', conclusion: null, comment: '', by: paper ? '' : (signer ?? '') },
    ORDER,
    teamReviewProblems,
    domId,
  );
  const { draft, set, problems } = form;
  return (
    <div className="record-form">
      <TextField id={domId('heldOn')} label="评审日期" type="date" required error={problems.heldOn} value={draft.heldOn} onChange={(v) => set('heldOn', v)} />
      <TextField
        id={domId('participants')}
        label="参加人员"
        hint="如：营销部长 李明、业务员 张伟、财务部 赵会计"
        required
        error={problems.participants}
        value={draft.participants}
        onChange={(v) => set('participants', v)}
      />
      <ChoiceGroup<TeamReviewConclusion>
        id={domId('conclusion')}
        label="评审结论"
        required
        inline
        error={problems.conclusion}
        options={TEAM_REVIEW_CONCLUSIONS.map((value) => ({ value, label: TEAM_REVIEW_CONCLUSION_LABELS[value] }))}
        value={draft.conclusion ? [draft.conclusion] : []}
        onChange={([value]) => set('conclusion', value ?? null)}
      />
      <TextArea
        id={domId('comment')}
        label="评审意见"
        hint="分析潜在客户的情况，为开发活动提供背景资料；暂缓或不开发时写明理由。"
        required={draft.conclusion === 'hold' || draft.conclusion === 'reject'}
        error={problems.comment}
        value={draft.comment}
        onChange={(v) => set('comment', v)}
        rows={3}
      />
      {paper && (
        <TextField id={domId('by')} label="签字人（营销部长）" required error={problems.by} value={draft.by} onChange={(v) => set('by', v)} />
      )}
      {!paper && problems.by && <p className="field-message">{problems.by}</p>}
      <button type="button" className={paper ? undefined : 'button-primary'} onClick={() => form.submit(onRecord)}>
        {paper ? '代登记团队评审结论' : '登记团队评审结论'}
      </button>
    </div>
  );
}

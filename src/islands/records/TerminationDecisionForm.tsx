/**
 * The superior's decision on a 4.4.5 termination request: 同意终止 or 继续开发,
 * with the reason. Recorded on 主管审阅 under the identity, or as a 代登记 of
 * a signed paper decision in the rep's workspace.
 */
import { TERMINATION_DECISION_LABELS } from '../../domain/development-file/labels';
import {
  terminationDecisionProblems,
  type TerminationDecisionDraft,
  type TerminationDecisionField,
} from '../../domain/development-file/manager-records';
import { TERMINATION_DECISIONS, type DevelopmentFile, type TerminationDecisionId } from '../../domain/development-file/schema';
import { ChoiceGroup, TextArea, TextField } from '../forms/fields';
import { useRecordForm } from './use-record-form';

const ORDER: readonly TerminationDecisionField[] = ['decision', 'comment', 'by'];
const domId = (field: TerminationDecisionField) => `termination-decision-${field}`;

export function TerminationDecisionForm({
  file,
  mode,
  signer,
  onRecord,
}: {
  file: DevelopmentFile;
  mode: 'desk' | 'paper';
  signer?: string;
  onRecord: (draft: TerminationDecisionDraft) => boolean;
}) {
  const paper = mode === 'paper';
  const form = useRecordForm<TerminationDecisionDraft, TerminationDecisionField>(
    { decision: null, comment: '', by: paper ? '' : (signer ?? '') },
    ORDER,
    (draft) => terminationDecisionProblems(file, draft),
    domId,
  );
  const { draft, set, problems } = form;
  return (
    <div className="record-form">
      {problems.request && <p className="field-message">{problems.request}</p>}
      <ChoiceGroup<TerminationDecisionId>
        id={domId('decision')}
        label="上级的决定"
        required
        inline
        error={problems.decision}
        options={TERMINATION_DECISIONS.map((value) => ({ value, label: TERMINATION_DECISION_LABELS[value] }))}
        value={draft.decision ? [draft.decision] : []}
        onChange={([value]) => set('decision', value ?? null)}
      />
      <TextArea id={domId('comment')} label="决定理由" required error={problems.comment} value={draft.comment} onChange={(v) => set('comment', v)} rows={2} />
      {paper && <TextField id={domId('by')} label="签字的上级" required error={problems.by} value={draft.by} onChange={(v) => set('by', v)} />}
      {!paper && problems.by && <p className="field-message">{problems.by}</p>}
      <button type="button" className={paper ? undefined : 'button-primary'} onClick={() => form.submit(onRecord)}>
        {paper ? '代登记上级决定' : '登记决定'}
      </button>
    </div>
  );
}

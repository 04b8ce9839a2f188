/** The 营销部长's guidance (指导意见) on one 4.4.6 progress report, written on 主管审阅. */
import { TextArea } from '../forms/fields';
import { useRecordForm } from './use-record-form';

type Field = 'guidance';

export function GuidanceForm({ reportId, label, onRecord }: { reportId: string; label: string; onRecord: (guidance: string) => boolean }) {
  const domId = () => `guidance-${reportId}`;
  const form = useRecordForm<{ guidance: string }, Field>(
    { guidance: '' },
    ['guidance'],
    (draft) => (draft.guidance.trim() === '' ? { guidance: '请填写指导意见' } : {}),
    domId,
  );
  return (
    <div className="record-form">
      <TextArea
        id={domId()}
        label={label}
        hint="针对存在的问题给出指导；必要时写明组织团队讨论的安排。"
        required
        error={form.problems.guidance}
        value={form.draft.guidance}
        onChange={(v) => form.set('guidance', v)}
        rows={3}
      />
      <button type="button" className="button-primary" onClick={() => form.submit(({ guidance }) => onRecord(guidance))}>
        登记指导意见
      </button>
    </div>
  );
}

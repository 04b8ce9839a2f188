/**
 * 4.5 开发总结: success and failure points (4.5.1), and the corrective and
 * preventive actions to organise (4.5.2).
 */
import { lastActivityDate } from '../../../domain/development-file/derived';
import { TextArea } from '../../forms/fields';
import { createBinder, fieldDomId, type StagePanelProps } from '../binding';
import { Group, isRequiredPath, useFocusLater, withoutClause } from './parts';

const NONE = '无';

export function ReviewStage(props: StagePanelProps) {
  const { file } = props;
  const b = createBinder(props);
  const focusLater = useFocusLater();
  const { activities, problems, progressReports } = file.execution;
  const solved = problems.filter((p) => p.solved).length;
  const last = lastActivityDate(file);

  const text = (path: string) => ({ ...withoutClause(b.text(path)), required: isRequiredPath(path) });
  const corrective = { ...b.text('review.correctiveActions'), required: isRequiredPath('review.correctiveActions') };

  return (
    <section className="stage-panel" aria-labelledby="stage-review-title">
      <h2 id="stage-review-title">开发总结</h2>

      <p className="status-line review-recap">
        回顾：共记录开发活动 {activities.length} 次{last && `（最近一次 ${last}）`}，发现问题 {problems.length} 个（已解决{' '}
        {solved} 个），进度报表 {progressReports.length} 份。
      </p>

      <Group legend="成功点与失败点" hint="分析总结开发过程中的成功点与失败点，作为后续开发经验" clause="4.5.1">
        <TextArea {...text('review.successPoints')} hint="哪些做法促成了开发，值得以后沿用" rows={4} />
        <TextArea {...text('review.failurePoints')} hint="哪些环节走了弯路或出了问题，以后如何避免" rows={4} />
      </Group>

      <TextArea
        {...corrective}
        hint={`${corrective.hint ?? ''}；如无，请填写“${NONE}”`}
        rows={4}
      />
      {corrective.value.trim() === '' && (
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              b.set('review.correctiveActions', NONE);
              focusLater(fieldDomId('review.correctiveActions'));
            }}
          >
            没有需要纠正预防之处，填写“{NONE}”
          </button>
        </div>
      )}
    </section>
  );
}

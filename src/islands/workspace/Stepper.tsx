/** The stage stepper 4.1 → 4.6: done, current and not-yet-reachable stages. */
import { WORKING_STAGES } from '../../domain/development-file/stages';
import type { StageId } from '../../domain/development-file/schema';

export function Stepper({
  fileStage,
  viewStage,
  reachedIndex,
  onSelect,
}: {
  fileStage: StageId;
  viewStage: StageId;
  /** The furthest stage the file has reached (its stage, or where it was terminated). */
  reachedIndex: number;
  onSelect: (stage: StageId) => void;
}) {
  return (
    <nav className="stepper" aria-label="开发阶段">
      <ol>
        {WORKING_STAGES.map((stage, i) => {
          const state = i < reachedIndex ? '已完成' : i === reachedIndex && fileStage !== 'terminated' ? '进行中' : i === reachedIndex ? '已终止' : '未开始';
          const reachable = i <= reachedIndex;
          const current = stage.id === viewStage;
          const label = (
            <>
              <span className="step-no">{i + 1}</span>
              <span className="step-name">{stage.label}</span>
              <span className="step-state">{state}</span>
            </>
          );
          return (
            <li key={stage.id} className={`step-${reachable ? 'reachable' : 'locked'}${current ? ' step-current' : ''}`}>
              {reachable ? (
                <a
                  href={`?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), stage: stage.id, view: 'stage' })}`}
                  aria-current={current ? 'step' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    onSelect(stage.id);
                  }}
                >
                  {label}
                </a>
              ) : (
                <span aria-disabled="true">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

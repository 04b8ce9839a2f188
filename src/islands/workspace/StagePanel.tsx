/**
 * The form of one stage. The panels are one chunk of their own, loaded as
 * the workspace starts (the island page's 90 KB first-load budget): one
 * chunk, not one per stage, because every extra entry splits the code the
 * pages share into more, smaller chunks and made /files/ and /review/ larger.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { WorkingStageId } from '../../domain/development-file/requirements';
import type { StagePanelProps } from './binding';

type EditStage = (stage: 'evaluation' | 'survey', fieldPath: string) => void;
type PanelProps = StagePanelProps & { onEditStage: EditStage };

let loading: Promise<typeof import('./stages/index')> | null = null;
/** Starts loading the panels; start-up awaits it so the first render does not wait on a request. */
export function loadPanels(): Promise<typeof import('./stages/index')> {
  loading ??= import('./stages/index');
  return loading;
}

const PANEL_NAMES = {
  evaluation: 'EvaluationStage',
  survey: 'SurveyStage',
  application: 'ApplicationStage',
  preparation: 'PreparationStage',
  execution: 'ExecutionStage',
  review: 'ReviewStage',
  onboarding: 'OnboardingStage',
} as const satisfies Record<WorkingStageId, string>;

const panels = new Map<WorkingStageId, ComponentType<PanelProps>>();
function panel(stage: WorkingStageId): ComponentType<PanelProps> {
  let found = panels.get(stage);
  if (!found) {
    found = lazy(() => loadPanels().then((m) => ({ default: m[PANEL_NAMES[stage]] as ComponentType<PanelProps> })));
    panels.set(stage, found);
  }
  return found;
}

export const VisitPreparation = lazy(() => loadPanels().then((m) => ({ default: m.VisitPreparation })));

export function StagePanel({ stage, ...props }: PanelProps & { stage: WorkingStageId }) {
  const Panel = panel(stage);
  return (
    <Suspense fallback={<p className="status-line">正在载入本阶段…</p>}>
      <Panel {...props} />
    </Suspense>
  );
}

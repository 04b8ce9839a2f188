import type { WorkingStageId } from '../../domain/development-file/requirements';
import type { StagePanelProps } from './binding';
import { ApplicationStage } from './stages/ApplicationStage';
import { EvaluationStage } from './stages/EvaluationStage';
import { ExecutionStage } from './stages/ExecutionStage';
import { OnboardingStage } from './stages/OnboardingStage';
import { PreparationStage } from './stages/PreparationStage';
import { ReviewStage } from './stages/ReviewStage';
import { SurveyStage } from './stages/SurveyStage';

/** The form of one stage. */
export function StagePanel({
  stage,
  onEditStage,
  ...props
}: StagePanelProps & { stage: WorkingStageId; onEditStage: (stage: 'evaluation' | 'survey', fieldPath: string) => void }) {
  switch (stage) {
    case 'evaluation':
      return <EvaluationStage {...props} />;
    case 'survey':
      return <SurveyStage {...props} />;
    case 'application':
      return <ApplicationStage {...props} onEditStage={onEditStage} />;
    case 'preparation':
      return <PreparationStage {...props} />;
    case 'execution':
      return <ExecutionStage {...props} />;
    case 'review':
      return <ReviewStage {...props} />;
    case 'onboarding':
      return <OnboardingStage {...props} />;
  }
}

/** Every stage's panel, one chunk loaded after the workspace's first paint (see StagePanel). */
export { ApplicationStage } from './ApplicationStage';
export { EvaluationStage } from './EvaluationStage';
export { ExecutionStage } from './ExecutionStage';
export { OnboardingStage } from './OnboardingStage';
export { PreparationStage } from './PreparationStage';
export { ReviewStage } from './ReviewStage';
export { SurveyStage } from './SurveyStage';
export { VisitPreparation } from '../VisitPreparation';

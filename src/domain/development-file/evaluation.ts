/**
 * The 4.1.2 evaluation: a weighted 0–100 total of the four 1–5 scores and a
 * recommendation with its reasons.
 *
 * Recommendation rule, first match wins:
 * 1. any criterion unscored → no total, no recommendation;
 * 2. a mandatory criterion (财务管理能力与信用) at or below the veto score → 不推荐:
 *    4.1.2 says a new customer 必须 have sound finances and credit;
 * 3. total below rejectBelow → 不推荐;
 * 4. any other criterion at or below the veto score → 需复核, however high the total:
 *    one very weak direction should be looked at by people, not averaged away;
 * 5. total at or above recommendAt → 推荐;
 * 6. otherwise → 需复核.
 */
import { DEVELOPMENT_CONFIG } from './config';
import { CRITERION_LABELS } from './labels';
import { CRITERION_IDS, type CriterionId, type Evaluation } from './schema';

export const RECOMMENDATION_IDS = ['recommend', 'review', 'reject'] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

/** DEVELOPMENT_CONFIG.evaluation with its literal types widened, so tests can vary it. */
export interface EvaluationConfig {
  weights: Readonly<Record<CriterionId, number>>;
  recommendAt: number;
  rejectBelow: number;
  vetoScore: number;
}

/** Of the four directions only the first is worded as a must (必须) in 4.1.2. */
export const MANDATORY_CRITERIA: readonly CriterionId[] = ['finance'];

export type Scores = Readonly<Record<CriterionId, number | null>>;

export interface EvaluationResult {
  /** 0–100, or null while any criterion is unscored. */
  total: number | null;
  recommendation: RecommendationId | null;
  /** Chinese sentences, in the order the rule applies them. */
  reasons: string[];
  unscored: CriterionId[];
  /** Criteria at or below the veto score. */
  vetoed: CriterionId[];
}

export function scoresOf(evaluation: Evaluation): Scores {
  return {
    finance: evaluation.finance.score,
    investment: evaluation.investment.score,
    contribution: evaluation.contribution.score,
    capability: evaluation.capability.score,
  };
}

/** The schema only lets 1–5 in; anything else (a hand-edited file) counts as unscored. */
function usable(score: number | null): score is number {
  return score !== null && Number.isInteger(score) && score >= 1 && score <= 5;
}

/** Score 1 → 0 points, 5 → 100. */
export function criterionPoints(score: number): number {
  return ((score - 1) / 4) * 100;
}

/**
 * The weighted total. Weights are divided by their sum, so the total stays
 * within 0–100 even when a tuned config does not add up to exactly 1.
 */
export function evaluationTotal(
  scores: Scores,
  weights: EvaluationConfig['weights'] = DEVELOPMENT_CONFIG.evaluation.weights,
): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const id of CRITERION_IDS) {
    const score = scores[id];
    if (!usable(score)) return null;
    const weight = weights[id];
    if (!(weight >= 0)) throw new RangeError(`评估权重不能为负数：${id}`);
    weighted += weight * criterionPoints(score);
    weightSum += weight;
  }
  if (!(weightSum > 0)) throw new RangeError('评估权重之和必须大于 0');
  // toFixed first: 0.3 × 50 + … can land on 62.49999999 where 62.5 is meant.
  return Math.round(Number((weighted / weightSum).toFixed(6)));
}

function quoted(ids: readonly CriterionId[]): string {
  return ids.map((id) => `“${CRITERION_LABELS[id]}”`).join('、');
}

export function evaluate(evaluation: Evaluation, config: EvaluationConfig = DEVELOPMENT_CONFIG.evaluation): EvaluationResult {
  return evaluateScores(scoresOf(evaluation), config);
}

export function evaluateScores(scores: Scores, config: EvaluationConfig = DEVELOPMENT_CONFIG.evaluation): EvaluationResult {
  const unscored = CRITERION_IDS.filter((id) => !usable(scores[id]));
  const vetoed = CRITERION_IDS.filter((id) => {
    const score = scores[id];
    return usable(score) && score <= config.vetoScore;
  });
  const total = evaluationTotal(scores, config.weights);
  if (total === null) {
    return { total, recommendation: null, reasons: [`尚未评分：${quoted(unscored)}。`], unscored, vetoed };
  }

  const reasons: string[] = [];
  const mandatoryVetoes = vetoed.filter((id) => MANDATORY_CRITERIA.includes(id));
  const otherVetoes = vetoed.filter((id) => !MANDATORY_CRITERIA.includes(id));
  for (const id of mandatoryVetoes) {
    reasons.push(
      `“${CRITERION_LABELS[id]}”仅 ${String(scores[id])} 分，而 4.1.2 要求新客户必须具有较强的财务管理能力与较好的信用。`,
    );
  }
  if (otherVetoes.length > 0) {
    reasons.push(`${quoted(otherVetoes)}不高于 ${config.vetoScore} 分（一票否决线），不能直接推荐。`);
  }
  if (total < config.rejectBelow) reasons.push(`综合得分 ${total}，低于 ${config.rejectBelow} 分。`);
  else if (total >= config.recommendAt) reasons.push(`综合得分 ${total}，达到推荐线 ${config.recommendAt} 分。`);
  else reasons.push(`综合得分 ${total}，介于 ${config.rejectBelow} 分与推荐线 ${config.recommendAt} 分之间。`);

  const recommendation: RecommendationId =
    mandatoryVetoes.length > 0 || total < config.rejectBelow
      ? 'reject'
      : otherVetoes.length > 0 || total < config.recommendAt
        ? 'review'
        : 'recommend';
  return { total, recommendation, reasons, unscored, vetoed };
}

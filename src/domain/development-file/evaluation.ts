/**
 * The 4.1.2 evaluation: a weighted 0–100 total of the four 1–5 scores and a
 * recommendation with its reasons.
 *
 * Recommendation rule, first match wins:
 * 1. any criterion unscored → no total, no recommendation;
 * 2. the mandatory criterion (财务管理能力与信用) at or below
 *    mandatoryRejectAtOrBelow → 不推荐: 4.1.2 says a new customer 必须 have
 *    strong financial management and good credit;
 * 3. total below rejectBelow → 不推荐;
 * 4. the mandatory criterion below mandatoryMinimum → 需复核, however high the
 *    total: 必须 is not met by averaging;
 * 5. any other criterion at or below the veto score → 需复核, however high the
 *    total: one very weak direction should be looked at by people;
 * 6. total at or above recommendAt → 推荐;
 * 7. otherwise → 需复核.
 * The numbers are the site's defaults (config.ts) unless a company sets its own.
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
  mandatoryMinimum: number;
  mandatoryRejectAtOrBelow: number;
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
  /** Criteria whose own score rules out 推荐 (the mandatory one below its minimum, others at or below the veto score). */
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
  const mandatory = (id: CriterionId) => MANDATORY_CRITERIA.includes(id);
  const vetoed = CRITERION_IDS.filter((id) => {
    const score = scores[id];
    return usable(score) && (mandatory(id) ? score < config.mandatoryMinimum : score <= config.vetoScore);
  });
  const total = evaluationTotal(scores, config.weights);
  if (total === null) {
    return { total, recommendation: null, reasons: [`尚未评分：${quoted(unscored)}。`], unscored, vetoed };
  }

  const reasons: string[] = [];
  const mandatoryRejects = vetoed.filter((id) => mandatory(id) && (scores[id] ?? 0) <= config.mandatoryRejectAtOrBelow);
  const mandatoryShort = vetoed.filter((id) => mandatory(id) && !mandatoryRejects.includes(id));
  const otherVetoes = vetoed.filter((id) => !mandatory(id));
  for (const id of mandatoryRejects) {
    reasons.push(
      `“${CRITERION_LABELS[id]}”仅 ${String(scores[id])} 分（不高于 ${config.mandatoryRejectAtOrBelow} 分即不推荐），而 4.1.2 要求新客户必须具有较强的财务管理能力与较好的信用。`,
    );
  }
  for (const id of mandatoryShort) {
    reasons.push(`“${CRITERION_LABELS[id]}”为 ${String(scores[id])} 分，未达到推荐所需的 ${config.mandatoryMinimum} 分（4.1.2 必须），需复核。`);
  }
  if (otherVetoes.length > 0) {
    reasons.push(`${quoted(otherVetoes)}不高于 ${config.vetoScore} 分（一票否决线），不能直接推荐。`);
  }
  if (total < config.rejectBelow) reasons.push(`综合得分 ${total}，低于 ${config.rejectBelow} 分。`);
  else if (total >= config.recommendAt) reasons.push(`综合得分 ${total}，达到推荐线 ${config.recommendAt} 分。`);
  else reasons.push(`综合得分 ${total}，介于 ${config.rejectBelow} 分与推荐线 ${config.recommendAt} 分之间。`);

  const recommendation: RecommendationId =
    mandatoryRejects.length > 0 || total < config.rejectBelow
      ? 'reject'
      : vetoed.length > 0 || total < config.recommendAt
        ? 'review'
        : 'recommend';
  return { total, recommendation, reasons, unscored, vetoed };
}

/** Where a rule's numbers come from, said wherever the rule is shown or printed. */
export const SITE_DEFAULT_RULE_LABEL = '本站默认设置';

function percent(weight: number, sum: number): string {
  return `${Math.round((weight / sum) * 1000) / 10}%`;
}

/**
 * The rule in one paragraph, with its source: the weights, the lines and the
 * finance minimum are the site's own (or a company's), not the procedure's,
 * and a reader of the screen or the 申请表 must be able to tell.
 */
export function describeRule(config: EvaluationConfig = DEVELOPMENT_CONFIG.evaluation, source: string = SITE_DEFAULT_RULE_LABEL): string {
  const sum = CRITERION_IDS.reduce((total, id) => total + config.weights[id], 0);
  const weights = CRITERION_IDS.map((id) => `${CRITERION_LABELS[id]} ${percent(config.weights[id], sum)}`).join('、');
  const finance = CRITERION_LABELS.finance;
  return (
    `评分规则（${source}，非规范原文）：权重为${weights}；综合得分达到 ${config.recommendAt} 分为推荐，低于 ${config.rejectBelow} 分为不推荐，其间为需复核；` +
    `“${finance}”须达到 ${config.mandatoryMinimum} 分方可推荐，不高于 ${config.mandatoryRejectAtOrBelow} 分即不推荐（4.1.2 必须）；` +
    `其他方向不高于 ${config.vetoScore} 分为一票否决，最多需复核。`
  );
}

/**
 * Scoring, 0–100 per heart and overall.
 *
 *   item value   v = answer (1 非常不同意 … 5 非常同意); reverse-worded: v = 6 − answer
 *   heart score  = round(100 × (mean of v over the heart's answered items − 1) / 4)
 *   overall      = round(mean of the unrounded heart scores of the hearts with answers)
 *
 * So all 1 → 0, all 3 → 50, all 5 → 100 (before reversal). Each heart counts
 * the same in the overall score whatever its number of statements. A heart with
 * no answered statement scores null and is left out of the overall; no answers
 * at all → overall null. Answers to ids not in the instrument are ignored.
 * Rounding is Math.round (halves up).
 */
import type { HeartId } from './hearts';
import type { Instrument } from './instrument';
import { MAX_ANSWER, MIN_ANSWER, isAnswer, type Answer, type Answers } from './scale';

export interface HeartScore {
  id: HeartId;
  name: string;
  /** 0–100, or null when none of the heart's statements is answered. */
  score: number | null;
  answered: number;
  total: number;
}

export interface AssessmentScore {
  hearts: HeartScore[];
  overall: number | null;
  answered: number;
  total: number;
  complete: boolean;
}

/** The answer as agreement with the heart: reverse-worded statements are flipped. */
export function itemValue(answer: Answer, reverse: boolean): number {
  return reverse ? MIN_ANSWER + MAX_ANSWER - answer : answer;
}

/** Mean item value (1–5) → 0–100, unrounded. */
export function toPercent(meanValue: number): number {
  return (100 * (meanValue - MIN_ANSWER)) / (MAX_ANSWER - MIN_ANSWER);
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function scoreAssessment(instrument: Instrument, answers: Answers): AssessmentScore {
  const exact: number[] = [];
  const hearts = instrument.hearts.map((heart): HeartScore => {
    const values: number[] = [];
    for (const s of heart.statements) {
      const answer = answers[s.id];
      if (isAnswer(answer)) values.push(itemValue(answer, s.reverse));
    }
    const percent = values.length > 0 ? toPercent(mean(values)) : null;
    if (percent !== null) exact.push(percent);
    return {
      id: heart.id,
      name: heart.name,
      score: percent === null ? null : Math.round(percent),
      answered: values.length,
      total: heart.statements.length,
    };
  });
  const answered = hearts.reduce((n, h) => n + h.answered, 0);
  const total = hearts.reduce((n, h) => n + h.total, 0);
  return {
    hearts,
    overall: exact.length > 0 ? Math.round(mean(exact)) : null,
    answered,
    total,
    complete: total > 0 && answered === total,
  };
}

/**
 * One attempt as the results screen shows it: each heart's score next to the
 * previous attempt's, the trend, and the strongest and weakest hearts. Scores
 * are the ones stored with the attempt (see records.ts); names, advice and
 * links come from the current instrument.
 */
import type { HeartId } from './hearts';
import { highlights, type Highlights } from './highlights';
import type { GuideLink, Instrument } from './instrument';
import type { Attempt } from './records';
import { scoreAssessment } from './scoring';
import type { Answers } from './scale';
import { trend, type Trend } from './trend';

export interface ResultRow {
  id: HeartId;
  name: string;
  score: number | null;
  previous: number | null;
  trend: Trend;
  description: string;
  advice: string[];
  links: GuideLink[];
}

export interface AssessmentResult {
  completedAt: string;
  overall: number | null;
  /** The attempt before this one, when there is one. */
  previousAt: string | null;
  previousOverall: number | null;
  overallTrend: Trend;
  rows: ResultRow[];
  highlights: Highlights;
}

/** A finished attempt: the answers to the instrument's statements and the scores they give now. */
export function attemptFromAnswers(instrument: Instrument, answers: Answers, completedAt: string): Attempt {
  const score = scoreAssessment(instrument, answers);
  const stored: Attempt['answers'] = {};
  for (const s of instrument.hearts.flatMap((h) => h.statements)) {
    const answer = answers[s.id];
    if (answer !== undefined) stored[s.id] = answer;
  }
  return {
    completedAt,
    answers: stored,
    scores: Object.fromEntries(score.hearts.map((h) => [h.id, h.score])),
    overall: score.overall,
  };
}

export function assessmentResult(instrument: Instrument, latest: Attempt, previous: Attempt | null): AssessmentResult {
  const rows = instrument.hearts.map((heart): ResultRow => {
    const score = latest.scores[heart.id] ?? null;
    const before = previous ? (previous.scores[heart.id] ?? null) : null;
    return {
      id: heart.id,
      name: heart.name,
      score,
      previous: before,
      trend: trend(score, previous ? before : undefined),
      description: heart.description,
      advice: heart.advice,
      links: heart.links,
    };
  });
  return {
    completedAt: latest.completedAt,
    overall: latest.overall,
    previousAt: previous?.completedAt ?? null,
    previousOverall: previous?.overall ?? null,
    overallTrend: trend(latest.overall, previous ? previous.overall : undefined),
    rows,
    highlights: highlights(rows),
  };
}

/** The newest attempt and the one before it; history is oldest first. */
export function latestTwo(history: readonly Attempt[]): { latest: Attempt | null; previous: Attempt | null } {
  return { latest: history.at(-1) ?? null, previous: history.at(-2) ?? null };
}

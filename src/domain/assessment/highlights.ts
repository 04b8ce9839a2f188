/**
 * The strongest and weakest hearts of a result. Ties are kept together (two
 * hearts on the same top score are both strongest); when every heart scores
 * the same there is no strongest or weakest, only `allEqual`.
 */
import type { HeartId } from './hearts';

export interface ScoredHeart {
  id: HeartId;
  score: number | null;
}

export interface Highlights {
  strongest: HeartId[];
  weakest: HeartId[];
  allEqual: boolean;
}

export function highlights(hearts: readonly ScoredHeart[]): Highlights {
  const scored = hearts.filter((h): h is ScoredHeart & { score: number } => h.score !== null);
  if (scored.length === 0) return { strongest: [], weakest: [], allEqual: false };
  const top = Math.max(...scored.map((h) => h.score));
  const bottom = Math.min(...scored.map((h) => h.score));
  if (top === bottom) return { strongest: [], weakest: [], allEqual: true };
  return {
    strongest: scored.filter((h) => h.score === top).map((h) => h.id),
    weakest: scored.filter((h) => h.score === bottom).map((h) => h.id),
    allEqual: false,
  };
}

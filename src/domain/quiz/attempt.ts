/**
 * One attempt at a quiz: which questions, in what order, and in what order
 * their options are shown. Options are shuffled as whole objects (key, text
 * and correct flag travel together) and answers name options by key, so a
 * shuffle can change what the learner sees but never which answer is right.
 */
import type { QuizOption, QuizQuestion } from './bank';
import { seededRandom, shuffled, type Random } from './random';

export interface AttemptQuestion {
  question: QuizQuestion;
  /** Display order; for an ordering question, the starting arrangement. */
  options: QuizOption[];
}

export interface Attempt {
  seed: number;
  questions: AttemptQuestion[];
}

const sameOrder = (a: readonly QuizOption[], b: readonly QuizOption[]) => a.every((o, i) => o.key === b[i]?.key);

export function arrangeOptions(question: QuizQuestion, random: Random): QuizOption[] {
  // 正确 is always shown before 错误: a shuffled true/false only confuses.
  if (question.type === 'truefalse') return [...question.options];
  const out = shuffled(question.options, random);
  // An ordering question that starts solved teaches nothing: rotate it by one
  // (with three or more items a rotation is never the identity).
  if (question.type === 'ordering' && out.length > 1 && sameOrder(out, question.options)) out.push(out.shift() as QuizOption);
  return out;
}

/** `draw` limits the number of questions (the final exam draws 20 from the whole bank). */
export function createAttempt(pool: readonly QuizQuestion[], seed: number, draw?: number): Attempt {
  const random = seededRandom(seed);
  const chosen = shuffled(pool, random).slice(0, draw ?? pool.length);
  return { seed, questions: chosen.map((question) => ({ question, options: arrangeOptions(question, random) })) };
}

/**
 * Scoring. Every question is worth one point, all or nothing, multiple choice
 * and ordering included: the procedure asks for every item of a list (all four
 * evaluation directions of 4.1.2, every stage in its order), and an answer
 * that misses one would skip a required step in real work, so it earns no
 * partial credit. All-or-nothing also removes the incentive to tick every box.
 */
import type { QuizQuestion } from './bank';
import { PASS_PERCENT } from './quizzes';

/** The one-sentence version of the rule above, shown on every quiz page. */
export const SCORING_RULE_TEXT =
  '多选题和排序题须完全答对才得分、不给部分分：规范要求的每一项都要做到，漏选一项在实际工作中同样是遗漏。';

/** Options are named by key (see attempt.ts), never by position on screen. */
export type Answer = { kind: 'choice'; selected: readonly string[] } | { kind: 'order'; order: readonly string[] };

export function correctAnswer(question: QuizQuestion): Answer {
  return question.type === 'ordering'
    ? { kind: 'order', order: question.options.map((o) => o.key) }
    : { kind: 'choice', selected: question.options.filter((o) => o.correct).map((o) => o.key) };
}

export function isCorrect(question: QuizQuestion, answer: Answer | null | undefined): boolean {
  if (!answer) return false;
  if (question.type === 'ordering') {
    if (answer.kind !== 'order') return false;
    const expected = question.options.map((o) => o.key);
    return answer.order.length === expected.length && answer.order.every((key, i) => key === expected[i]);
  }
  if (answer.kind !== 'choice') return false;
  const chosen = new Set(answer.selected);
  if (question.type !== 'multiple' && chosen.size !== 1) return false;
  const known = new Set(question.options.map((o) => o.key));
  return (
    chosen.size === answer.selected.length &&
    answer.selected.every((key) => known.has(key)) &&
    question.options.every((o) => o.correct === chosen.has(o.key))
  );
}

export interface Score {
  correct: number;
  total: number;
  /** Rounded down, so a shown 80% always means passed. */
  percent: number;
  passed: boolean;
}

export function passes(correct: number, total: number): boolean {
  return total > 0 && correct * 100 >= PASS_PERCENT * total;
}

export function scoreAnswers(questions: readonly QuizQuestion[], answers: readonly (Answer | null | undefined)[]): Score {
  const total = questions.length;
  const correct = questions.filter((q, i) => isCorrect(q, answers[i])).length;
  return { correct, total, percent: total ? Math.floor((correct * 100) / total) : 0, passed: passes(correct, total) };
}

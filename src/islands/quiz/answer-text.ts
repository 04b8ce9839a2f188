/** Answers as words, for feedback, review and screen readers. */
import type { QuizOption, QuizQuestion } from '../../domain/quiz/bank';
import { correctAnswer, type Answer } from '../../domain/quiz/scoring';

const textOf = (question: QuizQuestion, key: string) => question.options.find((o) => o.key === key)?.text ?? key;

/** "企业简介、产品手册" for choices; "甲 → 乙 → 丙" for an order. */
export function answerText(question: QuizQuestion, answer: Answer | null | undefined, options?: readonly QuizOption[]): string {
  if (!answer) return '未作答';
  if (answer.kind === 'order') return answer.order.map((key) => textOf(question, key)).join(' → ');
  // Choices are listed in the order they were shown, so the words match the screen.
  const shown = (options ?? question.options).filter((o) => answer.selected.includes(o.key));
  return shown.length ? shown.map((o) => o.text).join('、') : '未作答';
}

export function correctText(question: QuizQuestion, options?: readonly QuizOption[]): string {
  return answerText(question, correctAnswer(question), options);
}

import fc from 'fast-check';
import { toQuizQuestion, type QuestionType, type QuizQuestion } from '../../../src/domain/quiz/bank';

export function question(type: QuestionType, options: { text: string; correct?: boolean }[], id = 'q'): QuizQuestion {
  return toQuizQuestion({
    id,
    type,
    prompt: `题 ${id}`,
    options: options.map((o) => ({ text: o.text, correct: o.correct ?? false })),
    explanation: '解析',
    source: '4.1.2',
    quizzes: ['4-1'],
  });
}

export const single = () => question('single', [{ text: '甲', correct: true }, { text: '乙' }, { text: '丙' }, { text: '丁' }]);
export const multiple = () =>
  question('multiple', [{ text: '甲', correct: true }, { text: '乙', correct: true }, { text: '丙' }, { text: '丁', correct: true }]);
export const trueFalse = () => question('truefalse', [{ text: '正确' }, { text: '错误', correct: true }]);
export const ordering = () => question('ordering', [{ text: '一' }, { text: '二' }, { text: '三' }, { text: '四' }]);

/** Any valid question: single, multiple, true/false or ordering, 2–8 options with a valid set of correct flags. */
export const anyQuestion = (id = 'q'): fc.Arbitrary<QuizQuestion> =>
  fc.oneof(
    fc.integer({ min: 3, max: 8 }).chain((n) =>
      fc.integer({ min: 0, max: n - 1 }).map((right) =>
        question('single', Array.from({ length: n }, (_, i) => ({ text: `选项${i}`, correct: i === right })), id),
      ),
    ),
    fc.integer({ min: 3, max: 8 }).chain((n) =>
      fc
        .array(fc.boolean(), { minLength: n, maxLength: n })
        .filter((flags) => flags.filter(Boolean).length >= 2 && flags.some((f) => !f))
        .map((flags) => question('multiple', flags.map((correct, i) => ({ text: `选项${i}`, correct })), id)),
    ),
    fc.boolean().map((isTrue) => question('truefalse', [{ text: '正确', correct: isTrue }, { text: '错误', correct: !isTrue }], id)),
    fc.integer({ min: 3, max: 8 }).map((n) => question('ordering', Array.from({ length: n }, (_, i) => ({ text: `第${i}项` })), id)),
  );

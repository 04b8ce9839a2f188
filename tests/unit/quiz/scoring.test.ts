import { describe, expect, test } from 'vitest';
import { correctAnswer, isCorrect, passes, scoreAnswers, type Answer } from '../../../src/domain/quiz/scoring';
import { multiple, ordering, single, trueFalse } from './fixtures';

const choose = (...selected: string[]): Answer => ({ kind: 'choice', selected });
const order = (...keys: string[]): Answer => ({ kind: 'order', order: keys });

describe('isCorrect', () => {
  test('single choice: only the one correct option', () => {
    expect(isCorrect(single(), choose('a'))).toBe(true);
    expect(isCorrect(single(), choose('b'))).toBe(false);
    expect(isCorrect(single(), choose('a', 'b'))).toBe(false);
    expect(isCorrect(single(), choose())).toBe(false);
  });

  test('true/false', () => {
    expect(isCorrect(trueFalse(), choose('b'))).toBe(true);
    expect(isCorrect(trueFalse(), choose('a'))).toBe(false);
  });

  test('multiple choice is all or nothing: a missing or an extra option scores nothing', () => {
    expect(isCorrect(multiple(), choose('a', 'b', 'd'))).toBe(true);
    expect(isCorrect(multiple(), choose('d', 'a', 'b'))).toBe(true);
    expect(isCorrect(multiple(), choose('a', 'b'))).toBe(false);
    expect(isCorrect(multiple(), choose('a', 'b', 'c', 'd'))).toBe(false);
    expect(isCorrect(multiple(), choose('a', 'b', 'd', 'z'))).toBe(false);
    expect(isCorrect(multiple(), choose('a', 'a', 'b', 'd'))).toBe(false);
  });

  test('ordering: the full order, nothing less', () => {
    expect(isCorrect(ordering(), order('a', 'b', 'c', 'd'))).toBe(true);
    expect(isCorrect(ordering(), order('a', 'b', 'd', 'c'))).toBe(false);
    expect(isCorrect(ordering(), order('a', 'b', 'c'))).toBe(false);
    expect(isCorrect(ordering(), choose('a'))).toBe(false);
  });

  test('no answer is wrong', () => {
    expect(isCorrect(single(), null)).toBe(false);
    expect(isCorrect(single(), undefined)).toBe(false);
  });

  test('correctAnswer is correct for every type', () => {
    for (const q of [single(), multiple(), trueFalse(), ordering()]) expect(isCorrect(q, correctAnswer(q))).toBe(true);
  });
});

describe('scoreAnswers and the 80% pass mark', () => {
  test.each([
    [8, 10, true],
    [7, 10, false],
    [4, 5, true],
    [3, 5, false],
    [16, 20, true],
    [15, 20, false],
    [6, 7, true],
    [5, 7, false],
    [0, 0, false],
  ])('%i of %i correct passes: %s', (correct, total, expected) => {
    expect(passes(correct, total)).toBe(expected);
  });

  test('counts, rounds the percentage down, and passes at 80%', () => {
    const questions = [single(), multiple(), trueFalse(), ordering(), single()];
    const right = questions.map(correctAnswer);
    expect(scoreAnswers(questions, right)).toEqual({ correct: 5, total: 5, percent: 100, passed: true });
    expect(scoreAnswers(questions, [...right.slice(0, 4), null])).toEqual({ correct: 4, total: 5, percent: 80, passed: true });
    expect(scoreAnswers(questions, [...right.slice(0, 3)])).toEqual({ correct: 3, total: 5, percent: 60, passed: false });
    // 79.9…% must not show as 80% next to 未通过.
    const many = Array.from({ length: 1000 }, () => single());
    const answers = many.map((q, i) => (i < 799 ? correctAnswer(q) : null));
    expect(scoreAnswers(many, answers)).toMatchObject({ percent: 79, passed: false });
  });
});

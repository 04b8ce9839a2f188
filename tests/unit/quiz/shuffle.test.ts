import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arrangeOptions, createAttempt } from '../../../src/domain/quiz/attempt';
import { attemptSeed, seededRandom, seedFromText, shuffled } from '../../../src/domain/quiz/random';
import { correctAnswer, isCorrect, type Answer } from '../../../src/domain/quiz/scoring';
import type { QuizOption, QuizQuestion } from '../../../src/domain/quiz/bank';
import { anyQuestion, ordering, single, trueFalse } from './fixtures';

const seed = fc.integer({ min: 0, max: 0xffffffff });

/** What a learner who clicks the options shown as correct submits, read from the shuffled screen. */
function answerFromScreen(question: QuizQuestion, shown: readonly QuizOption[]): Answer {
  if (question.type === 'ordering') {
    // Put the shown items back in authored order by their text, as a learner who knows the order would.
    const position = new Map(question.options.map((o, i) => [o.text, i]));
    return { kind: 'order', order: [...shown].sort((a, b) => (position.get(a.text) ?? 0) - (position.get(b.text) ?? 0)).map((o) => o.key) };
  }
  return { kind: 'choice', selected: shown.filter((o) => o.correct).map((o) => o.key) };
}

describe('shuffling never changes which answer is correct', () => {
  test('options are the same objects in a new order: key, text and correct flag stay together', () => {
    fc.assert(
      fc.property(anyQuestion(), seed, (question, s) => {
        const before = structuredClone(question);
        const shown = arrangeOptions(question, seededRandom(s));
        expect(question).toEqual(before); // the question itself is untouched
        expect(shown).toHaveLength(question.options.length);
        for (const option of shown) expect(question.options).toContainEqual(option);
        expect(new Set(shown.map((o) => o.key)).size).toBe(shown.length);
        const correctKeys = (options: readonly QuizOption[]) => options.filter((o) => o.correct).map((o) => o.key).sort();
        expect(correctKeys(shown)).toEqual(correctKeys(question.options));
      }),
      { numRuns: 500 },
    );
  });

  test('answering what the shuffled screen shows as correct is scored correct, anything else wrong', () => {
    fc.assert(
      fc.property(anyQuestion(), seed, fc.nat(), (question, s, pick) => {
        const shown = arrangeOptions(question, seededRandom(s));
        expect(isCorrect(question, answerFromScreen(question, shown))).toBe(true);
        if (question.type !== 'ordering') {
          // Toggling any one shown option turns a right answer wrong.
          const right = answerFromScreen(question, shown) as Extract<Answer, { kind: 'choice' }>;
          const key = shown[pick % shown.length]?.key ?? '';
          const toggled = right.selected.includes(key) ? right.selected.filter((k) => k !== key) : [...right.selected, key];
          expect(isCorrect(question, { kind: 'choice', selected: toggled })).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a whole attempt: every drawn question keeps its correct answer, none repeats, the draw is honoured', () => {
    const pool = fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 30 }).chain((ids) =>
      fc.tuple(...ids.map((id) => anyQuestion(`q${id}`))),
    );
    fc.assert(
      fc.property(pool, seed, fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), (questions, s, draw) => {
        const attempt = createAttempt(questions, s, draw);
        expect(attempt.questions).toHaveLength(Math.min(draw ?? questions.length, questions.length));
        expect(new Set(attempt.questions.map((q) => q.question.id)).size).toBe(attempt.questions.length);
        for (const { question, options } of attempt.questions) {
          expect(questions).toContain(question);
          expect(isCorrect(question, answerFromScreen(question, options))).toBe(true);
          expect(isCorrect(question, correctAnswer(question))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('arrangement rules', () => {
  test('an ordering question never starts in the correct order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), seed, (n, s) => {
        const q = { ...ordering(), options: Array.from({ length: n }, (_, i) => ({ key: String.fromCharCode(97 + i), text: `${i}`, correct: false })) };
        const start = arrangeOptions(q, seededRandom(s)).map((o) => o.key);
        expect(start).not.toEqual(q.options.map((o) => o.key));
      }),
    );
  });

  test('true/false keeps 正确 before 错误', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(arrangeOptions(trueFalse(), seededRandom(s)).map((o) => o.text)).toEqual(['正确', '错误']);
      }),
    );
  });

  test('the same seed gives the same attempt; retakes differ', () => {
    const pool = Array.from({ length: 12 }, (_, i) => ({ ...single(), id: `q${i}`, prompt: `题 ${i}` }));
    const base = seedFromText('42');
    const ids = (s: number) => createAttempt(pool, s).questions.map((q) => `${q.question.id}:${q.options.map((o) => o.key).join('')}`);
    expect(ids(base)).toEqual(ids(seedFromText('42')));
    expect(ids(attemptSeed(base, 1))).not.toEqual(ids(base));
  });

  test('shuffled is a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seed, (items, s) => {
        expect([...shuffled(items, seededRandom(s))].sort()).toEqual([...items].sort());
      }),
    );
  });

  test('seededRandom stays in [0, 1)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const random = seededRandom(s);
        for (let i = 0; i < 50; i++) {
          const x = random();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });
});

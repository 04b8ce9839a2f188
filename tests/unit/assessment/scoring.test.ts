import { describe, expect, test } from 'vitest';
import type { Instrument } from '../../../src/domain/assessment/instrument';
import { itemValue, scoreAssessment } from '../../../src/domain/assessment/scoring';
import type { Answer, Answers } from '../../../src/domain/assessment/scale';
import { readInstrument } from './instrument-source';

/** Two hearts, the second with a reverse-worded statement and an extra statement. */
const small: Instrument = {
  hearts: [
    { id: 'zhuanxin', name: '专心', description: '', advice: [], links: [], statements: [
      { id: 'zhuanxin-1', text: 'a', reverse: false },
      { id: 'zhuanxin-2', text: 'b', reverse: false },
    ] },
    { id: 'zhenxin', name: '真心', description: '', advice: [], links: [], statements: [
      { id: 'zhenxin-1', text: 'c', reverse: false },
      { id: 'zhenxin-2', text: 'd', reverse: true },
      { id: 'zhenxin-3', text: 'e', reverse: false },
    ] },
  ],
};

const real = readInstrument();
const allStatements = real.hearts.flatMap((h) => h.statements);
const answerAll = (value: Answer): Answers => Object.fromEntries(allStatements.map((s) => [s.id, value]));

describe('itemValue', () => {
  test('keeps a normal answer and turns a reverse-worded one around', () => {
    expect([1, 2, 3, 4, 5].map((a) => itemValue(a as Answer, false))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((a) => itemValue(a as Answer, true))).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('scoreAssessment', () => {
  test('per heart: mean item value mapped from 1–5 onto 0–100, reverse items inverted', () => {
    const result = scoreAssessment(small, { 'zhuanxin-1': 5, 'zhuanxin-2': 4, 'zhenxin-1': 4, 'zhenxin-2': 2, 'zhenxin-3': 3 });
    // 专心: (5 + 4) / 2 = 4.5 → 87.5 → 88.  真心: (4 + (6 − 2) + 3) / 3 = 11/3 → 66.67 → 67.
    expect(result.hearts.map((h) => h.score)).toEqual([88, 67]);
    // Overall: mean of the unrounded heart scores (87.5 + 66.67) / 2 = 77.08 → 77.
    expect(result.overall).toBe(77);
    expect(result).toMatchObject({ answered: 5, total: 5, complete: true });
  });

  test('a reverse-worded statement pulls the heart the other way', () => {
    const agree = scoreAssessment(small, { 'zhenxin-1': 5, 'zhenxin-2': 5, 'zhenxin-3': 5 });
    // Agreeing with everything: (5 + (6 − 5) + 5) / 3 = 11/3 → 66.67 → 67, not 100.
    expect(agree.hearts[1]?.score).toBe(67);
  });

  test('each heart weighs the same in the overall whatever its number of statements', () => {
    const result = scoreAssessment(small, { 'zhuanxin-1': 5, 'zhuanxin-2': 5, 'zhenxin-1': 1, 'zhenxin-2': 5, 'zhenxin-3': 1 });
    expect(result.hearts.map((h) => h.score)).toEqual([100, 0]);
    expect(result.overall).toBe(50);
  });

  test('all answers 1 on the real instrument: 0 except where reverse items lift the heart', () => {
    const result = scoreAssessment(real, answerAll(1));
    for (const heart of real.hearts) {
      const reverse = heart.statements.filter((s) => s.reverse).length;
      const expected = Math.round((100 * ((reverse * 5 + (heart.statements.length - reverse) * 1) / heart.statements.length - 1)) / 4);
      expect(result.hearts.find((h) => h.id === heart.id)?.score, heart.name).toBe(expected);
    }
    expect(result.complete).toBe(true);
  });

  test('all answers 5: 100 where there is no reverse item, lower by the reverse ones', () => {
    const result = scoreAssessment(real, answerAll(5));
    const zhuanxin = real.hearts[0];
    const r = zhuanxin?.statements.filter((s) => s.reverse).length ?? 0;
    const n = zhuanxin?.statements.length ?? 1;
    expect(result.hearts[0]?.score).toBe(Math.round((100 * ((r * 1 + (n - r) * 5) / n - 1)) / 4));
  });

  test('all answers at the heart\'s best (5, or 1 on reverse items) → 100 everywhere; worst → 0', () => {
    const best = Object.fromEntries(allStatements.map((s) => [s.id, s.reverse ? 1 : 5])) as Answers;
    const worst = Object.fromEntries(allStatements.map((s) => [s.id, s.reverse ? 5 : 1])) as Answers;
    expect(scoreAssessment(real, best).hearts.map((h) => h.score)).toEqual([100, 100, 100, 100, 100]);
    expect(scoreAssessment(real, best).overall).toBe(100);
    expect(scoreAssessment(real, worst).hearts.map((h) => h.score)).toEqual([0, 0, 0, 0, 0]);
    expect(scoreAssessment(real, worst).overall).toBe(0);
  });

  test('all answers 3 (不确定) → 50, reverse or not', () => {
    const result = scoreAssessment(real, answerAll(3));
    expect(result.hearts.map((h) => h.score)).toEqual([50, 50, 50, 50, 50]);
    expect(result.overall).toBe(50);
  });

  test('nothing answered: every heart and the overall are null, not 0', () => {
    const result = scoreAssessment(real, {});
    expect(result.hearts.every((h) => h.score === null && h.answered === 0)).toBe(true);
    expect(result).toMatchObject({ overall: null, answered: 0, total: allStatements.length, complete: false });
  });

  test('partly answered: hearts score on what is answered; a heart with nothing answered is left out of the overall', () => {
    const result = scoreAssessment(small, { 'zhuanxin-1': 4 });
    expect(result.hearts.map((h) => h.score)).toEqual([75, null]);
    expect(result.hearts.map((h) => h.answered)).toEqual([1, 0]);
    expect(result).toMatchObject({ overall: 75, complete: false, answered: 1, total: 5 });
  });

  test('answers to unknown statements and values off the scale are ignored', () => {
    const answers = { 'zhuanxin-1': 4, 'zhuanxin-9': 1, 'zhuanxin-2': 7, 'zhenxin-1': 0 } as unknown as Answers;
    const result = scoreAssessment(small, answers);
    expect(result.hearts.map((h) => h.score)).toEqual([75, null]);
    expect(result.answered).toBe(1);
  });

  test('halves round up', () => {
    // 专心: (4 + 3) / 2 = 3.5 → 62.5 → 63.
    expect(scoreAssessment(small, { 'zhuanxin-1': 4, 'zhuanxin-2': 3 }).hearts[0]?.score).toBe(63);
  });
});

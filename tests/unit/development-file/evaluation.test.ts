import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEVELOPMENT_CONFIG } from '../../../src/domain/development-file/config';
import {
  criterionPoints,
  describeRule,
  evaluate,
  evaluateScores,
  evaluationTotal,
  type EvaluationConfig,
  type Scores,
} from '../../../src/domain/development-file/evaluation';
import { CRITERION_IDS } from '../../../src/domain/development-file/schema';
import { blankFile } from './fixtures';

const scores = (
  finance: number | null,
  investment: number | null,
  contribution: number | null,
  capability: number | null,
): Scores => ({
  finance,
  investment,
  contribution,
  capability,
});
const config = (overrides: Partial<EvaluationConfig> = {}): EvaluationConfig => ({
  ...DEVELOPMENT_CONFIG.evaluation,
  ...overrides,
});
const scoreArb = fc.integer({ min: 1, max: 5 });
const scoresArb = fc.record({ finance: scoreArb, investment: scoreArb, contribution: scoreArb, capability: scoreArb });
const weightsArb = fc
  .record({
    finance: fc.double({ min: 0, max: 10, noNaN: true }),
    investment: fc.double({ min: 0, max: 10, noNaN: true }),
    contribution: fc.double({ min: 0, max: 10, noNaN: true }),
    capability: fc.double({ min: 0, max: 10, noNaN: true }),
  })
  .filter((w) => w.finance + w.investment + w.contribution + w.capability > 0.01);

describe('evaluation total', () => {
  test('a score of 1 is worth 0 points, 5 is worth 100', () => {
    expect([1, 2, 3, 4, 5].map(criterionPoints)).toEqual([0, 25, 50, 75, 100]);
  });

  test('the default weights 30/20/30/20', () => {
    expect(evaluationTotal(scores(5, 5, 5, 5))).toBe(100);
    expect(evaluationTotal(scores(1, 1, 1, 1))).toBe(0);
    expect(evaluationTotal(scores(3, 3, 3, 3))).toBe(50);
    // 100·0.3 + 50·0.2 + 75·0.3 + 25·0.2 = 67.5, rounded half up
    expect(evaluationTotal(scores(5, 3, 4, 2))).toBe(68);
    expect(evaluationTotal(scores(4, 4, 4, 3))).toBe(70);
  });

  test('null while any criterion is unscored, or scored outside 1–5', () => {
    expect(evaluationTotal(scores(5, 5, 5, null))).toBeNull();
    expect(evaluationTotal(scores(null, null, null, null))).toBeNull();
    expect(evaluationTotal(scores(5, 5, 5, 6))).toBeNull();
    expect(evaluationTotal(scores(5, 5, 5, 2.5))).toBeNull();
  });

  test('weights are relative: doubling all of them changes nothing', () => {
    const doubled = { finance: 0.6, investment: 0.4, contribution: 0.6, capability: 0.4 };
    fc.assert(fc.property(scoresArb, (s) => evaluationTotal(s, doubled) === evaluationTotal(s)));
  });

  test('negative or all-zero weights are a configuration error', () => {
    expect(() => evaluationTotal(scores(3, 3, 3, 3), { finance: -1, investment: 1, contribution: 1, capability: 1 })).toThrow(
      RangeError,
    );
    expect(() => evaluationTotal(scores(3, 3, 3, 3), { finance: 0, investment: 0, contribution: 0, capability: 0 })).toThrow(
      RangeError,
    );
  });

  test('property: always an integer within 0–100', () => {
    fc.assert(
      fc.property(scoresArb, weightsArb, (s, w) => {
        const total = evaluationTotal(s, w);
        return total !== null && Number.isInteger(total) && total >= 0 && total <= 100;
      }),
    );
  });

  test('property: raising any one score never lowers the total', () => {
    fc.assert(
      fc.property(scoresArb, weightsArb, fc.constantFrom(...CRITERION_IDS), (s, w, id) => {
        const raised = { ...s, [id]: Math.min(5, s[id] + 1) };
        return (evaluationTotal(raised, w) ?? -1) >= (evaluationTotal(s, w) ?? -1);
      }),
    );
    fc.assert(
      fc.property(scoresArb, fc.constantFrom(...CRITERION_IDS), (s, id) => {
        const raised = { ...s, [id]: Math.min(5, s[id] + 1) };
        return (evaluationTotal(raised) ?? -1) >= (evaluationTotal(s) ?? -1);
      }),
    );
  });
});

describe('recommendation', () => {
  test('unscored: no recommendation, and the reason names what is missing', () => {
    const result = evaluateScores(scores(4, null, 4, null));
    expect(result).toMatchObject({ total: null, recommendation: null, unscored: ['investment', 'capability'] });
    expect(result.reasons).toEqual(['尚未评分：“开发投入与交易预估”、“技术难度与品质要求对比公司能力”。']);
  });

  test('an empty file is unscored', () => {
    expect(evaluate(blankFile().evaluation).unscored).toEqual([...CRITERION_IDS]);
  });

  test('推荐 from exactly recommendAt (70) with no veto', () => {
    const result = evaluateScores(scores(4, 4, 4, 3));
    expect(result).toMatchObject({ total: 70, recommendation: 'recommend', vetoed: [] });
    expect(result.reasons).toEqual(['综合得分 70，达到推荐线 70 分。']);
    expect(evaluateScores(scores(4, 3, 4, 3))).toMatchObject({ total: 65, recommendation: 'review' });
  });

  test('需复核 from exactly rejectBelow (50); 不推荐 just below it', () => {
    expect(evaluateScores(scores(3, 3, 3, 3))).toMatchObject({ total: 50, recommendation: 'review' });
    expect(evaluateScores(scores(3, 3, 3, 3), config({ rejectBelow: 51 }))).toMatchObject({ recommendation: 'reject' });
    // 75·0.3 + 25·0.2 + 25·0.3 + 50·0.2 = 45
    const low = evaluateScores(scores(4, 2, 2, 3));
    expect(low).toMatchObject({ total: 45, recommendation: 'reject' });
    expect(low.reasons).toEqual(['综合得分 45，低于 50 分。']);
  });

  test('the thresholds come from the config', () => {
    expect(evaluateScores(scores(4, 4, 4, 4), config({ recommendAt: 75 })).recommendation).toBe('recommend');
    expect(evaluateScores(scores(4, 4, 4, 4), config({ recommendAt: 76 })).recommendation).toBe('review');
  });

  test('财务管理能力与信用 at 1 or 2 is 不推荐 however good the rest (4.1.2 必须)', () => {
    const result = evaluateScores(scores(1, 5, 5, 5));
    expect(result).toMatchObject({ total: 70, recommendation: 'reject', vetoed: ['finance'] });
    expect(result.reasons[0]).toMatch(/“财务管理能力与信用”仅 1 分.*4\.1\.2.*必须/);
    // 25·0.3 + 100·0.7 = 77.5: a total that would be 推荐 on its own.
    const two = evaluateScores(scores(2, 5, 5, 5));
    expect(two).toMatchObject({ total: 78, recommendation: 'reject', vetoed: ['finance'] });
    expect(two.reasons[0]).toBe(
      '“财务管理能力与信用”仅 2 分（不高于 2 分即不推荐），而 4.1.2 要求新客户必须具有较强的财务管理能力与较好的信用。',
    );
  });

  test('财务管理能力与信用 at 3 is 需复核 however good the rest; 4 (较好) is what 推荐 needs', () => {
    const three = evaluateScores(scores(3, 5, 5, 5));
    expect(three).toMatchObject({ total: 85, recommendation: 'review', vetoed: ['finance'] });
    expect(three.reasons).toEqual([
      '“财务管理能力与信用”为 3 分，未达到推荐所需的 4 分（4.1.2 必须），需复核。',
      '综合得分 85，达到推荐线 70 分。',
    ]);
    expect(evaluateScores(scores(4, 5, 5, 5))).toMatchObject({ recommendation: 'recommend', vetoed: [] });
  });

  test('the finance minimum and reject line come from the config', () => {
    expect(evaluateScores(scores(3, 5, 5, 5), config({ mandatoryMinimum: 3 })).recommendation).toBe('recommend');
    expect(evaluateScores(scores(3, 5, 5, 5), config({ mandatoryRejectAtOrBelow: 3 })).recommendation).toBe('reject');
    expect(evaluateScores(scores(2, 5, 5, 5), config({ mandatoryRejectAtOrBelow: 1 })).recommendation).toBe('review');
  });

  test('a veto on any other criterion caps the file at 需复核', () => {
    const result = evaluateScores(scores(5, 1, 5, 5));
    expect(result).toMatchObject({ total: 80, recommendation: 'review', vetoed: ['investment'] });
    expect(result.reasons).toEqual([
      '“开发投入与交易预估”不高于 1 分（一票否决线），不能直接推荐。',
      '综合得分 80，达到推荐线 70 分。',
    ]);
  });

  test('a low total with a veto is still 不推荐', () => {
    expect(evaluateScores(scores(5, 1, 1, 1)).recommendation).toBe('reject');
  });

  test('the veto score comes from the config', () => {
    expect(evaluateScores(scores(5, 5, 5, 2)).recommendation).toBe('recommend');
    expect(evaluateScores(scores(5, 5, 5, 2), config({ vetoScore: 2 }))).toMatchObject({
      recommendation: 'review',
      vetoed: ['capability'],
    });
    // The veto score is for the other criteria; finance has its own lines.
    expect(evaluateScores(scores(4, 4, 5, 5), config({ vetoScore: 4 }))).toMatchObject({ recommendation: 'review', vetoed: ['investment'] });
  });

  test('property: never 推荐 with a veto, never without a total', () => {
    fc.assert(
      fc.property(scoresArb, (s) => {
        const r = evaluateScores(s);
        return !(r.recommendation === 'recommend' && r.vetoed.length > 0) && r.reasons.length > 0;
      }),
    );
  });

  test('property: 推荐 only with 财务管理能力与信用 at 4 or 5; 不推荐 whenever it is 1 or 2', () => {
    fc.assert(
      fc.property(scoresArb, (s) => {
        const r = evaluateScores(s);
        if (r.recommendation === 'recommend' && s.finance < 4) return false;
        return s.finance > 2 || r.recommendation === 'reject';
      }),
    );
  });
});

describe('the rule as shown and printed', () => {
  test('names its source and every number it uses', () => {
    const text = describeRule();
    expect(text).toContain('本站默认设置');
    expect(text).toContain('财务管理能力与信用 30%');
    expect(text).toContain('开发投入与交易预估 20%');
    expect(text).toMatch(/达到 70 分为推荐，低于 50 分为不推荐/);
    expect(text).toMatch(/须达到 4 分方可推荐，不高于 2 分即不推荐/);
    expect(text).toMatch(/不高于 1 分为一票否决/);
  });

  test('follows a changed config and source, weights shown as shares of their sum', () => {
    const text = describeRule(
      config({ weights: { finance: 2, investment: 1, contribution: 1, capability: 0 }, recommendAt: 80, mandatoryMinimum: 5 }),
      '公司设置（2026-12-01）',
    );
    expect(text).toContain('公司设置（2026-12-01）');
    expect(text).toContain('财务管理能力与信用 50%');
    expect(text).toContain('技术难度与品质要求对比公司能力 0%');
    expect(text).toMatch(/达到 80 分为推荐/);
    expect(text).toMatch(/须达到 5 分方可推荐/);
  });
});

import { describe, expect, test } from 'vitest';
import {
  decodeHistory,
  encodeHistory,
  HISTORY_LIMIT_PER_QUIZ,
  latestResult,
  recentReadiness,
  resultsFor,
  withResult,
  type QuizResult,
} from '../../../src/domain/quiz/history';

const result = (quiz: string, at: string, passed = true): QuizResult => ({ quiz, at, correct: passed ? 9 : 5, total: 10, percent: passed ? 90 : 50, passed });

describe('decodeHistory', () => {
  test('reads what encodeHistory writes', () => {
    const results = [result('4-1', '2026-11-20T08:00:00.000Z'), result('final', '2026-11-21T08:00:00.000Z', false)];
    expect(decodeHistory(encodeHistory(results))).toEqual({ status: 'ok', results });
    expect(decodeHistory(null)).toEqual({ status: 'empty', results: [] });
  });

  test.each([
    ['bad JSON', '{"version":1,"results":['],
    ['plain text', 'hello'],
    ['an array', '[]'],
    ['no version', '{"results":[]}'],
    ['results not a list', '{"version":1,"results":{}}'],
    ['an older unknown version', '{"version":0,"results":[]}'],
    ['null', 'null'],
  ])('%s is unreadable, never a throw', (_, raw) => {
    expect(decodeHistory(raw)).toEqual({ status: 'unreadable', results: [] });
  });

  test('entries that are not results are dropped and counted', () => {
    const good = result('4-1', '2026-11-20T08:00:00.000Z');
    const raw = JSON.stringify({
      version: 1,
      results: [good, { ...good, correct: 11 }, { ...good, at: 'yesterday' }, { ...good, passed: 'yes' }, 42, { ...good, total: 0, correct: 0 }],
    });
    expect(decodeHistory(raw)).toEqual({ status: 'repaired', results: [good], dropped: 5 });
  });

  test('a newer version is reported, not read', () => {
    expect(decodeHistory('{"version":2,"results":[]}')).toEqual({ status: 'newer', results: [], version: 2 });
  });
});

describe('queries', () => {
  const results = [
    result('4-1', '2026-11-20T08:00:00.000Z', false),
    result('4-2', '2026-11-22T08:00:00.000Z'),
    result('4-1', '2026-11-21T08:00:00.000Z'),
  ];

  test('resultsFor lists one quiz newest first; latestResult is the first of them', () => {
    expect(resultsFor(results, '4-1').map((r) => r.at)).toEqual(['2026-11-21T08:00:00.000Z', '2026-11-20T08:00:00.000Z']);
    expect(latestResult(results, '4-1')?.passed).toBe(true);
    expect(latestResult(results, 'final')).toBeNull();
  });

  test('withResult keeps the newest attempts of a quiz and leaves other quizzes alone', () => {
    let list: QuizResult[] = [result('4-2', '2026-01-01T00:00:00.000Z')];
    for (let i = 0; i < HISTORY_LIMIT_PER_QUIZ + 5; i++) list = withResult(list, result('4-1', new Date(Date.UTC(2026, 1, 1 + i)).toISOString()));
    expect(resultsFor(list, '4-1')).toHaveLength(HISTORY_LIMIT_PER_QUIZ);
    expect(resultsFor(list, '4-1').at(-1)?.at).toBe(new Date(Date.UTC(2026, 1, 6)).toISOString());
    expect(resultsFor(list, '4-2')).toHaveLength(1);
  });
});

describe('recentReadiness', () => {
  const now = new Date('2026-11-30T04:00:00.000Z');

  test('the latest readiness result within 30 days, with the local date it was taken', () => {
    const results = [
      result('readiness', '2026-11-10T02:00:00.000Z', false),
      result('readiness', '2026-11-25T23:30:00.000Z', true),
      result('final', '2026-11-29T08:00:00.000Z', false),
    ];
    expect(recentReadiness(results, now, 'Asia/Shanghai')).toEqual({ passed: true, takenOn: '2026-11-26' });
    expect(recentReadiness(results, now, 'UTC')).toEqual({ passed: true, takenOn: '2026-11-25' });
  });

  test('a failed latest attempt is reported as failed, even after an earlier pass', () => {
    const results = [result('readiness', '2026-11-20T02:00:00.000Z', true), result('readiness', '2026-11-28T02:00:00.000Z', false)];
    expect(recentReadiness(results, now, 'UTC')).toEqual({ passed: false, takenOn: '2026-11-28' });
  });

  test('exactly 30 days old still counts; older does not; nothing taken is null', () => {
    expect(recentReadiness([result('readiness', '2026-10-31T04:00:00.000Z')], now, 'UTC')).toEqual({ passed: true, takenOn: '2026-10-31' });
    expect(recentReadiness([result('readiness', '2026-10-31T03:59:59.999Z')], now, 'UTC')).toBeNull();
    expect(recentReadiness([], now)).toBeNull();
    expect(recentReadiness([result('4-3', '2026-11-29T00:00:00.000Z')], now)).toBeNull();
  });

  test('a result dated after now (clock set back) does not count', () => {
    expect(recentReadiness([result('readiness', '2026-12-01T00:00:00.000Z')], now)).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { assessmentExport, exportFilename } from '../../../src/domain/assessment/export';
import { highlights } from '../../../src/domain/assessment/highlights';
import type { Attempt } from '../../../src/domain/assessment/records';
import { assessmentReportData } from '../../../src/domain/assessment/report';
import { assessmentResult, attemptFromAnswers, latestTwo } from '../../../src/domain/assessment/result';
import type { Answers } from '../../../src/domain/assessment/scale';
import { trend } from '../../../src/domain/assessment/trend';
import { readInstrument } from './instrument-source';

const instrument = readInstrument();
const statements = instrument.hearts.flatMap((h) => h.statements);
/** Answers that give each heart a different score: the heart's index decides. */
const answers = Object.fromEntries(
  instrument.hearts.flatMap((h, i) => h.statements.map((s) => [s.id, s.reverse ? 5 - i : 1 + i])),
) as Answers;

describe('trend', () => {
  test('up, down and unchanged in words and arrows, not only colour', () => {
    expect(trend(70, 62)).toEqual({ difference: 8, direction: 'up', arrow: '↑', text: '↑ 提高 8 分' });
    expect(trend(55, 60)).toEqual({ difference: -5, direction: 'down', arrow: '↓', text: '↓ 下降 5 分' });
    expect(trend(40, 40)).toEqual({ difference: 0, direction: 'same', arrow: '→', text: '→ 持平（0 分）' });
  });
  test('no previous score: no trend', () => {
    expect(trend(40, undefined).direction).toBeNull();
    expect(trend(40, null).text).toBe('无上次记录');
    expect(trend(null, 40).difference).toBeNull();
  });
});

describe('highlights', () => {
  test('strongest and weakest, ties kept together', () => {
    expect(highlights([
      { id: 'zhuanxin', score: 80 },
      { id: 'zhenxin', score: 80 },
      { id: 'chengxin', score: 50 },
      { id: 'shanxin', score: 20 },
      { id: 'xixin', score: null },
    ])).toEqual({ strongest: ['zhuanxin', 'zhenxin'], weakest: ['shanxin'], allEqual: false });
  });
  test('all equal: neither strongest nor weakest', () => {
    expect(highlights([{ id: 'zhuanxin', score: 60 }, { id: 'xixin', score: 60 }])).toEqual({ strongest: [], weakest: [], allEqual: true });
  });
});

describe('attempts, results and report data', () => {
  const first = attemptFromAnswers(instrument, answers, '2026-05-01T08:00:00.000Z');
  const allFives = Object.fromEntries(statements.map((s) => [s.id, s.reverse ? 1 : 5])) as Answers;
  const second = attemptFromAnswers(instrument, allFives, '2026-06-01T08:00:00.000Z');

  test('an attempt keeps the answers and the scores they gave', () => {
    expect(first.scores).toEqual({ zhuanxin: 0, zhenxin: 25, chengxin: 50, shanxin: 75, xixin: 100 });
    expect(first.overall).toBe(50);
    expect(Object.keys(first.answers)).toHaveLength(statements.length);
  });

  test('answers to statements no longer in the instrument are not stored with the attempt', () => {
    const attempt = attemptFromAnswers(instrument, { ...answers, 'zhuanxin-99': 3 }, '2026-05-01T08:00:00.000Z');
    expect(attempt.answers['zhuanxin-99']).toBeUndefined();
  });

  test('the result compares with the previous attempt heart by heart', () => {
    const { latest, previous } = latestTwo([first, second]);
    const result = assessmentResult(instrument, latest!, previous);
    expect(result.rows.map((r) => [r.name, r.score, r.previous, r.trend.text])).toEqual([
      ['专心', 100, 0, '↑ 提高 100 分'],
      ['真心', 100, 25, '↑ 提高 75 分'],
      ['诚心', 100, 50, '↑ 提高 50 分'],
      ['善心', 100, 75, '↑ 提高 25 分'],
      ['细心', 100, 100, '→ 持平（0 分）'],
    ]);
    expect(result.overallTrend.text).toBe('↑ 提高 50 分');
    expect(result.highlights.allEqual).toBe(true);
  });

  test('a first attempt has no previous and names its strongest and weakest hearts', () => {
    const result = assessmentResult(instrument, first, null);
    expect(result.previousAt).toBeNull();
    expect(result.rows.every((r) => r.trend.direction === null)).toBe(true);
    expect(result.highlights).toEqual({ strongest: ['xixin'], weakest: ['zhuanxin'], allEqual: false });
  });

  test('assessmentReportData is plain rows a PDF can lay out', () => {
    const report = assessmentReportData(assessmentResult(instrument, first, null));
    expect(report.rows).toEqual([
      { heart: '专心', score: 0, previous: null, change: '无上次记录' },
      { heart: '真心', score: 25, previous: null, change: '无上次记录' },
      { heart: '诚心', score: 50, previous: null, change: '无上次记录' },
      { heart: '善心', score: 75, previous: null, change: '无上次记录' },
      { heart: '细心', score: 100, previous: null, change: '无上次记录' },
    ]);
    expect(report.strongest.map((f) => f.heart)).toEqual(['细心']);
    expect(report.weakest[0]?.advice.length).toBeGreaterThanOrEqual(2);
    expect(report.weakest[0]?.links[0]?.href).toMatch(/^\/guide\//);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('the JSON export holds the report, every answer with its statement, and the history', () => {
    const history: Attempt[] = [first, second];
    const result = assessmentResult(instrument, second, first);
    const data = assessmentExport(instrument, result, history, '2026-06-01T09:00:00.000Z');
    expect(data).toMatchObject({ type: 'playbook.wuxin-self-assessment', schemaVersion: 1, exportedAt: '2026-06-01T09:00:00.000Z' });
    expect(data.answers).toHaveLength(statements.length);
    expect(data.answers[0]).toMatchObject({ statementId: 'zhuanxin-1', heart: '专心', answer: 5, answerLabel: '非常同意' });
    expect(data.history.map((h) => h.scores['专心'])).toEqual([0, 100]);
    expect(exportFilename(new Date(2026, 5, 1, 9, 0))).toBe('五心自评-2026-06-01.json');
  });
});

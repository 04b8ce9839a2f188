import { afterEach, describe, expect, test } from 'vitest';
import { visitReadiness } from '../../../src/domain/development-file/visit-readiness';
import { TALKING_POINTS, VISIT_MATERIALS, visitSchema } from '../../../src/domain/development-file/schema';
import { encodeHistory, type QuizResult } from '../../../src/domain/quiz/history';
import {
  createQuizResultsStore,
  latestReadinessResult,
  QUIZ_RESULTS_KEY,
  recordQuizResult,
  setQuizResultsEngine,
} from '../../../src/stores/quiz-results';
import { createMemoryEngine, type StorageEngine } from '../../../src/stores/storage-engine';

const T0 = '2026-11-27T09:00:00.000Z';
const now = () => new Date(T0);
const BACKUP = `playbook:backup:${QUIZ_RESULTS_KEY}:${T0}`;
const result = (quiz: string, at: string, passed = true): QuizResult => ({ quiz, at, correct: passed ? 9 : 5, total: 10, percent: passed ? 90 : 50, passed });
const backups = (engine: StorageEngine) => engine.keys().filter((k) => k.startsWith('playbook:backup:'));

afterEach(() => {
  setQuizResultsEngine(createMemoryEngine());
});

describe('the quiz results store', () => {
  test('records results and keeps them for the next page', () => {
    const engine = createMemoryEngine();
    const store = createQuizResultsStore(engine, now);
    expect(store.$results.get()).toEqual([]);
    expect(store.record(result('4-1', T0))).toBe(true);
    store.dispose();
    const again = createQuizResultsStore(engine, now);
    expect(again.$results.get()).toEqual([result('4-1', T0)]);
    expect(again.$problem.get()).toBeNull();
  });

  test.each([
    ['bad JSON', '{"version":1,"results":[{"quiz":'],
    ['plain text', 'hello'],
    ['a bare list', '[1,2,3]'],
  ])('%s: the raw text is backed up verbatim, nothing throws, the history restarts', (_, raw) => {
    const engine = createMemoryEngine();
    engine.setItem(QUIZ_RESULTS_KEY, raw);
    const store = createQuizResultsStore(engine, now);
    expect(engine.getItem(BACKUP)).toBe(raw);
    expect(store.$results.get()).toEqual([]);
    expect(store.$problem.get()).toEqual({ kind: 'backed-up', backupKey: BACKUP, dropped: null });
    expect(store.record(result('4-1', T0))).toBe(true);
    expect(engine.getItem(BACKUP)).toBe(raw);
    expect(createQuizResultsStore(engine, now).$results.get()).toEqual([result('4-1', T0)]);
  });

  test('readable text with some broken entries: the good ones load, the raw text is backed up first', () => {
    const engine = createMemoryEngine();
    const good = result('4-2', T0);
    const raw = JSON.stringify({ version: 1, results: [good, { quiz: '4-2' }] });
    engine.setItem(QUIZ_RESULTS_KEY, raw);
    const store = createQuizResultsStore(engine, now);
    expect(store.$results.get()).toEqual([good]);
    expect(engine.getItem(BACKUP)).toBe(raw);
    expect(store.$problem.get()).toMatchObject({ kind: 'backed-up', dropped: 1 });
    expect(engine.getItem(QUIZ_RESULTS_KEY)).toBe(encodeHistory([good]));
  });

  test('the same broken text is backed up once, however often the page loads', () => {
    const engine = createMemoryEngine();
    engine.setItem(QUIZ_RESULTS_KEY, 'hello');
    createQuizResultsStore(engine, now).dispose();
    engine.setItem(QUIZ_RESULTS_KEY, 'hello');
    createQuizResultsStore(engine, () => new Date('2026-11-28T09:00:00.000Z')).dispose();
    expect(backups(engine)).toEqual([BACKUP]);
  });

  test('with no room for a backup, the unreadable text is kept and new results stay in memory', () => {
    const engine = createMemoryEngine();
    engine.setItem(QUIZ_RESULTS_KEY, 'hello');
    engine.setQuota(engine.usedBytes());
    const store = createQuizResultsStore(engine, now);
    expect(store.$problem.get()).toEqual({ kind: 'unreadable-kept' });
    expect(store.record(result('4-1', T0))).toBe(false);
    expect(store.$results.get()).toEqual([result('4-1', T0)]);
    expect(engine.getItem(QUIZ_RESULTS_KEY)).toBe('hello');
  });

  test('a history from a newer version of the site is left untouched', () => {
    const engine = createMemoryEngine();
    const raw = '{"version":2,"results":[{"anything":true}]}';
    engine.setItem(QUIZ_RESULTS_KEY, raw);
    const store = createQuizResultsStore(engine, now);
    expect(store.$problem.get()).toEqual({ kind: 'newer' });
    store.record(result('4-1', T0));
    expect(engine.getItem(QUIZ_RESULTS_KEY)).toBe(raw);
    expect(backups(engine)).toEqual([]);
  });

  test('a full storage: the result stays on the page and the problem is reported', () => {
    const engine = createMemoryEngine();
    const store = createQuizResultsStore(engine, now);
    engine.setQuota(engine.usedBytes());
    expect(store.record(result('4-1', T0))).toBe(false);
    expect(store.$results.get()).toHaveLength(1);
    expect(store.$problem.get()).toEqual({ kind: 'not-saved' });
  });

  test('no storage at all (blocked): works in memory and says so', () => {
    const store = createQuizResultsStore(null, now);
    expect(store.$problem.get()).toEqual({ kind: 'unavailable' });
    expect(store.record(result('4-1', T0))).toBe(false);
    expect(store.$results.get()).toHaveLength(1);
  });

  test('two tabs: a result saved in one is not lost by a save in the other, and each hears the other', () => {
    const tab1 = createMemoryEngine();
    const tab2 = tab1.openTab();
    const a = createQuizResultsStore(tab1, now);
    const b = createQuizResultsStore(tab2, now);
    a.record(result('4-1', '2026-11-27T09:00:00.000Z'));
    b.record(result('4-2', '2026-11-27T09:01:00.000Z'));
    expect(a.$results.get().map((r) => r.quiz).sort()).toEqual(['4-1', '4-2']);
    expect(b.$results.get().map((r) => r.quiz).sort()).toEqual(['4-1', '4-2']);
  });
});

describe('latestReadinessResult', () => {
  test('gives the latest readiness result within 30 days, for visitReadiness', () => {
    const engine = createMemoryEngine();
    engine.setItem(QUIZ_RESULTS_KEY, encodeHistory([result('readiness', '2026-11-20T08:00:00.000Z', false)]));
    setQuizResultsEngine(engine);
    const n = new Date('2026-11-27T09:00:00.000Z');
    expect(latestReadinessResult(n)).toMatchObject({ passed: false });
    recordQuizResult(result('readiness', '2026-11-27T08:00:00.000Z', true));
    const latest = latestReadinessResult(n);
    expect(latest?.passed).toBe(true);
    expect(latest?.takenOn).toMatch(/^2026-11-2[78]$/);
    expect(latestReadinessResult(new Date('2027-01-15T00:00:00.000Z'))).toBeNull();
  });

  test('plugs into visitReadiness: a recent pass completes the preparation, a fail leaves the quiz item missing', () => {
    const visit = visitSchema.parse({
      id: 'v1',
      research: { strength: '实力', sales: '销售', relationships: '关系', character: '性格' },
      materials: [...VISIT_MATERIALS],
      appearanceReady: true,
      mindsetReady: true,
      talkingPoints: [...TALKING_POINTS],
    });
    const n = new Date('2026-11-27T09:00:00.000Z');
    const store = setQuizResultsEngine(createMemoryEngine());
    expect(visitReadiness(visit, latestReadinessResult(n)).missing.map((i) => i.id)).toEqual(['quiz']);
    store.record(result('readiness', '2026-11-26T09:00:00.000Z', false));
    expect(visitReadiness(visit, latestReadinessResult(n)).missing.map((i) => i.id)).toEqual(['quiz']);
    store.record(result('readiness', '2026-11-27T08:00:00.000Z', true));
    expect(visitReadiness(visit, latestReadinessResult(n)).score).toBe(100);
  });

  test('is null when nothing was taken', () => {
    setQuizResultsEngine(createMemoryEngine());
    expect(latestReadinessResult(new Date())).toBeNull();
  });
});

/**
 * The results history (date, score, passed per attempt) as stored text, and
 * what the pages ask of it. Decoding never throws: it says whether the text
 * was readable, so the store can back up what it cannot read before resetting.
 *
 * Stored shape (key playbook:quiz-results):
 *   {"version":1,"results":[{"quiz":"4-3","at":"<ISO>","correct":6,"total":9,"percent":66,"passed":false}, …]}
 */
import { calendarDateIn } from '../exchange/dates';
import { READINESS_QUIZ_SLUG } from './quizzes';

export const HISTORY_VERSION = 1;
/** Older attempts of a quiz beyond this many are dropped: the page shows the recent ones. */
export const HISTORY_LIMIT_PER_QUIZ = 20;
/** A readiness-quiz result counts for the visit preparation for this long. */
export const READINESS_VALID_DAYS = 30;

export interface QuizResult {
  /** A quiz slug; kept as text so results of a quiz removed later still read. */
  quiz: string;
  /** When the attempt finished, ISO time. */
  at: string;
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
}

export type DecodedHistory =
  | { status: 'empty' | 'ok'; results: QuizResult[] }
  /** Readable, but some entries were not results: they are left out (the caller backs up the raw text). */
  | { status: 'repaired'; results: QuizResult[]; dropped: number }
  | { status: 'unreadable'; results: [] }
  /** Written by a newer version of the site: read nothing, overwrite nothing. */
  | { status: 'newer'; results: []; version: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function asResult(v: unknown): QuizResult | null {
  if (!isObject(v)) return null;
  const { quiz, at, correct, total, percent, passed } = v;
  if (typeof quiz !== 'string' || quiz === '' || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (!isCount(correct) || !isCount(total) || total === 0 || correct > total) return null;
  if (!isCount(percent) || percent > 100 || typeof passed !== 'boolean') return null;
  return { quiz, at, correct, total, percent, passed };
}

export function decodeHistory(raw: string | null): DecodedHistory {
  if (raw === null) return { status: 'empty', results: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', results: [] };
  }
  if (!isObject(value) || typeof value['version'] !== 'number' || !Array.isArray(value['results'])) {
    return { status: 'unreadable', results: [] };
  }
  const version = value['version'];
  if (version > HISTORY_VERSION) return { status: 'newer', results: [], version };
  if (version !== HISTORY_VERSION) return { status: 'unreadable', results: [] };
  const entries: unknown[] = value['results'];
  const results = entries.map(asResult).filter((r): r is QuizResult => r !== null);
  const dropped = entries.length - results.length;
  return dropped > 0 ? { status: 'repaired', results, dropped } : { status: 'ok', results };
}

export function encodeHistory(results: readonly QuizResult[]): string {
  return JSON.stringify({ version: HISTORY_VERSION, results });
}

const byTime = (a: QuizResult, b: QuizResult) => Date.parse(a.at) - Date.parse(b.at);

/** Adds a result, keeping the newest HISTORY_LIMIT_PER_QUIZ of its quiz. */
export function withResult(results: readonly QuizResult[], result: QuizResult): QuizResult[] {
  const same = [...results.filter((r) => r.quiz === result.quiz), result].sort(byTime);
  const dropped = new Set(same.slice(0, Math.max(0, same.length - HISTORY_LIMIT_PER_QUIZ)));
  return [...results, result].filter((r) => !dropped.has(r));
}

/** A quiz's results, newest first. */
export function resultsFor(results: readonly QuizResult[], quiz: string): QuizResult[] {
  return results.filter((r) => r.quiz === quiz).sort((a, b) => byTime(b, a));
}

export function latestResult(results: readonly QuizResult[], quiz: string): QuizResult | null {
  return resultsFor(results, quiz)[0] ?? null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The latest readiness-quiz result taken in the READINESS_VALID_DAYS before
 * `now`, as the visit preparation wants it (takenOn: local date YYYY-MM-DD).
 * A result dated after `now` (a clock set back) is not counted.
 */
export function recentReadiness(
  results: readonly QuizResult[],
  now: Date,
  timeZone?: string,
): { passed: boolean; takenOn: string } | null {
  const latest = resultsFor(results, READINESS_QUIZ_SLUG).find((r) => {
    const age = now.getTime() - Date.parse(r.at);
    return age >= 0 && age <= READINESS_VALID_DAYS * DAY_MS;
  });
  return latest ? { passed: latest.passed, takenOn: calendarDateIn(latest.at, timeZone) } : null;
}

/**
 * What the self-assessment keeps in the browser, and how stored text is read
 * back. Decoding never throws: it returns what could be read and whether that
 * was all of it (`clean`), so the store can back up the raw text before it
 * writes anything over it.
 *
 *   playbook:assessment:progress  {"version":1,"answers":{"zhuanxin-1":4,…},"position":7,
 *                                  "startedAt":"<ISO>","updatedAt":"<ISO>"}
 *   playbook:assessment:history   {"version":1,"attempts":[{"completedAt":"<ISO>",
 *                                  "answers":{…},"scores":{"zhuanxin":75,…},"overall":70},…]}
 *
 * Attempts keep their scores as computed when they were taken, so the history
 * and the trend stay what the rep saw even if the statements change later.
 * A different `version` is not read (it is backed up like broken text).
 */
import { isHeartId, type HeartId } from './hearts';
import { STATEMENT_ID_PATTERN } from './instrument';
import { isAnswer, type Answer } from './scale';

export const RECORD_VERSION = 1;
/** Oldest attempts beyond this are dropped, so the history cannot fill the storage. */
export const MAX_ATTEMPTS = 100;

export type AnswerMap = Record<string, Answer>;

export interface Progress {
  answers: AnswerMap;
  /** Index of the question on screen, in questionOrder(). */
  position: number;
  startedAt: string;
  updatedAt: string;
}

export interface Attempt {
  completedAt: string;
  answers: AnswerMap;
  scores: Partial<Record<HeartId, number | null>>;
  overall: number | null;
}

export interface Decoded<T> {
  value: T;
  /** False when anything stored had to be dropped or the text was unreadable. */
  clean: boolean;
}

export function encodeProgress(progress: Progress): string {
  return JSON.stringify({ version: RECORD_VERSION, ...progress });
}

export function encodeHistory(attempts: readonly Attempt[]): string {
  return JSON.stringify({ version: RECORD_VERSION, attempts });
}

export function decodeProgress(raw: string | null): Decoded<Progress | null> {
  if (raw === null) return { value: null, clean: true };
  const data = parseRecord(raw);
  if (!data) return { value: null, clean: false };
  const answers = decodeAnswers(data['answers']);
  const { position, startedAt, updatedAt } = data;
  const positionOk = Number.isInteger(position) && (position as number) >= 0;
  const datesOk = isIsoTime(startedAt) && isIsoTime(updatedAt);
  if (!answers.value || !datesOk) return { value: null, clean: false };
  return {
    value: {
      answers: answers.value,
      position: positionOk ? (position as number) : 0,
      startedAt: startedAt as string,
      updatedAt: updatedAt as string,
    },
    clean: answers.clean && positionOk,
  };
}

export function decodeHistory(raw: string | null): Decoded<Attempt[]> {
  if (raw === null) return { value: [], clean: true };
  const data = parseRecord(raw);
  if (!data || !Array.isArray(data['attempts'])) return { value: [], clean: false };
  const attempts: Attempt[] = [];
  let clean = true;
  for (const item of data['attempts'] as unknown[]) {
    const attempt = decodeAttempt(item);
    if (attempt) attempts.push(attempt);
    else clean = false;
  }
  attempts.sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  if (attempts.length > MAX_ATTEMPTS) clean = false;
  return { value: attempts.slice(-MAX_ATTEMPTS), clean };
}

/** Our envelope at the version this code writes, as a plain object; otherwise null. */
function parseRecord(raw: string): Record<string, unknown> | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isPlainObject(data) || data['version'] !== RECORD_VERSION) return null;
  return data;
}

function decodeAttempt(item: unknown): Attempt | null {
  if (!isPlainObject(item) || !isIsoTime(item['completedAt'])) return null;
  const answers = decodeAnswers(item['answers']);
  const overall = item['overall'];
  if (!answers.value || !answers.clean || !isScoreOrNull(overall) || !isPlainObject(item['scores'])) return null;
  const scores: Partial<Record<HeartId, number | null>> = {};
  for (const [key, value] of Object.entries(item['scores'])) {
    if (!isHeartId(key) || !isScoreOrNull(value)) return null;
    scores[key] = value;
  }
  return { completedAt: item['completedAt'], answers: answers.value, scores, overall };
}

function decodeAnswers(value: unknown): Decoded<AnswerMap | null> {
  if (!isPlainObject(value)) return { value: null, clean: false };
  const out: AnswerMap = {};
  let clean = true;
  for (const [id, answer] of Object.entries(value)) {
    if (STATEMENT_ID_PATTERN.test(id) && isAnswer(answer)) out[id] = answer;
    else clean = false;
  }
  return { value: out, clean };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScoreOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100);
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value));
}

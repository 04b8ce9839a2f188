/**
 * The JSON a rep downloads: the latest result as report rows, every answer of
 * the latest attempt with its statement, and the history of attempts.
 */
import { isHeartId } from './hearts';
import type { Instrument } from './instrument';
import type { Attempt } from './records';
import { assessmentReportData, type AssessmentReportData } from './report';
import type { AssessmentResult } from './result';
import { SCALE } from './scale';

export const EXPORT_TYPE = 'playbook.wuxin-self-assessment';
export const EXPORT_VERSION = 1;

export interface AssessmentExport {
  type: typeof EXPORT_TYPE;
  schemaVersion: number;
  exportedAt: string;
  report: AssessmentReportData;
  answers: { statementId: string; heart: string; text: string; reverse: boolean; answer: number; answerLabel: string }[];
  history: { completedAt: string; overall: number | null; scores: Record<string, number | null> }[];
}

export function assessmentExport(
  instrument: Instrument,
  result: AssessmentResult,
  history: readonly Attempt[],
  exportedAt: string,
): AssessmentExport {
  const latest = history.find((a) => a.completedAt === result.completedAt);
  const answers = instrument.hearts.flatMap((heart) =>
    heart.statements.flatMap((s) => {
      const answer = latest?.answers[s.id];
      if (answer === undefined) return [];
      const answerLabel = SCALE.find((o) => o.value === answer)?.label ?? '';
      return [{ statementId: s.id, heart: heart.name, text: s.text, reverse: s.reverse, answer, answerLabel }];
    }),
  );
  const names = new Map(instrument.hearts.map((h) => [h.id, h.name]));
  return {
    type: EXPORT_TYPE,
    schemaVersion: EXPORT_VERSION,
    exportedAt,
    report: assessmentReportData(result),
    answers,
    history: history.map((a) => ({
      completedAt: a.completedAt,
      overall: a.overall,
      scores: Object.fromEntries(Object.entries(a.scores).map(([id, score]) => [(isHeartId(id) && names.get(id)) || id, score ?? null])),
    })),
  };
}

/** `五心自评-2026-05-01.json`, dated in the rep's local time. */
export function exportFilename(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `五心自评-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

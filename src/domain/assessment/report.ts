/**
 * The function boundary for reports: a result as plain rows of text and
 * numbers, with no markup, so the JSON export today and the one-page PDF
 * later render the same content.
 */
import type { AssessmentResult, ResultRow } from './result';

export interface ReportHeartRow {
  heart: string;
  score: number | null;
  previous: number | null;
  change: string;
}

export interface ReportFocus {
  heart: string;
  score: number | null;
  advice: string[];
  links: { label: string; href: string }[];
}

export interface AssessmentReportData {
  title: string;
  completedAt: string;
  overall: number | null;
  overallChange: string;
  rows: ReportHeartRow[];
  strongest: ReportFocus[];
  weakest: ReportFocus[];
  /** Set when every heart scored the same, so there is no strongest or weakest. */
  allEqual: boolean;
}

export function assessmentReportData(result: AssessmentResult): AssessmentReportData {
  const byId = new Map(result.rows.map((r) => [r.id, r]));
  const focus = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id as ResultRow['id'])).filter((r): r is ResultRow => r !== undefined).map(toFocus);
  return {
    title: '五心自评报告',
    completedAt: result.completedAt,
    overall: result.overall,
    overallChange: result.overallTrend.text,
    rows: result.rows.map((r) => ({ heart: r.name, score: r.score, previous: r.previous, change: r.trend.text })),
    strongest: focus(result.highlights.strongest),
    weakest: focus(result.highlights.weakest),
    allEqual: result.highlights.allEqual,
  };
}

function toFocus(row: ResultRow): ReportFocus {
  return { heart: row.name, score: row.score, advice: [...row.advice], links: row.links.map((l) => ({ ...l })) };
}

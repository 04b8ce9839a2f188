/**
 * CSV for Excel and WPS: RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM
 * without which Excel on Windows reads Chinese as mojibake.
 *
 * Cells are data, never formulas: a text cell starting with = + - @ tab or CR
 * gets a leading apostrophe, so a customer named "=HYPERLINK(…)" cannot run
 * in the manager's spreadsheet (OWASP "CSV injection").
 */
import type { DevelopmentFile, StageId } from '../development-file/schema';
import { stageInfo } from '../development-file/stages';
import { calendarDateIn } from './dates';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** On by default: Excel needs it to detect UTF-8. */
  bom?: boolean;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return options.bom === false ? body : `\uFEFF${body}`;
}

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? neutralizeFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

// ── 4.2.1 潜在客户名录 ─────────────────────────────────────────────────────
export const POTENTIAL_CUSTOMER_COLUMNS = [
  '客户名称',
  '地区',
  '行业',
  '客户类型',
  '来源渠道',
  '阶段',
  '负责业务',
  '创建日期',
  '报备营销部长日期',
] as const;

/** Prospects not yet applied for: still being evaluated or surveyed. */
/** The stages whose files make up the 潜在客户名录 (4.2.1). */
export const LISTED_STAGES: ReadonlySet<StageId> = new Set<StageId>(['evaluation', 'survey']);

export interface PotentialCustomerListOptions {
  /** Time zone of 创建日期; the runtime's by default. */
  timeZone?: string;
}

/** The 潜在客户名录 (4.2.1) reported to the 营销部长, oldest file first. */
export function potentialCustomerListCsv(files: readonly DevelopmentFile[], options: PotentialCustomerListOptions = {}): string {
  const listed = files
    .filter((file) => LISTED_STAGES.has(file.stage))
    .toSorted((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const rows = listed.map((file) => [
    file.customer.name,
    file.customer.region,
    file.customer.industry,
    file.customer.type,
    file.customer.sourceChannel,
    stageInfo(file.stage).label,
    file.owner,
    calendarDateIn(file.createdAt, options.timeZone),
    file.survey.reportedToManagerAt ?? '',
  ]);
  return toCsv([POTENTIAL_CUSTOMER_COLUMNS, ...rows]);
}

export function potentialCustomerListFilename(date: string): string {
  return `潜在客户名录-${date}.csv`;
}

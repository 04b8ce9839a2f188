/**
 * 新客户开发进度报表 (4.4.6) as CSV, for the 营销部长's spreadsheet: the same
 * rows, order and columns as the PDF (one builder, progress-report.ts), written
 * with the exchange's CSV rules (RFC 4180, CRLF, UTF-8 BOM, formulas
 * neutralised). A cell keeps its line breaks inside quotes, as Excel and WPS
 * read them.
 */
import { PROGRESS_COLUMNS, PROGRESS_REPORT_TITLE, progressRow, sortForReport } from '../documents/progress-report';
import type { DevelopmentFile } from '../development-file/schema';
import type { ActiveRules } from '../settings/company-settings';
import { toCsv } from '../exchange/csv';

/** The report's rows (without the header), in the order the PDF prints them. */
export function progressReportRows(files: readonly DevelopmentFile[], today: string, rules?: ActiveRules): string[][] {
  return sortForReport(files).map((file) =>
    progressRow(
      file,
      today,
      files.filter((other) => other.id !== file.id),
      rules,
    ),
  );
}

export function progressReportCsv(files: readonly DevelopmentFile[], today: string, rules?: ActiveRules): string {
  return toCsv([PROGRESS_COLUMNS, ...progressReportRows(files, today, rules)]);
}

export function progressReportCsvFilename(count: number, today: string): string {
  return `${PROGRESS_REPORT_TITLE}-${count}份-${today}.csv`;
}

export { PROGRESS_COLUMNS, PROGRESS_REPORT_TITLE };

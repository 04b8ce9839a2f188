import { describe, expect, test } from 'vitest';
import { developmentFileSchema } from '../../../src/domain/development-file/schema';
import { PROGRESS_COLUMNS, progressRow, sortForReport } from '../../../src/domain/documents/progress-report';
import { progressReportCsv, progressReportCsvFilename, progressReportRows } from '../../../src/domain/review/progress-report-csv';
import { parseCsv } from '../../helpers/csv';
import { typicalCompleteFile } from '../../helpers/typical-file';
import { blankFile } from '../development-file/fixtures';

const TODAY = '2026-11-27';

function files() {
  return [
    typicalCompleteFile('t1'),
    developmentFileSchema.parse({ ...blankFile('b1', '=HYPERLINK("http://x","点我")'), owner: '李娜', stage: 'survey' }),
    developmentFileSchema.parse({ ...blankFile('b2', '青岛北方重工, "北方"\n有限公司'), owner: '+王强' }),
  ];
}

describe('progressReportCsv', () => {
  test('BOM, CRLF records, the PDF report columns and rows in the PDF order', () => {
    const csv = progressReportCsv(files(), TODAY);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...PROGRESS_COLUMNS]);
    expect(rows).toHaveLength(4);
    const expected = sortForReport(files()).map((f) => progressRow(f, TODAY, files().filter((o) => o.id !== f.id)));
    expect(rows.slice(1).map((row) => row.map((cell) => cell.replace(/^'/, '')))).toEqual(expected);
  });

  test('each cell whole: commas, quotes and line breaks stay in their cell', () => {
    const rows = parseCsv(progressReportCsv(files(), TODAY));
    const row = rows.find((r) => r[0]?.includes('青岛北方重工'));
    expect(row?.[0]).toBe('青岛北方重工, "北方"\n有限公司');
    expect(row).toHaveLength(PROGRESS_COLUMNS.length);
    // The typical file's evaluation cell carries a line break, as in the PDF.
    expect(rows.find((r) => r[0] === '华东精密机械有限公司')?.[3]).toBe('70 分\n推荐');
  });

  test('formulas are neutralised in every text cell', () => {
    const rows = parseCsv(progressReportCsv(files(), TODAY));
    expect(rows.some((r) => r[0] === `'=HYPERLINK("http://x","点我")`)).toBe(true);
    expect(rows.some((r) => r[1] === `'+王强`)).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('sorted by rep, then stage, then customer (the PDF order)', () => {
    const rows = progressReportRows(files(), TODAY);
    expect(rows.map((r) => r[1])).toEqual(sortForReport(files()).map((f) => f.owner.trim()));
  });

  test('no files: the header alone', () => {
    expect(parseCsv(progressReportCsv([], TODAY))).toEqual([[...PROGRESS_COLUMNS]]);
  });

  test('file name', () => {
    expect(progressReportCsvFilename(3, TODAY)).toBe('新客户开发进度报表-3份-2026-11-27.csv');
  });
});

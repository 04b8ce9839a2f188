import { useMemo, useState } from 'react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import {
  PROGRESS_COLUMNS,
  progressReportCsv,
  progressReportCsvFilename,
  progressReportRows,
} from '../../domain/review/progress-report-csv';
import { progressReportPdf } from '../../export/pdf/client';
import { ClauseLink } from '../forms/ClauseLink';
import { CSV_TYPE, downloadText } from '../files/download';
import { exportAndDownload } from '../files/exporting';
import { PdfStatus, usePdfExport } from '../files/PdfExport';
import { $fileList } from '../../stores/development-files';
import { useRules } from '../settings/use-rules';

/**
 * 新客户开发进度报表 (4.4.6) over every file in this browser: the table the
 * PDF prints, and the same report as PDF, CSV or the files themselves (JSON).
 */
export function ProgressReportSection({ files, today }: { files: readonly DevelopmentFile[]; today: string }) {
  const rules = useRules();
  const rows = useMemo(() => progressReportRows(files, today, rules), [files, today, rules]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const pdf = usePdfExport();
  const none = files.length === 0;

  const csv = () => {
    const filename = progressReportCsvFilename(files.length, today);
    downloadText(filename, progressReportCsv(files, today, rules), CSV_TYPE);
    setMessage({ text: `已导出 ${filename}（${files.length} 份档案），可用 Excel 或 WPS 打开。`, error: false });
  };
  const json = () => {
    const outcome = exportAndDownload($fileList.get());
    setMessage({ text: outcome.message, error: outcome.tooLarge });
  };

  return (
    <section className="panel review-report" aria-labelledby="report-title">
      <h2 id="report-title">新客户开发进度报表</h2>
      <p>
        本浏览器中全部 {files.length} 份开发档案的进展、成绩和问题，按业务员、阶段排列。 <ClauseLink clause="4.4.6" />
      </p>
      <fieldset className="export-controls">
        <legend>导出进度报表</legend>
        <div className="button-row">
          <button type="button" disabled={none || pdf.working} onClick={() => void pdf.run(() => progressReportPdf(files, { today, rules }))}>
            进度报表 PDF
          </button>
          <button type="button" disabled={none} onClick={csv}>
            进度报表 CSV
          </button>
          <button type="button" disabled={none} onClick={json}>
            全部档案 JSON
          </button>
        </div>
        <p className={message?.error ? 'status-line is-error' : 'status-line'} role="status">
          {message?.text}
        </p>
        <PdfStatus status={pdf.status} />
      </fieldset>
      {none ? (
        <p className="empty-state">导入档案后，这里会列出进度报表。</p>
      ) : (
        <div className="table-scroll review-table-wrap">
          <table className="data review-table report-table">
            <caption className="visually-hidden">新客户开发进度报表（{rows.length} 份）</caption>
            <thead>
              <tr>
                {PROGRESS_COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="cell-name">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} data-label={PROGRESS_COLUMNS[i]}>
                        {cell === '' ? '—' : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

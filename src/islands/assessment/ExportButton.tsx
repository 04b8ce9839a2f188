/**
 * Downloads the result as JSON, entirely in the browser (Blob, object URL on
 * this origin, <a download>). PdfButton makes the one-page PDF of the same data.
 */
import { useState } from 'react';
import { assessmentExport, exportFilename } from '../../domain/assessment/export';
import type { Instrument } from '../../domain/assessment/instrument';
import type { Attempt } from '../../domain/assessment/records';
import type { AssessmentResult } from '../../domain/assessment/result';
import { downloadText, JSON_TYPE } from '../files/download';

interface Props {
  instrument: Instrument;
  result: AssessmentResult;
  history: readonly Attempt[];
}

export function ExportButton({ instrument, result, history }: Props) {
  const [status, setStatus] = useState('');
  const exportJson = () => {
    const now = new Date();
    const filename = exportFilename(now);
    const data = assessmentExport(instrument, result, history, now.toISOString());
    downloadText(filename, `${JSON.stringify(data, null, 2)}\n`, JSON_TYPE);
    setStatus(`已导出 ${filename}。`);
  };
  return (
    <>
      <button type="button" onClick={exportJson}>
        导出结果（JSON）
      </button>
      <span className="status-line" role="status">
        {status}
      </span>
    </>
  );
}

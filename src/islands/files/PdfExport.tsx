/**
 * What the PDF export buttons share (WorkspacePdfButtons, ProgressReportPdf):
 * one export at a time, its progress and outcome in Chinese. The PDF code
 * (src/export/pdf/) and its font load only when a button is pressed: the
 * small client starts the PDF worker then.
 */
import { useRef, useState } from 'react';
import { downloadPdf, PdfError, type PdfResult } from '../../export/pdf/client';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string; missing: readonly string[] }
  | { kind: 'error'; message: string };

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Runs one export at a time and says how it went, in Chinese. */
export function usePdfExport() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = useRef(false);

  const run = async (make: () => Promise<PdfResult>) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'working' });
    try {
      const result = await make();
      downloadPdf(result);
      setStatus({
        kind: 'done',
        message: `已生成 ${result.filename}（${result.pageCount} 页，${sizeText(result.bytes.length)}）。`,
        missing: result.missingCharacters,
      });
    } catch (error) {
      const message =
        error instanceof PdfError && error.reason !== 'other'
          ? `${error.message}。`
          : `生成 PDF 失败：${error instanceof Error ? error.message : String(error)}。请重试。`;
      setStatus({ kind: 'error', message });
    } finally {
      busy.current = false;
    }
  };

  return { status, run, working: status.kind === 'working' };
}

export function PdfStatus({ status }: { status: Status }) {
  return (
    <>
      <p className={status.kind === 'error' ? 'status-line is-error' : 'status-line'} role="status">
        {status.kind === 'working' && '正在生成 PDF…'}
        {status.kind === 'done' && status.message}
        {status.kind === 'error' && status.message}
      </p>
      {status.kind === 'done' && status.missing.length > 0 && (
        <div className="notice notice-warning" role="alert">
          <p>
            字体中没有下列 {status.missing.length} 个字符，PDF 中以“□”代替，请核对原文：
            {status.missing.join('、')}
          </p>
        </div>
      )}
    </>
  );
}

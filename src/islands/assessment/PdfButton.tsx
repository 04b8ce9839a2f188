/**
 * The one-page PDF of a 五心自评 result. The PDF code, HarfBuzz and the font
 * load only on click (client.ts starts the PDF worker then).
 */
import { useState } from 'react';
import { assessmentReportData } from '../../domain/assessment/report';
import { assessmentReportSpec } from '../../domain/assessment/report-spec';
import type { AssessmentResult } from '../../domain/assessment/result';
import { downloadPdf, PdfError, renderReport } from '../../export/pdf/client';
import { todayLocal } from '../files/local-time';

export function PdfButton({ result }: { result: AssessmentResult }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const exportPdf = async () => {
    setBusy(true);
    setStatus('正在生成 PDF…');
    try {
      const pdf = await renderReport(assessmentReportSpec(assessmentReportData(result), todayLocal(new Date(result.completedAt))));
      downloadPdf(pdf);
      setStatus(
        pdf.missingCharacters.length
          ? `已导出 ${pdf.filename}。以下字符字体无法显示，已用 □ 代替：${pdf.missingCharacters.join(' ')}`
          : `已导出 ${pdf.filename}。`,
      );
    } catch (error) {
      setStatus(error instanceof PdfError ? error.message : '生成 PDF 失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={exportPdf} disabled={busy}>
        导出报告（PDF）
      </button>
      <span className="status-line" role="status">
        {status}
      </span>
    </>
  );
}

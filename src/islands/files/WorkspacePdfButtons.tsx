import type { DevelopmentFile } from '../../domain/development-file/schema';
import { applicationPdf, fullFilePdf } from '../../export/pdf/client';
import { todayLocal } from './local-time';
import { PdfStatus, usePdfExport } from './PdfExport';
import { useRules } from '../settings/use-rules';

/** In the workspace: the file's application form and the whole file. */
export function WorkspacePdfButtons({
  file,
  signatureMarks,
}: {
  file: DevelopmentFile;
  /** 签名审批: each record's check, printed with it. */
  signatureMarks?: Readonly<Record<string, string>> | undefined;
}) {
  const { status, run, working } = usePdfExport();
  const rules = useRules();
  const options = () => ({ today: todayLocal(), rules, ...(signatureMarks ? { signatureMarks } : {}) });
  return (
    <section className="pdf-export no-print" aria-label="导出 PDF">
      <div className="button-row">
        <span className="pdf-export-label">导出 PDF：</span>
        <button type="button" disabled={working} onClick={() => void run(() => applicationPdf(file, options()))}>
          申请表 PDF
        </button>
        <button type="button" disabled={working} onClick={() => void run(() => fullFilePdf(file, options()))}>
          完整档案 PDF
        </button>
      </div>
      <PdfStatus status={status} />
    </section>
  );
}

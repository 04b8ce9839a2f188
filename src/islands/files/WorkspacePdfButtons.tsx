import type { DevelopmentFile } from '../../domain/development-file/schema';
import { applicationPdf, fullFilePdf } from '../../export/pdf/client';
import { todayLocal } from './local-time';
import { PdfStatus, usePdfExport } from './PdfExport';
import { useRules } from '../settings/use-rules';

/** In the workspace: the file's application form and the whole file. */
export function WorkspacePdfButtons({ file }: { file: DevelopmentFile }) {
  const { status, run, working } = usePdfExport();
  const rules = useRules();
  return (
    <section className="pdf-export no-print" aria-label="导出 PDF">
      <div className="button-row">
        <span className="pdf-export-label">导出 PDF：</span>
        <button type="button" disabled={working} onClick={() => void run(() => applicationPdf(file, { today: todayLocal(), rules }))}>
          申请表 PDF
        </button>
        <button type="button" disabled={working} onClick={() => void run(() => fullFilePdf(file, { today: todayLocal(), rules }))}>
          完整档案 PDF
        </button>
      </div>
      <PdfStatus status={status} />
    </section>
  );
}

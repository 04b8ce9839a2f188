import type { DevelopmentFile } from '../../domain/development-file/schema';
import { progressReportPdf } from '../../export/pdf/client';
import { todayLocal } from './local-time';
import { PdfStatus, usePdfExport } from './PdfExport';
import { useRules } from '../settings/use-rules';

/** On the list: 新客户开发进度报表 of the checked files, or of all. */
export function ProgressReportPdf({ files, selected }: { files: readonly DevelopmentFile[]; selected: ReadonlySet<string> }) {
  const { status, run, working } = usePdfExport();
  const rules = useRules();
  const chosen = files.filter((f) => selected.has(f.id));
  const report = (list: readonly DevelopmentFile[]) => void run(() => progressReportPdf(list, { today: todayLocal(), rules }));
  return (
    <fieldset className="export-controls pdf-export">
      <legend>新客户开发进度报表（PDF）</legend>
      <div className="button-row">
        <button type="button" disabled={working || chosen.length === 0} onClick={() => report(chosen)}>
          进度报表 PDF：所选（{chosen.length} 份）
        </button>
        <button type="button" disabled={working || files.length === 0} onClick={() => report(files)}>
          进度报表 PDF：全部（{files.length} 份）
        </button>
      </div>
      <PdfStatus status={status} />
    </fieldset>
  );
}

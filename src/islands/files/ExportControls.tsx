import { useEffect, useRef, useState } from 'react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { exportAndDownload, type ExportOutcome } from './exporting';
import { ProgressReportPdf } from './ProgressReportPdf';

/**
 * Export as JSON: the checked files or all of them; next to it, the
 * 进度报表 PDF of the same choice. 全选 acts on the files
 * shown (after search and filter), the way a rep narrows down what to send.
 */
export function ExportControls({
  files,
  selected,
  visibleIds,
  onSelectAll,
}: {
  files: readonly DevelopmentFile[];
  selected: ReadonlySet<string>;
  visibleIds: readonly string[];
  onSelectAll: (ids: readonly string[], selected: boolean) => void;
}) {
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const chosen = files.filter((f) => selected.has(f.id));
  const visibleChosen = visibleIds.filter((id) => selected.has(id)).length;
  const allVisible = visibleIds.length > 0 && visibleChosen === visibleIds.length;
  // "Some but not all": only settable from script.
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = visibleChosen > 0 && !allVisible;
  }, [visibleChosen, allVisible]);

  return (
    <>
      <fieldset className="export-controls">
        <legend>导出备份（JSON）</legend>
        <div className="choice">
          <input
            id="select-all-files"
            type="checkbox"
            ref={allRef}
            checked={allVisible}
            disabled={visibleIds.length === 0}
            onChange={(e) => onSelectAll(visibleIds, e.target.checked)}
          />
          <label htmlFor="select-all-files">全选当前显示的 {visibleIds.length} 份</label>
        </div>
        <div className="button-row">
          <button type="button" disabled={chosen.length === 0} onClick={() => setOutcome(exportAndDownload(chosen))}>
            导出所选（{chosen.length} 份）
          </button>
          <button type="button" className="button-primary" disabled={files.length === 0} onClick={() => setOutcome(exportAndDownload(files))}>
            导出全部（{files.length} 份）
          </button>
        </div>
        <p className={outcome?.tooLarge ? 'status-line is-error' : 'status-line'} role="status">
          {outcome?.message}
        </p>
      </fieldset>
      <ProgressReportPdf files={files} selected={selected} />
    </>
  );
}

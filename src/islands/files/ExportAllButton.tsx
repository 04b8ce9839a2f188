import { useState } from 'react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { exportAndDownload, type ExportOutcome } from './exporting';

/**
 * "导出全部" with its own status line, for the places that warn about the
 * storage (backup reminder, failed saves): the fix is offered where the
 * problem is read, and the result is reported there too.
 */
export function ExportAllButton({ files, label = '导出全部' }: { files: readonly DevelopmentFile[]; label?: string }) {
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  return (
    <>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={files.length === 0} onClick={() => setOutcome(exportAndDownload(files))}>
          {label}
        </button>
      </div>
      <p className={outcome?.tooLarge ? 'status-line is-error' : 'status-line'} role="status">
        {outcome?.message}
      </p>
    </>
  );
}

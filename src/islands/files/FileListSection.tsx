import { useMemo, useRef, useState } from 'react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { deleteFile, restoreDeletedFile } from '../../stores/development-files';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { ExportControls } from './ExportControls';
import { FileFilters } from './FileFilters';
import { FileTable } from './FileTable';
import { applyQuery, DEFAULT_QUERY, toRows, type FileRow, type ListQuery } from './list-model';
import { UndoBar, type UndoState } from './UndoBar';
import { useRules } from '../settings/use-rules';

/** The list of files with its search, selection for export, and delete with undo. */
export function FileListSection({
  files,
  counted = files,
  today,
}: {
  /** As stored: what is exported. */
  files: readonly DevelopmentFile[];
  /** As the rules count them (签名审批): what the rows say. */
  counted?: readonly DevelopmentFile[];
  today: string;
}) {
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pendingDelete, setPendingDelete] = useState<FileRow | null>(null);
  const [undo, setUndo] = useState<UndoState | null>(null);
  const deleteTrigger = useRef<HTMLButtonElement | null>(null);

  const rules = useRules();
  const rows = useMemo(() => toRows(counted, today, rules), [counted, today, rules]);
  const visible = useMemo(() => applyQuery(rows, query), [rows, query]);
  const visibleIds = useMemo(() => visible.map((r) => r.id), [visible]);

  const select = (ids: readonly string[], value: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (value) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const confirmDelete = () => {
    const row = pendingDelete;
    setPendingDelete(null);
    if (row === null) return;
    const deleted = deleteFile(row.id);
    select([row.id], false);
    if (deleted === null) return;
    setUndo({
      kind: 'deleted',
      name: row.name,
      undo: () => restoreDeletedFile(deleted),
    });
  };

  const cancelDelete = () => {
    setPendingDelete(null);
    if (deleteTrigger.current?.isConnected) deleteTrigger.current.focus();
  };

  const runUndo = () => {
    if (undo?.kind !== 'deleted') return;
    setUndo({ kind: undo.undo() ? 'restored' : 'failed', name: undo.name });
  };

  return (
    <section aria-labelledby="file-list-title" className="file-list">
      <h2 id="file-list-title">档案列表</h2>
      <UndoBar state={undo} onUndo={runUndo} onClose={() => setUndo(null)} />
      {files.length === 0 ? (
        <p className="empty-state">还没有开发档案。可以在上方新建，或在下方导入以前导出的档案（JSON 文件）。</p>
      ) : (
        <>
          <FileFilters query={query} onChange={setQuery} />
          <p className="status-line" role="status">
            {visible.length === files.length ? `共 ${files.length} 份档案。` : `找到 ${visible.length} 份，共 ${files.length} 份档案。`}
          </p>
          <ExportControls files={files} selected={selected} visibleIds={visibleIds} onSelectAll={select} />
          {visible.length === 0 ? (
            <div className="empty-state">
              <p>没有符合条件的档案。</p>
              <button type="button" onClick={() => setQuery(DEFAULT_QUERY)}>
                清除搜索和筛选
              </button>
            </div>
          ) : (
            <FileTable
              rows={visible}
              total={files.length}
              selected={selected}
              onSelect={(id, value) => select([id], value)}
              onDelete={(row, trigger) => {
                deleteTrigger.current = trigger;
                setPendingDelete(row);
              }}
            />
          )}
        </>
      )}
      <ConfirmDeleteDialog name={pendingDelete?.name ?? null} onConfirm={confirmDelete} onCancel={cancelDelete} />
    </section>
  );
}

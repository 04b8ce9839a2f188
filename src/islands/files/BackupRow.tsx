import { useLayoutEffect, useRef, useState } from 'react';
import { formatBytes } from '../../domain/exchange/import';
import type { BackupInfo } from '../../stores/development-files';
import { downloadBackup } from './backups';
import { formatDateTime } from './local-time';

export function backupOrigin(originalKey: string): string {
  return originalKey.startsWith('playbook:file:') ? `档案 ${originalKey.slice('playbook:file:'.length)}` : originalKey;
}

/** One backup: download, or remove after an inline confirmation that keeps keyboard focus in place. */
export function BackupRow({
  backup,
  onMessage,
  onRemove,
}: {
  backup: BackupInfo;
  onMessage: (message: string) => void;
  onRemove: (key: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The button that was pressed disappears, so focus moves to its replacement.
  useLayoutEffect(() => {
    if (!asked.current) return;
    (confirming ? confirmRef : removeRef).current?.focus();
  }, [confirming]);
  const toggle = (value: boolean) => {
    asked.current = true;
    setConfirming(value);
  };
  const origin = backupOrigin(backup.originalKey);
  return (
    <tr>
      <td>{origin}</td>
      <td>{formatDateTime(backup.at)}</td>
      <td>{formatBytes(backup.bytes)}</td>
      <td>
        <div className="button-row compact">
          <button
            type="button"
            aria-label={`下载${origin}的备份`}
            onClick={() => onMessage(downloadBackup(backup.key) ? `已下载${origin}的备份。` : '这份备份已不存在。')}
          >
            下载
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button-danger"
                ref={confirmRef}
                aria-label={`确认删除${origin}的备份`}
                onClick={() => onRemove(backup.key)}
              >
                确认删除
              </button>
              <button type="button" onClick={() => toggle(false)}>
                取消
              </button>
            </>
          ) : (
            <button type="button" className="button-danger" ref={removeRef} aria-label={`删除${origin}的备份`} onClick={() => toggle(true)}>
              删除
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

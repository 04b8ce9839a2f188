import { useEffect, useRef, useState } from 'react';
import { listBackups, removeBackup, type BackupInfo } from '../../stores/development-files';
import { BackupRow } from './BackupRow';

/**
 * The raw copies the store kept before dropping or replacing something. Never
 * removed automatically; removing one is offered because a full storage is
 * exactly when the user needs room (after downloading it).
 */
export function BackupList({ refresh }: { refresh: unknown }) {
  const [backups, setBackups] = useState<BackupInfo[]>(() => listBackups());
  const [message, setMessage] = useState('');
  const summaryRef = useRef<HTMLElement>(null);
  // listBackups() is not a store: re-read whenever the page did something that may have written one.
  useEffect(() => setBackups(listBackups()), [refresh]);

  const remove = (key: string) => {
    removeBackup(key);
    setBackups(listBackups());
    setMessage('已删除这份备份。');
    // Its row is gone: keep keyboard users in the section.
    summaryRef.current?.focus();
  };

  return (
    <details className="backup-list">
      <summary ref={summaryRef}>浏览器中的备份（{backups.length} 份）</summary>
      <p>档案被导入的版本替换、自动修复或无法读取时，原来的内容会先备份在浏览器中。可以下载保存：能读取的为 .json 文件，其余为 .txt 文件。</p>
      {backups.length === 0 ? (
        <p>目前没有备份。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">浏览器中的备份</caption>
            <thead>
              <tr>
                <th scope="col">原来的内容</th>
                <th scope="col">备份时间</th>
                <th scope="col">大小</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <BackupRow key={b.key} backup={b} onMessage={setMessage} onRemove={remove} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="status-line" role="status">
        {message}
      </p>
    </details>
  );
}

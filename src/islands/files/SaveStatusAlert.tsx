import { useStore } from '@nanostores/react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { $saveStatus } from '../../stores/development-files';
import { ExportAllButton } from './ExportAllButton';

/**
 * A failed save, as the store words it. Memory still holds the work, so the
 * way out is always the same: export now, before the page is closed.
 */
export function SaveStatusAlert({ files }: { files: readonly DevelopmentFile[] }) {
  const status = useStore($saveStatus);
  // The alert container is always rendered so a save failing later is announced.
  return (
    <div role="alert" className="save-alert">
      {status.state === 'error' && (
        <div className="notice notice-warning">
          <p>
            <strong>{status.kind === 'quota' ? '存储空间已满：' : '保存出了问题：'}</strong>
            {status.message}
          </p>
          <ExportAllButton files={files} label="立即导出备份" />
          {status.kind === 'quota' && <p>腾出空间：删除不需要的档案，或在页面下方“浏览器中的备份”里下载后删除旧备份。</p>}
        </div>
      )}
    </div>
  );
}

import { useStore } from '@nanostores/react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { DEVELOPMENT_CONFIG } from '../../domain/development-file/config';
import { $lastExportAt, $persistence, isBackupReminderDue } from '../../stores/development-files';
import { formatDateTime } from './local-time';
import { ExportAllButton } from './ExportAllButton';

/**
 * Where the files live, said up front: a rep who clears the browser or
 * changes computer loses everything not exported. Nags only when due.
 */
export function StorageNotice({ files }: { files: readonly DevelopmentFile[] }) {
  const lastExportAt = useStore($lastExportAt);
  const persistence = useStore($persistence);
  const due = isBackupReminderDue(lastExportAt, files, new Date());
  return (
    <div className="notice storage-notice">
      <p>
        开发档案<strong>只保存在本浏览器中</strong>，不会上传到任何服务器。清除浏览器数据、换电脑或换浏览器后，未导出的档案将无法找回。
        请定期在下方“导出全部”，把 JSON 文件保存到电脑或网盘；需要时在任何浏览器中“导入开发档案”即可恢复。
      </p>
      <p className="status-line">
        {lastExportAt === null ? '本浏览器还没有导出过备份。' : `上次导出：${formatDateTime(lastExportAt)}。`}
        {persistence === 'granted' && ' 浏览器已同意长期保存本站数据。'}
        {persistence === 'denied' && ' 浏览器没有同意长期保存本站数据，长时间不访问时可能被清除，请务必定期导出。'}
      </p>
      {due && (
        <div className="backup-reminder">
          <p>
            <strong>提醒：</strong>
            {lastExportAt === null
              ? `档案已保存超过 ${DEVELOPMENT_CONFIG.backupReminderDays} 天，还从未导出备份。`
              : `已超过 ${DEVELOPMENT_CONFIG.backupReminderDays} 天没有导出备份。`}
            建议现在导出一份。
          </p>
          <ExportAllButton files={files} label="立即导出全部档案" />
        </div>
      )}
    </div>
  );
}

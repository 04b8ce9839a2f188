/**
 * The one way the page exports files: build the document, download it and
 * remember when, so the backup reminder knows. Used by the list's export
 * buttons and by every "导出全部" offered next to a storage warning.
 */
import { exportDocument } from '../../domain/exchange/export';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { flushPendingWrites, getFile, markExported } from '../../stores/development-files';
import { APP_VERSION } from './app-version';
import { downloadText, JSON_TYPE } from './download';

export interface ExportOutcome {
  /** Chinese, for a status line. */
  message: string;
  /** Another browser would refuse the document: suggest exporting in parts. */
  tooLarge: boolean;
}

export function exportAndDownload(chosen: readonly DevelopmentFile[], now: Date = new Date()): ExportOutcome {
  // An edit still waiting for its debounced save has not counted in the file's
  // clock yet: exported as is, a colleague holding the previous copy would see
  // "the same" file and skip the import. Write first, then export what was written.
  flushPendingWrites();
  const files = chosen.map((file) => getFile(file.id) ?? file);
  const result = exportDocument(files, { appVersion: APP_VERSION, now: now.toISOString() });
  downloadText(result.filename, result.text, JSON_TYPE);
  markExported(now);
  const message = `已导出 ${files.length} 份开发档案：${result.filename}。请把它保存到电脑或网盘中。`;
  return result.tooLargeToImport
    ? {
        tooLarge: true,
        message: `${message}注意：这个文件超过了单次导入的上限（20 MB 或 2000 份），在其他浏览器中将无法一次导入。请勾选部分档案，分批“导出所选”。`,
      }
    : { tooLarge: false, message };
}

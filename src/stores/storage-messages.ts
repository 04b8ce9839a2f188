/** What the storage layer tells the user, in one place. */
import type { MergeConflict } from '../domain/development-file/merge';
import type { DevelopmentFile } from '../domain/development-file/schema';

const named = (file: Pick<DevelopmentFile, 'customer'>) => `「${file.customer.name.trim() || '未命名客户'}」`;

const backedUp = (backupKey: string | null) =>
  backupKey === null
    ? '存储空间不足，暂时无法备份原始内容，原始内容仍原样保留在浏览器中。'
    : '原始内容已完整备份，可在“备份”中下载。';

export const MESSAGES = {
  corrupt: (reason: string, backupKey: string | null) =>
    `有一份开发档案无法读取（${reason}），已跳过，其他档案不受影响。${backedUp(backupKey)}`,
  repaired: (file: DevelopmentFile, backupKey: string | null) =>
    `${named(file)}的开发档案有部分内容损坏，已自动修复（修复的内容见下方）。${backedUp(backupKey)}`,
  newerVersion: (version: number) =>
    `有一份开发档案由更新版本的本站保存（数据版本 ${version}），本页面无法打开，已原样保留、不做任何改动。请刷新页面后再打开。`,
  newerVersionBlocked: (file: DevelopmentFile) =>
    `${named(file)}已被更新版本的本站修改，本页面不能覆盖它。你在本页面的修改仍在，请先导出备份，再刷新页面。`,
  conflict: (file: DevelopmentFile, conflicts: readonly MergeConflict[], backupKey: string | null) =>
    `${named(file)}同时在另一个标签页中被修改。不同字段的修改都已合并；以下 ${conflicts.length} 处两边改得不一样，保留了本页面的内容${
      backupKey === null ? '' : '，另一边的版本已备份'
    }。`,
  deletedElsewhere: (file: DevelopmentFile) =>
    `${named(file)}在另一个标签页中被删除了，但本页面还有未保存的修改，因此已保留本页面的版本。如确实不需要，可再删除一次。`,
  restoredElsewhere: (file: DevelopmentFile) =>
    `${named(file)}已在本页面删除，但另一个标签页中还有它未保存的修改，因此又被保存了回来。如确实不需要，可再删除一次。`,
  quota:
    '浏览器的存储空间已满，最近的修改没能保存到浏览器里。本页面中的内容都还在，没有丢失——请不要关闭或刷新本页，先“导出备份”，再删除不需要的档案或备份以腾出空间；之后的下一次修改会自动重新保存。',
  unavailable:
    '浏览器不允许本站保存数据（可能处于无痕模式或禁用了网站数据）。本页面中的修改在关闭页面后会丢失，请及时“导出备份”。',
  failed: (detail: string) => `保存失败（${detail}）。本页面中的内容都还在，没有丢失；请先“导出备份”，再刷新页面重试。`,
  notFound: '找不到这份开发档案，它可能已在另一个标签页中被删除。',
  backupFailed: '存储空间已满，无法先备份原有版本，因此没有导入这份档案。请先导出备份并腾出空间。',
} as const;

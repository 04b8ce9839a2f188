/** The Chinese report of what an import did, from the plan and what the store wrote. */
import type { ImportPlan } from '../../domain/exchange/apply';
import type { ImportPreview } from '../../domain/exchange/import';
import type { PutFilesResult } from '../../stores/development-files';

export interface ImportSummary {
  headline: string;
  /** Set when the files are in memory only: the store could not write them. */
  notSaved: string | null;
  /** One line per file not imported, with its reason. */
  notImported: string[];
}

export function summarizeImport(preview: ImportPreview, plan: ImportPlan, result: PutFilesResult, saveFailed: boolean): ImportSummary {
  const added = new Set(preview.entries.flatMap((e) => (e.status === 'new' ? [e.id] : [])));
  const replaced = new Set(plan.backups.map((f) => f.id));
  let newCount = 0;
  let replacedCount = 0;
  let copyCount = 0;
  for (const id of result.imported) {
    if (added.has(id)) newCount++;
    else if (replaced.has(id)) replacedCount++;
    else copyCount++;
  }
  const parts = [
    newCount > 0 ? `新增 ${newCount} 份` : '',
    replacedCount > 0 ? `更新 ${replacedCount} 份（原来的本机版本已备份在浏览器中）` : '',
    copyCount > 0 ? `另存副本 ${copyCount} 份` : '',
  ].filter(Boolean);
  const headline =
    result.imported.length === 0
      ? '没有导入任何档案，本机档案没有改动。'
      : `导入完成：已导入 ${result.imported.length} 份档案（${parts.join('，')}）。`;
  const nameOf = new Map(plan.toWrite.map((f) => [f.id, f.customer.name]));
  const notImported = [
    ...plan.skipped.map((s) => `${s.customerName.trim() || `第 ${s.index + 1} 份`}：${s.reason}`),
    ...result.skipped.map((s) => `${nameOf.get(s.id) ?? s.id}：保存失败，${s.reason}`),
  ];
  const notSaved =
    saveFailed && result.imported.length > 0
      ? '注意：导入的档案目前只在本页面中，没能保存到浏览器里（见页面上方的提示）。请不要关闭本页，先导出备份。'
      : null;
  return { headline, notSaved, notImported };
}

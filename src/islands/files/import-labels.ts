/** The import preview's Chinese words, in one place. */
import type { ImportChoice, ImportSide } from '../../domain/exchange/apply';
import type { EntryStatus, PreviewEntry } from '../../domain/exchange/import';
import { formatDateTime } from './local-time';

export const STATUS_LABELS: Readonly<Record<EntryStatus, string>> = {
  new: '新档案',
  same: '与本机相同',
  newer: '比本机新',
  older: '比本机旧（不会导入）',
  conflicting: '有冲突',
  invalid: '无效',
};

export const STATUS_ORDER: readonly EntryStatus[] = ['new', 'newer', 'conflicting', 'same', 'older', 'invalid'];

type ChoiceOption = { value: ImportChoice; label: string; hint: string };

const MERGE_OPTIONS: Readonly<Record<ImportSide, ChoiceOption>> = {
  rep: { value: 'merge', label: '合并', hint: '保留本机的修改，并加入主管的审批、评审结论和指导意见；本机版本会先备份' },
  desk: { value: 'merge', label: '合并', hint: '采用业务员的修改，并保留本机登记的审批、评审结论和指导意见；本机版本会先备份' },
};

/** The choices for a conflicting file; 合并 first, since it loses nothing. */
export function choiceOptions(side: ImportSide): readonly ChoiceOption[] {
  return [MERGE_OPTIONS[side], ...CHOICE_OPTIONS];
}

const CHOICE_OPTIONS: readonly ChoiceOption[] = [
  { value: 'keep-mine', label: '保留本机', hint: '不导入这一份' },
  { value: 'take-theirs', label: '使用导入', hint: '本机版本会先备份在浏览器中' },
  { value: 'keep-both', label: '两份都保留', hint: '导入的另存为“（导入副本）”' },
];

/** What importing will do with one entry, in a sentence. */
export function entryExplanation(entry: PreviewEntry): string {
  const when = (iso: string | null) => (iso === null ? '时间不详' : formatDateTime(iso));
  switch (entry.status) {
    case 'new':
      return '本机没有这份档案，将新增。';
    case 'same':
      return '内容与本机完全相同，无需导入。';
    case 'newer':
      return `导入的版本包含本机的全部修改且更新（${when(entry.theirsUpdatedAt)}），将替换本机版本；本机版本会先备份。`;
    case 'older':
      return `本机版本已包含这份文件的全部修改（本机 ${when(entry.mineUpdatedAt)}），保留本机版本。`;
    case 'conflicting':
      return `两边各有对方没有的修改（导入 ${when(entry.theirsUpdatedAt)}，本机 ${when(entry.mineUpdatedAt)}），请选择如何处理：`;
    case 'invalid':
      return '这份档案内容有误，不会导入：';
  }
}

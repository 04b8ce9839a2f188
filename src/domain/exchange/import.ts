/**
 * readImport(): reads an export document and previews what importing it
 * would do, changing nothing. It never throws: every problem becomes either a
 * refusal of the whole document (one Chinese message) or an 'invalid' entry
 * for one file (Chinese reasons with the field path).
 *
 * Unlike restore() for local storage, the import repairs nothing: a file that
 * would need repair comes from a broken or tampered document, and silently
 * dropping its fields could overwrite good local data with less.
 *
 * Order of checks, cheapest and most telling first: size → empty → JSON →
 * type tag → schema version → file list and count → each file (dangerous keys
 * removed, migrated, validated, duplicate ids) → comparison with local files.
 */
import { SCHEMA_VERSION, type DevelopmentFile, type StageId, stageSchema, LIMITS } from '../development-file/schema';
import { isPlainObject, withoutDangerousKeys } from '../development-file/restore';
import { migrate } from '../development-file/migrations';
import { EXPORT_TYPE, MAX_DOCUMENT_BYTES, MAX_FILES_PER_DOCUMENT, exportDocumentSchema } from './export';
import { importErrorMap, issueReasons } from './issues';
import { relate } from './classify';

export const DEFAULT_MAX_BYTES = MAX_DOCUMENT_BYTES;

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'wrong-type'
  | 'bad-version'
  | 'future-version'
  | 'no-files'
  | 'too-many-files'
  | 'unexpected';

export type EntryStatus = 'new' | 'same' | 'newer' | 'older' | 'conflicting' | 'invalid';

interface EntryBase {
  /** Position in the document, for messages about files without a usable id. */
  index: number;
  /** The document's file name, when several documents are imported at once (import-many.ts). */
  source?: string;
  /** Plain text: show it as text, never as HTML. */
  customerName: string;
}

interface ValidEntryBase extends EntryBase {
  id: string;
  stage: StageId;
  /** The imported file, validated and migrated to the current version. */
  theirs: DevelopmentFile;
  theirsUpdatedAt: string;
}

export type PreviewEntry =
  | (ValidEntryBase & { status: 'new'; mine: null; mineUpdatedAt: null })
  | (ValidEntryBase & { status: 'same' | 'newer' | 'older' | 'conflicting'; mine: DevelopmentFile; mineUpdatedAt: string })
  | (EntryBase & {
      status: 'invalid';
      id: string | null;
      stage: StageId | null;
      theirsUpdatedAt: string | null;
      mineUpdatedAt: string | null;
      reasons: string[];
    });

export interface ImportPreview {
  /** Schema version the document was written with. */
  sourceVersion: number;
  /** Informational; null when the document does not carry a usable value. */
  appVersion: string | null;
  exportedAt: string | null;
  entries: PreviewEntry[];
  counts: Record<EntryStatus, number>;
}

export type ImportResult =
  | { ok: true; preview: ImportPreview }
  | { ok: false; code: ImportErrorCode; message: string };

export interface ImportOptions {
  maxBytes?: number;
  maxFiles?: number;
}

const NOT_OURS = '这不是本系统导出的开发档案文件。请选择从“开发档案”导出的 .json 文件。';

export function readImport(text: string, localFiles: readonly DevelopmentFile[], options: ImportOptions = {}): ImportResult {
  try {
    return read(text, localFiles, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'unexpected', message: `读取文件时出错：${detail}。本地档案没有任何改动。` };
  }
}

function read(text: string, localFiles: readonly DevelopmentFile[], options: ImportOptions): ImportResult {
  const { maxBytes = DEFAULT_MAX_BYTES, maxFiles = MAX_FILES_PER_DOCUMENT } = options;
  if (typeof text !== 'string') return refuse('not-json', notJson());
  const tooLarge = sizeProblem(utf8Length(text), maxBytes);
  if (tooLarge) return refuse('too-large', tooLarge);
  // Notepad on Windows saves UTF-8 with a BOM, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty', '文件是空的，没有可导入的开发档案。');

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refuse('not-json', notJson());
  }
  if (!isPlainObject(parsed) || parsed['type'] !== EXPORT_TYPE) return refuse('wrong-type', NOT_OURS);

  const version = parsed['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('bad-version', '文件缺少有效的数据版本号（schemaVersion），无法判断如何读取。');
  }
  if (version > SCHEMA_VERSION) {
    return refuse(
      'future-version',
      `该文件来自更新版本的系统（数据版本 ${version}，本站支持到 ${SCHEMA_VERSION}），请先刷新或更新本站后再导入。本地档案没有任何改动。`,
    );
  }

  const files = parsed['files'];
  if (!Array.isArray(files) || files.length === 0) return refuse('no-files', '文件中没有任何开发档案。');
  if (files.length > maxFiles) {
    return refuse('too-many-files', `文件包含 ${files.length} 份档案，超过单次导入上限 ${maxFiles} 份。请分批导出后再导入。`);
  }

  const localById = new Map<string, DevelopmentFile>();
  for (const file of localFiles) if (!localById.has(file.id)) localById.set(file.id, file);

  const seenIds = new Set<string>();
  const entries = files.map((raw, index) => readEntry(raw, index, version, seenIds, localById));
  return {
    ok: true,
    preview: {
      sourceVersion: version,
      appVersion: typeof parsed['appVersion'] === 'string' ? parsed['appVersion'].slice(0, 64) : null,
      exportedAt: exportDocumentSchema.shape.exportedAt.safeParse(parsed['exportedAt']).data ?? null,
      entries,
      counts: countByStatus(entries),
    },
  };
}

function readEntry(
  raw: unknown,
  index: number,
  version: number,
  seenIds: Set<string>,
  localById: ReadonlyMap<string, DevelopmentFile>,
): PreviewEntry {
  if (!isPlainObject(raw)) {
    return invalid(index, {}, null, ['不是一份开发档案（应为 JSON 对象）']);
  }
  const migrated = migrate(withoutDangerousKeys(raw) as Record<string, unknown>, version);
  if (!migrated.ok) return invalid(index, raw, null, [migrated.reason]);
  const draft = migrated.file;
  const mine = typeof draft['id'] === 'string' ? (localById.get(draft['id']) ?? null) : null;

  const reasons: string[] = [];
  if (typeof draft['id'] === 'string') {
    if (seenIds.has(draft['id'])) reasons.push(`文件中有重复的档案编号：${draft['id'].slice(0, LIMITS.id)}`);
    seenIds.add(draft['id']);
  }
  const result = exportDocumentSchema.shape.files.element.safeParse(draft, { error: importErrorMap });
  if (!result.success) reasons.push(...issueReasons(result.error.issues, draft));
  if (reasons.length > 0 || !result.success) return invalid(index, draft, mine, reasons);

  const theirs = result.data;
  const base = { index, id: theirs.id, customerName: theirs.customer.name, stage: theirs.stage, theirs, theirsUpdatedAt: theirs.updatedAt };
  if (!mine) return { ...base, status: 'new', mine: null, mineUpdatedAt: null };
  return { ...base, status: relate(theirs, mine), mine, mineUpdatedAt: mine.updatedAt };
}

/** What can be shown of a file that cannot be imported, without trusting it. */
function invalid(index: number, draft: Record<string, unknown>, mine: DevelopmentFile | null, reasons: string[]): PreviewEntry {
  const customer = draft['customer'];
  const name = isPlainObject(customer) && typeof customer['name'] === 'string' ? customer['name'] : '';
  const stage = stageSchema.safeParse(draft['stage']);
  const updatedAt = exportDocumentSchema.shape.exportedAt.safeParse(draft['updatedAt']);
  return {
    status: 'invalid',
    index,
    id: typeof draft['id'] === 'string' ? draft['id'].slice(0, LIMITS.id) : null,
    customerName: [...name].slice(0, LIMITS.shortText).join(''),
    stage: stage.success ? stage.data : null,
    theirsUpdatedAt: updatedAt.success ? updatedAt.data : null,
    mineUpdatedAt: mine?.updatedAt ?? null,
    reasons,
  };
}

export function countByStatus(entries: readonly PreviewEntry[]): Record<EntryStatus, number> {
  const counts: Record<EntryStatus, number> = { new: 0, same: 0, newer: 0, older: 0, conflicting: 0, invalid: 0 };
  for (const entry of entries) counts[entry.status]++;
  return counts;
}

function refuse(code: ImportErrorCode, message: string): ImportResult {
  return { ok: false, code, message };
}

function notJson(): string {
  return '文件不完整或不是 JSON，无法读取。请确认文件已完整下载，或重新导出后再试。';
}

/**
 * The refusal for a file of `bytes` bytes, or null when it is within the
 * limit. Exported so the UI can check File.size before reading the text.
 */
export function sizeProblem(bytes: number, maxBytes: number = DEFAULT_MAX_BYTES): string | null {
  if (bytes <= maxBytes) return null;
  return `文件太大（${formatBytes(bytes)}），超过导入上限 ${formatBytes(maxBytes)}。请分批导出后再导入。`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** UTF-8 size without allocating a copy of a possibly huge string. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The export document: a versioned envelope around development files, in the
 * habit of excalidraw's `{ type, version, source, … }`. Its zod schema is the
 * single source of both the import's validation and the JSON Schema the site
 * publishes at /schema/development-files.schema.json.
 */
import { z } from '../zod';
import { developmentFileSchema, SCHEMA_VERSION, type DevelopmentFile } from '../development-file/schema';
import { calendarDateIn } from './dates';

export const EXPORT_TYPE = 'playbook.development-files';

/**
 * More files than any rep or manager keeps; a document beyond it is refused
 * whole rather than half-imported.
 */
export const MAX_FILES_PER_DOCUMENT = 2000;

/**
 * The import's default size limit. A complete file is about 10 KB in an
 * export, so this holds roughly 500 of them: the export reports when a
 * document is over it, so the UI can suggest exporting in parts.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const exportDocumentSchema = z
  .object({
    type: z.literal(EXPORT_TYPE),
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Version of the site that wrote the document, for support questions. */
    appVersion: z.string().max(64),
    exportedAt: z.iso.datetime({ offset: true }),
    files: z.array(developmentFileSchema).max(MAX_FILES_PER_DOCUMENT),
  })
  .meta({
    title: '开发档案导出文件',
    description: '新客户开发 Playbook 导出的开发档案（JSON）。导入时按 schemaVersion 升级旧版本文件。',
  });

export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/**
 * The published JSON Schema: what the import accepts. Fields with a default may
 * be missing (io: 'input'), as they are in exports of earlier versions, which
 * keep loading; an export of this version always writes them.
 */
export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportDocumentSchema, { io: 'input' });
}

export interface ExportOptions {
  appVersion: string;
  /** ISO timestamp of the export. */
  now: string;
  /** Time zone of the date in the file name; the runtime's by default. */
  timeZone?: string;
}

export interface ExportResult {
  document: ExportDocument;
  /** Pretty-printed, so a manager can read it and a diff can show it. */
  text: string;
  filename: string;
  /** UTF-8 size of `text`. */
  bytes: number;
  /** Over the default import limit: another browser would refuse it. */
  tooLargeToImport: boolean;
}

export function exportDocument(files: readonly DevelopmentFile[], options: ExportOptions): ExportResult {
  const document: ExportDocument = {
    type: EXPORT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.now,
    files: [...files],
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const bytes = new TextEncoder().encode(text).length;
  return {
    document,
    text,
    filename: exportFilename(files, calendarDateIn(options.now, options.timeZone)),
    bytes,
    tooLargeToImport: bytes > MAX_DOCUMENT_BYTES || files.length > MAX_FILES_PER_DOCUMENT,
  };
}

/** `开发档案-<客户名>-<date>.json` for one file, `开发档案-<n>份-<date>.json` otherwise. */
export function exportFilename(files: readonly Pick<DevelopmentFile, 'customer'>[], date: string): string {
  const [only] = files;
  const subject = files.length === 1 && only ? safeFilenamePart(only.customer.name) : `${files.length}份`;
  return `开发档案-${subject}-${date}.json`;
}

const MAX_NAME_CHARS = 40;

/**
 * A customer name made safe for Windows, macOS and Linux file names: no path
 * separators or reserved characters, no control or bidi characters (which
 * can disguise an extension), no trailing dots, not too long.
 */
export function safeFilenamePart(name: string, fallback = '未命名客户'): string {
  const cleaned = name
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[<>:"/\\|?*]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = [...cleaned].slice(0, MAX_NAME_CHARS).join('').trim();
  return short === '' ? fallback : short;
}

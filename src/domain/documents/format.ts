/** Small helpers shared by the document builders: values as printed, field grids. */
import type { ActiveRules } from '../settings/company-settings';
import type { Block, Cell, Row, TableBlock } from './model';

export interface DocumentOptions {
  /** YYYY-MM-DD: the generation date printed on every page, and “today” for derived facts. */
  today: string;
  /** Time zone for printing stored timestamps; the runtime's by default. */
  timeZone?: string;
  /** The company's rules (evaluation, stalled days), printed with their source; the site's defaults when absent. */
  rules?: ActiveRules;
  /** 签名审批: each record's signature check in words, by record key (signing/file-records.ts); absent when the team does not sign. */
  signatureMarks?: Readonly<Record<string, string>>;
}

/** “2026-04-02 15:20” in the reader's time zone; the raw text if it is not a time. */
export function formatTimestamp(iso: string | null, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // sv-SE writes YYYY-MM-DD HH:mm.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

export function formatDate(iso: string | null, timeZone?: string): string {
  return formatTimestamp(iso, timeZone).slice(0, 10);
}

export function formatNumber(value: number | null): string {
  return value === null ? '' : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);
}

/** Printed where the file has nothing yet, in documents that report (not in forms to fill by hand). */
export const NOT_FILLED = '（未填写）';

export const orNotFilled = (value: string) => (value.trim() === '' ? NOT_FILLED : value);

export function yesNo(value: boolean): string {
  return value ? '是' : '否';
}

/** Options of a form choice, the chosen one marked ■ and the others □. */
export function choices(options: readonly string[], chosen: string | null): string {
  return options.map((option) => `${option === chosen ? '■' : '□'} ${option}`).join('　　');
}

export interface GridItem {
  label: string;
  value: string;
  /** Takes a whole row (long text). */
  wide?: boolean;
  minLines?: number;
  signatureLine?: boolean;
}

/** Chinese numerals for section headings (一、二、…). */
export function sectionNumber(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10] ?? ''}`;
  return String(n);
}

/**
 * A form grid of label/value pairs, two pairs a row; wide items (long text)
 * take a row of their own. Column widths: label, value, label, value.
 */
export function grid(items: readonly GridItem[], columns: readonly number[] = [1.3, 1.7, 1.3, 1.7]): TableBlock {
  const rows: Row[] = [];
  let pending: GridItem | null = null;
  const label = (item: GridItem): Cell => ({ text: item.label, style: 'label' });
  const value = (item: GridItem, span: number): Cell => ({
    text: item.value,
    span,
    ...(item.minLines ? { minLines: item.minLines } : {}),
    ...(item.signatureLine ? { signatureLine: true } : {}),
  });
  const flush = () => {
    if (pending) rows.push([label(pending), value(pending, 3)]);
    pending = null;
  };
  for (const item of items) {
    if (item.wide) {
      flush();
      rows.push([label(item), value(item, 3)]);
    } else if (pending) {
      rows.push([label(pending), value(pending, 1), label(item), value(item, 1)]);
      pending = null;
    } else {
      pending = item;
    }
  }
  flush();
  return { kind: 'table', columns, rows };
}

/** A table with column headings, or a muted line saying there is nothing to list. */
export function listTable(
  headers: readonly string[],
  columns: readonly number[],
  rows: readonly (readonly string[])[],
  empty: string,
  size?: number,
): Block {
  if (rows.length === 0) return { kind: 'paragraph', text: empty, muted: true };
  return {
    kind: 'table',
    columns,
    header: headers.map((text) => ({ text, style: 'header' as const })),
    rows: rows.map((row) => row.map((text) => ({ text }))),
    ...(size === undefined ? {} : { size }),
  };
}

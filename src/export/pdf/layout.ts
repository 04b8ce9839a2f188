/**
 * Page layout: a PdfDocumentModel becomes A4 pages of positioned text, lines
 * and boxes. Pure and font-free (widths come from `metrics.width`), so
 * pagination and wrapping are tested in Node without a PDF.
 *
 * - Coordinates are points from the page's top-left corner; render.ts flips them.
 * - A heading is never left alone at the bottom of a page.
 * - A table's header row is repeated at the top of every page it reaches.
 * - A table row that fits on a page is never split; one taller than the room
 *   left is split between lines, never inside one, and goes on after the
 *   repeated header on the next page.
 * - Every page gets the footer “<label>  第 N 页 / 共 M 页  生成日期：…”.
 */
import type { Cell, Orientation, PdfDocumentModel, Row, TableBlock } from '../../domain/documents/model';
import { wrapText } from './text';

export type Rgb = readonly [number, number, number];

export type DrawOp =
  | { kind: 'text'; x: number; /** Baseline. */ y: number; text: string; size: number; bold: boolean; color: Rgb }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb | null; stroke: Rgb | null }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: Rgb };

export interface LaidOutPage {
  ops: DrawOp[];
}

export interface PageLayout {
  width: number;
  height: number;
  pages: LaidOutPage[];
}

export interface FontMetrics {
  /** Advance width of `text` at `size`, in points. */
  width(text: string, size: number): number;
  /** Above and below the baseline, in ems (Noto Sans SC: 0.88 and 0.12). */
  ascent: number;
  descent: number;
}

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export const STYLE = {
  margin: {
    portrait: { top: 50, right: 50, bottom: 58, left: 50 },
    landscape: { top: 40, right: 40, bottom: 50, left: 40 },
  },
  body: 10,
  table: 9.5,
  title: 17,
  subtitle: 10,
  heading: 12,
  subheading: 10,
  footer: 8,
  lineHeight: 1.5,
  cellLineHeight: 1.4,
  cellPadX: 4,
  cellPadY: 3.5,
  ink: [0.1, 0.1, 0.1] as Rgb,
  muted: [0.4, 0.4, 0.4] as Rgb,
  accent: [0.09, 0.3, 0.55] as Rgb,
  border: [0.55, 0.55, 0.55] as Rgb,
  labelFill: [0.945, 0.945, 0.945] as Rgb,
  headerFill: [0.88, 0.91, 0.95] as Rgb,
} as const;

/** The footer's middle part. */
export function pageNumberText(page: number, pages: number): string {
  return `第 ${page} 页 / 共 ${pages} 页`;
}

export function generatedOnText(date: string): string {
  return `生成日期：${date}`;
}

export function pageSize(orientation: Orientation): { width: number; height: number } {
  return orientation === 'landscape' ? { width: A4.height, height: A4.width } : { width: A4.width, height: A4.height };
}

interface PreparedCell {
  cell: Cell;
  x: number;
  width: number;
  lines: string[];
}

interface PreparedRow {
  cells: PreparedCell[];
  size: number;
}

class Pager {
  readonly pages: LaidOutPage[] = [];
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  y = 0;

  constructor(orientation: Orientation) {
    const size = pageSize(orientation);
    const margin = STYLE.margin[orientation];
    this.width = size.width;
    this.height = size.height;
    this.left = margin.left;
    this.right = size.width - margin.right;
    this.top = margin.top;
    this.bottom = size.height - margin.bottom;
    this.newPage();
  }

  get ops(): DrawOp[] {
    return (this.pages.at(-1) as LaidOutPage).ops;
  }

  get textWidth(): number {
    return this.right - this.left;
  }

  get room(): number {
    return this.bottom - this.y;
  }

  /** The page is still empty below its top margin. */
  get fresh(): boolean {
    return this.y === this.top;
  }

  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = this.top;
  }
}

export function layoutDocument(model: PdfDocumentModel, metrics: FontMetrics): PageLayout {
  const pager = new Pager(model.orientation);
  const measureAt = (size: number) => (text: string) => metrics.width(text, size);
  /** Baseline of a line of `size` text in a line box of height `lineHeight` starting at `top`. */
  const baseline = (top: number, size: number, lineHeight: number) =>
    top + (lineHeight - (metrics.ascent + metrics.descent) * size) / 2 + metrics.ascent * size;

  const text = (x: number, y: number, value: string, size: number, options: { bold?: boolean; color?: Rgb } = {}) => {
    if (value.trim() === '') return;
    pager.ops.push({ kind: 'text', x, y, text: value, size, bold: options.bold ?? false, color: options.color ?? STYLE.ink });
  };
  const alignedX = (value: string, size: number, left: number, width: number, align: Cell['align'] = 'left') => {
    if (align === 'left') return left;
    const w = metrics.width(value, size);
    return align === 'center' ? left + (width - w) / 2 : left + width - w;
  };

  // ── Title block ──────────────────────────────────────────────────────
  const titleLines = wrapText(model.title, pager.textWidth, measureAt(STYLE.title));
  for (const line of titleLines) {
    const lh = STYLE.title * 1.35;
    text(alignedX(line, STYLE.title, pager.left, pager.textWidth, 'center'), baseline(pager.y, STYLE.title, lh), line, STYLE.title, { bold: true });
    pager.y += lh;
  }
  if (model.subtitle) {
    for (const line of wrapText(model.subtitle, pager.textWidth, measureAt(STYLE.subtitle))) {
      const lh = STYLE.subtitle * STYLE.lineHeight;
      text(alignedX(line, STYLE.subtitle, pager.left, pager.textWidth, 'center'), baseline(pager.y, STYLE.subtitle, lh), line, STYLE.subtitle, { color: STYLE.muted });
      pager.y += lh;
    }
  }
  {
    const value = generatedOnText(model.generatedOn);
    const lh = STYLE.footer * STYLE.lineHeight;
    pager.y += 2;
    text(alignedX(value, STYLE.footer, pager.left, pager.textWidth, 'right'), baseline(pager.y, STYLE.footer, lh), value, STYLE.footer, { color: STYLE.muted });
    pager.y += lh + 2;
    pager.ops.push({ kind: 'line', x1: pager.left, y1: pager.y, x2: pager.right, y2: pager.y, width: 1, color: STYLE.accent });
    pager.y += 8;
  }

  // ── Blocks ───────────────────────────────────────────────────────────
  const paragraphLineHeight = (size: number) => size * STYLE.lineHeight;

  const prepareRow = (row: Row, table: TableBlock, widths: number[]): PreparedRow => {
    const size = table.size ?? STYLE.table;
    let column = 0;
    const cells: PreparedCell[] = [];
    for (const cell of row) {
      const span = Math.max(1, cell.span ?? 1);
      const x = pager.left + widths.slice(0, column).reduce((a, b) => a + b, 0);
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const inner = Math.max(1, width - 2 * STYLE.cellPadX);
      cells.push({ cell, x, width, lines: wrapText(cell.text, inner, measureAt(size)) });
    }
    return { cells, size };
  };

  const cellLineHeight = (size: number) => size * STYLE.cellLineHeight;
  /** Lines a cell occupies, counting room for handwriting (first fragment only). */
  const cellLineCount = (c: PreparedCell, from: number) =>
    from === 0 ? Math.max(c.lines.length, c.cell.minLines ?? 1) : Math.max(0, c.lines.length - from);
  const rowLines = (row: PreparedRow, from: number[]) =>
    Math.max(1, ...row.cells.map((c, i) => cellLineCount(c, from[i] ?? 0)));
  const rowHeightFor = (lines: number, size: number) => lines * cellLineHeight(size) + 2 * STYLE.cellPadY;

  /** Draws lines [from[i], from[i] + count) of each cell, in a band `lines` tall. */
  const drawRowFragment = (row: PreparedRow, from: number[], lines: number) => {
    const lh = cellLineHeight(row.size);
    const height = rowHeightFor(lines, row.size);
    for (const [i, c] of row.cells.entries()) {
      const style = c.cell.style ?? 'value';
      const fill = style === 'header' ? STYLE.headerFill : style === 'label' ? STYLE.labelFill : null;
      pager.ops.push({ kind: 'rect', x: c.x, y: pager.y, width: c.width, height, fill, stroke: STYLE.border });
      const start = from[i] ?? 0;
      const continued = from.some((n) => n > 0);
      // On the next page a split row's field name is repeated, marked （续）.
      const shown =
        continued && style === 'label' && start >= c.lines.length
          ? [fitText(`${c.lines.join('')}${CONTINUED}`, c.width - 2 * STYLE.cellPadX, measureAt(row.size))]
          : c.lines.slice(start, start + lines);
      const bold = c.cell.bold ?? style === 'header';
      const innerLeft = c.x + STYLE.cellPadX;
      const innerWidth = c.width - 2 * STYLE.cellPadX;
      if (c.cell.signatureLine) {
        // The value sits on a rule at the foot of the cell, like a name on a form's signature line.
        const ruleY = pager.y + height - STYLE.cellPadY - 1;
        pager.ops.push({ kind: 'line', x1: innerLeft, y1: ruleY, x2: innerLeft + innerWidth, y2: ruleY, width: 0.6, color: STYLE.ink });
        const first = height - STYLE.cellPadY - shown.length * lh - 1;
        for (const [k, line] of shown.entries()) {
          text(alignedX(line, row.size, innerLeft, innerWidth, c.cell.align), baseline(pager.y + first + k * lh, row.size, lh), line, row.size, { bold });
        }
        continue;
      }
      for (const [k, line] of shown.entries()) {
        const top = pager.y + STYLE.cellPadY + k * lh;
        text(alignedX(line, row.size, innerLeft, innerWidth, c.cell.align), baseline(top, row.size, lh), line, row.size, { bold });
      }
    }
    pager.y += height;
  };

  const prepared = new Map<TableBlock, ReturnType<typeof prepareTableUncached>>();
  const prepareTableUncached = (table: TableBlock) => {
    const total = table.columns.reduce((a, b) => a + b, 0) || 1;
    const widths = table.columns.map((w) => (w / total) * pager.textWidth);
    const header = table.header ? prepareRow(table.header, table, widths) : null;
    const headerHeight = header ? rowHeightFor(rowLines(header, []), header.size) : 0;
    const rows = table.rows.map((row) => prepareRow(row, table, widths));
    const first = rows[0];
    // The header and the start of the first row (two lines, or all of a shorter row) go together.
    const firstPiece = first ? rowHeightFor(Math.min(2, rowLines(first, [])), first.size) : 0;
    return { header, headerHeight, rows, start: headerHeight + firstPiece };
  };
  const prepareTable = (table: TableBlock) => {
    let result = prepared.get(table);
    if (!result) {
      result = prepareTableUncached(table);
      prepared.set(table, result);
    }
    return result;
  };

  const placeTable = (table: TableBlock) => {
    const { header, headerHeight, rows, start } = prepareTable(table);
    const drawHeader = () => {
      if (header) drawRowFragment(header, [], rowLines(header, []));
    };
    if (start > pager.room && !pager.fresh) pager.newPage();
    drawHeader();

    const pageBreak = () => {
      pager.newPage();
      drawHeader();
    };
    for (const row of rows) {
      const from = row.cells.map(() => 0);
      for (;;) {
        const lines = rowLines(row, from);
        const height = rowHeightFor(lines, row.size);
        if (height <= pager.room + 0.01) {
          drawRowFragment(row, from, lines);
          break;
        }
        const untouched = from.every((n) => n === 0);
        const freshRoom = pager.bottom - pager.top - headerHeight;
        if (untouched && height <= freshRoom && !pager.fresh) {
          pageBreak();
          continue;
        }
        // Split: as many lines as fit here (at least two, or move on first).
        const fit = Math.floor((pager.room - 2 * STYLE.cellPadY + 0.01) / cellLineHeight(row.size));
        if (fit < Math.min(2, lines) && !(pager.fresh || pager.y === pager.top + headerHeight)) {
          pageBreak();
          continue;
        }
        const take = Math.max(1, fit);
        drawRowFragment(row, from, take);
        for (const [i, c] of row.cells.entries()) from[i] = Math.min(c.lines.length, (from[i] ?? 0) + take);
        // Only room for handwriting was left over: nothing to carry to the next page.
        if (row.cells.every((c, i) => (from[i] ?? 0) >= c.lines.length)) break;
        pageBreak();
      }
    }
    pager.y += 8;
  };

  const placeParagraph = (value: string, size: number, color: Rgb) => {
    const lh = paragraphLineHeight(size);
    for (const line of wrapText(value, pager.textWidth, measureAt(size))) {
      if (lh > pager.room && !pager.fresh) pager.newPage();
      text(pager.left, baseline(pager.y, size, lh), line, size, { color });
      pager.y += lh;
    }
    pager.y += 4;
  };

  /** Height of the least of `block` that may follow a heading on the same page. */
  const startOf = (index: number): number => {
    const block = model.blocks[index];
    if (!block) return 0;
    switch (block.kind) {
      // A heading's own start includes the start of what it is kept with.
      case 'heading':
        return STYLE.heading * 1.6 + 4 + startOf(index + 1);
      case 'subheading':
        return STYLE.subheading * 1.6 + 4 + startOf(index + 1);
      case 'paragraph':
        return 2 * paragraphLineHeight(block.size ?? STYLE.body);
      case 'table':
        return prepareTable(block).start;
      default:
        return 0;
    }
  };

  const placeHeading = (value: string, size: number, color: Rgb, before: number, next: number) => {
    const lh = size * 1.6;
    const lines = wrapText(value, pager.textWidth, measureAt(size));
    const own = lines.length * lh + 4;
    // Kept with the start of what follows: never alone at the foot of a page.
    const need = (pager.fresh ? 0 : before) + own + Math.min(startOf(next), pager.bottom - pager.top - own);
    if (need > pager.room && !pager.fresh) pager.newPage();
    if (!pager.fresh) pager.y += before;
    for (const line of lines) {
      text(pager.left, baseline(pager.y, size, lh), line, size, { bold: true, color });
      pager.y += lh;
    }
    pager.y += 4;
  };

  model.blocks.forEach((block, index) => {
    const next = index + 1;
    switch (block.kind) {
      case 'heading':
        placeHeading(block.text, STYLE.heading, STYLE.accent, 6, next);
        break;
      case 'subheading':
        placeHeading(block.text, STYLE.subheading, STYLE.ink, 0, next);
        break;
      case 'paragraph':
        placeParagraph(block.text, block.size ?? STYLE.body, block.muted ? STYLE.muted : STYLE.ink);
        break;
      case 'table':
        placeTable(block);
        break;
      case 'spacer':
        pager.y = Math.min(pager.bottom, pager.y + block.height);
        break;
    }
  });

  // A trailing empty page (a break just before the end) is dropped.
  if (pager.pages.length > 1 && (pager.pages.at(-1) as LaidOutPage).ops.length === 0) pager.pages.pop();

  // ── Footers ──────────────────────────────────────────────────────────
  const count = pager.pages.length;
  const footerLabel = model.footer ?? model.title;
  const footerY = pager.bottom + 24;
  const dateText = generatedOnText(model.generatedOn);
  pager.pages.forEach((page, i) => {
    const numbers = pageNumberText(i + 1, count);
    const numbersWidth = metrics.width(numbers, STYLE.footer);
    const dateWidth = metrics.width(dateText, STYLE.footer);
    const labelRoom = (pager.textWidth - numbersWidth) / 2 - 12;
    page.ops.push(
      { kind: 'line', x1: pager.left, y1: pager.bottom + 12, x2: pager.right, y2: pager.bottom + 12, width: 0.5, color: STYLE.border },
      { kind: 'text', x: pager.left, y: footerY, text: fitText(footerLabel, labelRoom, (t) => metrics.width(t, STYLE.footer)), size: STYLE.footer, bold: false, color: STYLE.muted },
      { kind: 'text', x: pager.left + (pager.textWidth - numbersWidth) / 2, y: footerY, text: numbers, size: STYLE.footer, bold: false, color: STYLE.muted },
      { kind: 'text', x: pager.right - dateWidth, y: footerY, text: dateText, size: STYLE.footer, bold: false, color: STYLE.muted },
    );
  });

  return { width: pager.width, height: pager.height, pages: pager.pages };
}

/** `text`, cut with “…” to fit `maxWidth`. */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (measure(flat) <= maxWidth) return flat;
  const chars = [...flat];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

const CONTINUED = '（续）';

/** Characters the layout itself may add to the page: page numbers, the cut mark, （续）. */
export const LAYOUT_CHARACTERS = `0123456789…${CONTINUED}${pageNumberText(0, 0)}${generatedOnText('')}`;

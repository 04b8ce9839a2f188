/**
 * What a printed document says, before any font or page exists: a title,
 * some blocks of text and tables. The builders beside this file produce it
 * (report.ts for the quiz and self-assessment reports); src/export/pdf/layout.ts
 * turns it into PDF pages, and the review page shows the 申请表 from it as HTML.
 */

export type Orientation = 'portrait' | 'landscape';

export interface Cell {
  text: string;
  /** How many columns the cell spans; 1 by default. */
  span?: number;
  /** label: a shaded field name; header: a shaded, bold column heading. */
  style?: 'label' | 'header' | 'value';
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** Room for handwriting: the cell is at least this many lines tall. */
  minLines?: number;
  /** A line to sign on, along the bottom of the cell (the text sits on it). */
  signatureLine?: boolean;
}

export type Row = readonly Cell[];

export interface TableBlock {
  kind: 'table';
  /** Relative column widths; they are scaled to the page's text width. */
  columns: readonly number[];
  /** Column headings, repeated at the top of every page the table spans. */
  header?: Row;
  rows: readonly Row[];
  /** Font size in points; the body size by default. */
  size?: number;
}

export type Block =
  | { kind: 'heading'; text: string }
  /** A smaller heading inside a section (above a table); kept with what follows like a heading. */
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; size?: number; muted?: boolean }
  | TableBlock
  | { kind: 'spacer'; height: number };

export interface PdfDocumentModel {
  title: string;
  subtitle?: string;
  orientation: Orientation;
  /** YYYY-MM-DD, printed as 生成日期 under the title and in every footer. */
  generatedOn: string;
  /** The footer's left part; the title by default. */
  footer?: string;
  blocks: readonly Block[];
  /** PDF metadata. */
  subject?: string;
  author?: string;
}

/** Every text of a model, for choosing the font's characters. */
export function textsOf(model: PdfDocumentModel): string[] {
  const texts = [model.title, model.subtitle ?? '', model.footer ?? '', model.generatedOn];
  for (const block of model.blocks) {
    if (block.kind === 'heading' || block.kind === 'subheading' || block.kind === 'paragraph') texts.push(block.text);
    if (block.kind === 'table') {
      for (const cell of block.header ?? []) texts.push(cell.text);
      for (const row of block.rows) for (const cell of row) texts.push(cell.text);
    }
  }
  return texts;
}

/** The model with every text passed through `fix` (used to replace characters the font lacks). */
export function mapTexts(model: PdfDocumentModel, fix: (text: string) => string): PdfDocumentModel {
  const cell = (c: Cell): Cell => ({ ...c, text: fix(c.text) });
  return {
    ...model,
    title: fix(model.title),
    ...(model.subtitle === undefined ? {} : { subtitle: fix(model.subtitle) }),
    ...(model.footer === undefined ? {} : { footer: fix(model.footer) }),
    blocks: model.blocks.map((block): Block => {
      switch (block.kind) {
        case 'heading':
        case 'subheading':
        case 'paragraph':
          return { ...block, text: fix(block.text) };
        case 'table':
          return {
            ...block,
            ...(block.header ? { header: block.header.map(cell) } : {}),
            rows: block.rows.map((row) => row.map(cell)),
          };
        default:
          return block;
      }
    }),
  };
}

/**
 * Laid-out pages → PDF bytes with pdf-lib. The font is embedded as it is
 * (embed-font.ts), because it already is a subset: HarfBuzz cut it to the
 * characters of this document (pdf-lib's own subsetting breaks CJK glyphs).
 * Text is real text: a Type0/CIDFontType2 font with a ToUnicode map, so it
 * can be searched, copied and extracted (pdftotext).
 *
 * Each page's content is written compactly, since the font is most of the
 * file and every byte counts: box fills, then rules, then all the text in
 * one text object, numbers rounded to 1/100 pt, colours set only on change.
 * Bold is drawn by stroking the glyph outlines as well as filling them
 * (text rendering mode 2): one font file serves both weights, so the
 * browser downloads one font, not two.
 */
import {
  beginText,
  endText,
  fill,
  lineTo,
  moveTo,
  PDFDocument,
  PDFName,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  stroke,
  TextRenderingMode,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { embedFont, type EmbeddedFont } from './embed-font';
import type { DrawOp, LaidOutPage, PageLayout, Rgb } from './layout';
import type { SfntFont } from './sfnt';

export interface PdfMetadata {
  title: string;
  subject?: string;
  author?: string;
  /** Creation date; now by default (tests pass a fixed one). */
  createdAt?: Date;
}

/** Outline width of bold text, in ems. */
const BOLD_STROKE = 0.035;
const BORDER_WIDTH = 0.5;

const round = (n: number) => Math.round(n * 100) / 100;
const same = (a: Rgb | null, b: Rgb | null) => a !== null && b !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

function pageOperators(page: PDFPage, laidOut: LaidOutPage, font: EmbeddedFont, height: number): PDFOperator[] {
  const ops: PDFOperator[] = [];
  const y = (top: number) => round(height - top);
  let fillColor: Rgb | null = null;
  let strokeColor: Rgb | null = null;
  let lineWidth = -1;
  const useFill = (c: Rgb) => {
    if (!same(fillColor, c)) ops.push(setFillingRgbColor(c[0], c[1], c[2]));
    fillColor = c;
  };
  const useStroke = (c: Rgb, width: number) => {
    if (!same(strokeColor, c)) ops.push(setStrokingRgbColor(c[0], c[1], c[2]));
    strokeColor = c;
    const w = round(width);
    if (w !== lineWidth) ops.push(setLineWidth(w));
    lineWidth = w;
  };
  const of = <K extends DrawOp['kind']>(kind: K) => laidOut.ops.filter((op): op is Extract<DrawOp, { kind: K }> => op.kind === kind);

  // 1. Shaded boxes, 2. box borders and rules, 3. text on top.
  for (const op of of('rect')) {
    if (!op.fill) continue;
    useFill(op.fill);
    ops.push(rectangle(round(op.x), y(op.y + op.height), round(op.width), round(op.height)), fill());
  }
  for (const op of laidOut.ops) {
    if (op.kind === 'rect' && op.stroke) {
      useStroke(op.stroke, BORDER_WIDTH);
      ops.push(rectangle(round(op.x), y(op.y + op.height), round(op.width), round(op.height)), stroke());
    } else if (op.kind === 'line') {
      useStroke(op.color, op.width);
      ops.push(moveTo(round(op.x1), y(op.y1)), lineTo(round(op.x2), y(op.y2)), stroke());
    }
  }
  const texts = of('text');
  if (texts.length > 0) {
    // A fixed resource name (F1) keeps the output the same for the same input.
    const key = PDFName.of('F1');
    page.node.setFontDictionary(key, font.ref);
    ops.push(beginText());
    let size = -1;
    let bold = false;
    for (const op of texts) {
      if (op.size !== size) ops.push(setFontAndSize(key, op.size));
      size = op.size;
      useFill(op.color);
      if (op.bold) useStroke(op.color, op.size * BOLD_STROKE);
      if (op.bold !== bold) ops.push(setTextRenderingMode(op.bold ? TextRenderingMode.FillAndOutline : TextRenderingMode.Fill));
      bold = op.bold;
      ops.push(setTextMatrix(1, 0, 0, 1, round(op.x), y(op.y)), showText(font.encode(op.text)));
    }
    ops.push(endText());
  }
  return ops;
}

export async function renderPdf(layout: PageLayout, sfnt: SfntFont, fontBytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = embedFont(doc, sfnt, fontBytes);
  const created = meta.createdAt ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setLanguage('zh-CN');
  doc.setCreator('新客户开发手册');
  doc.setProducer('新客户开发手册 (pdf-lib)');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  for (const laidOut of layout.pages) {
    const page = doc.addPage([layout.width, layout.height]);
    page.pushOperators(...pageOperators(page, laidOut, font, layout.height));
  }
  font.finish();
  return doc.save({ useObjectStreams: true });
}

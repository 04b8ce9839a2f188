/**
 * From a document model to PDF bytes:
 * 1. collect every character the pages will show;
 * 2. have the font source cut a TrueType font to exactly those (HarfBuzz);
 * 3. characters the font has no glyph for are replaced by □ and reported
 *    (missingCharacters), never dropped without a word;
 * 4. lay the pages out with that font's real advance widths;
 * 5. draw them with pdf-lib, the font embedded as it is (embed-font.ts).
 */
import { LAYOUT_CHARACTERS, layoutDocument, type FontMetrics } from './layout';
import { mapTexts, textsOf, type PdfDocumentModel } from '../../domain/documents/model';
import { renderPdf } from './render';
import { parseSfnt, type SfntFont } from './sfnt';
import { cleanText, codePointsOf } from './text';

/** Returns a TrueType font holding the glyphs of these code points (those it has). */
export type SubsetFont = (codePoints: ReadonlySet<number>) => Promise<Uint8Array>;

export interface PdfResult {
  bytes: Uint8Array;
  filename: string;
  pageCount: number;
  /** Characters the font cannot draw, each once, in order of first use: printed as □. */
  missingCharacters: string[];
}

export interface GenerateOptions {
  filename: string;
  /** The PDF's creation date; now by default. */
  createdAt?: Date;
}

/** Printed in place of a character the font lacks. */
export const PLACEHOLDER = '□';

export function metricsOf(font: SfntFont): FontMetrics {
  const scale = 1 / font.unitsPerEm;
  const advance = new Map<number, number>();
  const advanceOf = (cp: number) => {
    let value = advance.get(cp);
    if (value === undefined) {
      value = font.advanceOf(font.glyphOf(cp)) * scale;
      advance.set(cp, value);
    }
    return value;
  };
  return {
    ascent: font.ascender > 0 ? font.ascender * scale : 0.88,
    descent: font.descender < 0 ? -font.descender * scale : 0.12,
    width(text, size) {
      let total = 0;
      for (const char of text) total += advanceOf(char.codePointAt(0) ?? 0);
      return total * size;
    },
  };
}

export async function generatePdf(model: PdfDocumentModel, subsetFont: SubsetFont, options: GenerateOptions): Promise<PdfResult> {
  const cleaned = mapTexts(model, cleanText);
  const wanted = codePointsOf([...textsOf(cleaned), LAYOUT_CHARACTERS, PLACEHOLDER, ' ']);
  wanted.delete(0x0a);
  const fontBytes = await subsetFont(wanted);
  const font = parseSfnt(fontBytes);
  const has = (char: string) => font.glyphOf(char.codePointAt(0) ?? 0) !== 0;

  const missing = new Set<string>();
  for (const text of textsOf(cleaned)) {
    for (const char of text) {
      if (char !== '\n' && !has(char)) missing.add(char);
    }
  }
  const placeholder = has(PLACEHOLDER) ? PLACEHOLDER : '?';
  const drawable = missing.size === 0 ? cleaned : mapTexts(cleaned, (text) => [...text].map((c) => (missing.has(c) ? placeholder : c)).join(''));

  const layout = layoutDocument(drawable, metricsOf(font));
  const bytes = await renderPdf(layout, font, fontBytes, {
    // Metadata is Unicode text, shown by the viewer in its own fonts: the original characters stay.
    title: cleaned.footer ?? cleaned.title,
    ...(cleaned.subject ? { subject: cleaned.subject } : {}),
    ...(cleaned.author ? { author: cleaned.author } : {}),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
  return { bytes, filename: options.filename, pageCount: layout.pages.length, missingCharacters: [...missing] };
}

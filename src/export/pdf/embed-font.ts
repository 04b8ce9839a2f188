/**
 * Embeds a TrueType subset in a PDF as a composite font, written with
 * pdf-lib's low-level objects: Type0 (Identity-H) → CIDFontType2
 * (CIDToGIDMap Identity, so a character code is a glyph id) → the font file.
 * A ToUnicode map of the glyphs actually shown makes the text extractable
 * (copy, search, pdftotext) as the original characters.
 *
 * Written here rather than by pdf-lib's embedFont, which needs fontkit (a
 * large download) and writes the font's whole character map twice over.
 */
import { PDFHexString, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { withoutTables, type SfntFont } from './sfnt';

export interface EmbeddedFont {
  readonly ref: PDFRef;
  /** Glyph ids of `text` as a string for Tj; remembers them for the ToUnicode map. */
  encode(text: string): PDFHexString;
  /** Writes the font objects; call once after the last encode. */
  finish(): void;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE hex of a code point, as the ToUnicode map wants it. */
function utf16Hex(cp: number): string {
  if (cp <= 0xffff) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** The ToUnicode CMap: runs of consecutive glyphs and code points as ranges, the rest one by one. */
export function toUnicodeCMap(glyphToCodePoint: ReadonlyMap<number, number>): string {
  const pairs = [...glyphToCodePoint].sort((a, b) => a[0] - b[0]);
  const ranges: string[] = [];
  const singles: string[] = [];
  for (let i = 0; i < pairs.length; ) {
    const [gid, cp] = pairs[i] as [number, number];
    let j = i + 1;
    // Within a range only the last byte of the code and of the character may change.
    while (j < pairs.length) {
      const [g, c] = pairs[j] as [number, number];
      if (g !== gid + (j - i) || c !== cp + (j - i) || g >> 8 !== gid >> 8 || c >> 8 !== cp >> 8 || c > 0xffff) break;
      j++;
    }
    if (j - i > 1) ranges.push(`<${hex4(gid)}> <${hex4(gid + j - i - 1)}> <${utf16Hex(cp)}>`);
    else singles.push(`<${hex4(gid)}> <${utf16Hex(cp)}>`);
    i = j;
  }
  const blocks = (lines: string[], kind: 'bfchar' | 'bfrange') => {
    const out: string[] = [];
    for (let k = 0; k < lines.length; k += 100) {
      const chunk = lines.slice(k, k + 100);
      out.push(`${chunk.length} begin${kind}`, ...chunk, `end${kind}`);
    }
    return out;
  };
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks(singles, 'bfchar'),
    ...blocks(ranges, 'bfrange'),
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The six capital letters that mark a subset's font name (“ABCDEF+Name”), from its glyphs. */
function subsetTag(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7919;
  }
  return tag;
}

export function embedFont(doc: PDFDocument, font: SfntFont, fontBytes: Uint8Array): EmbeddedFont {
  const context = doc.context;
  const ref = context.nextRef();
  const shown = new Map<number, number>();
  const scale = 1000 / font.unitsPerEm;
  const s = (n: number) => Math.round(n * scale);
  let finished = false;

  return {
    ref,
    encode(text) {
      let hex = '';
      for (const char of text) {
        const cp = char.codePointAt(0) ?? 0;
        const gid = font.glyphOf(cp);
        if (gid !== 0 && !shown.has(gid)) shown.set(gid, cp);
        hex += hex4(gid);
      }
      return PDFHexString.of(hex);
    },
    finish() {
      if (finished) return;
      finished = true;
      const file = withoutTables(fontBytes, ['cmap', 'post']);
      const fileRef = context.register(context.flateStream(file, { Length1: file.length }));
      const baseFont = `${subsetTag([...shown.keys()].join(','))}+${font.postscriptName}`;
      const descriptorRef = context.register(
        context.obj({
          Type: 'FontDescriptor',
          FontName: baseFont,
          Flags: 4,
          FontBBox: font.bbox.map(s),
          ItalicAngle: font.italicAngle,
          Ascent: s(font.ascender),
          Descent: s(font.descender),
          CapHeight: s(font.capHeight),
          StemV: 80,
          FontFile2: fileRef,
        }),
      );
      // Widths: 1000 (a CJK em) by default, the others listed in runs.
      const widths: (number | number[])[] = [];
      let run: number[] = [];
      let runStart = -1;
      for (let gid = 0; gid < font.numGlyphs; gid++) {
        const w = s(font.advanceOf(gid));
        if (w === 1000) continue;
        if (runStart >= 0 && gid === runStart + run.length) run.push(w);
        else {
          if (runStart >= 0) widths.push(runStart, run);
          runStart = gid;
          run = [w];
        }
      }
      if (runStart >= 0) widths.push(runStart, run);
      const cidFontRef = context.register(
        context.obj({
          Type: 'Font',
          Subtype: 'CIDFontType2',
          BaseFont: baseFont,
          CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
          FontDescriptor: descriptorRef,
          DW: 1000,
          W: widths,
          CIDToGIDMap: 'Identity',
        }),
      );
      const toUnicodeRef = context.register(context.flateStream(toUnicodeCMap(shown)));
      context.assign(
        ref,
        context.obj({
          Type: 'Font',
          Subtype: 'Type0',
          BaseFont: baseFont,
          Encoding: 'Identity-H',
          DescendantFonts: [cidFontRef],
          ToUnicode: toUnicodeRef,
        }),
      );
    },
  };
}

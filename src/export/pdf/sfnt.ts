/**
 * The little of a TrueType font the PDF needs, read straight from its
 * tables: which glyph draws a character (cmap), advance widths (hmtx) and
 * the metrics of the font descriptor (head, hhea, OS/2, post, name).
 * Enough for the small subsets HarfBuzz makes, and far lighter than a
 * general font engine in the export's download.
 */

export interface SfntFont {
  unitsPerEm: number;
  numGlyphs: number;
  /** Font units. */
  bbox: readonly [number, number, number, number];
  ascender: number;
  descender: number;
  capHeight: number;
  italicAngle: number;
  postscriptName: string;
  /** Glyph id of a code point; 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advanceOf(glyph: number): number;
  /** Every mapped code point → glyph. */
  readonly cmap: ReadonlyMap<number, number>;
}

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function tables(data: DataView): Map<string, TableRecord> {
  const version = data.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('不是 TrueType 字体');
  const count = data.getUint16(4);
  const result = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(data.getUint8(at), data.getUint8(at + 1), data.getUint8(at + 2), data.getUint8(at + 3));
    result.set(tag, { tag, offset: data.getUint32(at + 8), length: data.getUint32(at + 12) });
  }
  return result;
}

function readCmap(data: DataView, table: TableRecord): Map<number, number> {
  const base = table.offset;
  const count = data.getUint16(base + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const at = base + 4 + i * 8;
    const platform = data.getUint16(at);
    const encoding = data.getUint16(at + 2);
    const offset = base + data.getUint32(at + 4);
    const format = data.getUint16(offset);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = offset;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = offset;
  }
  const map = new Map<number, number>();
  if (format12 >= 0) {
    const groups = data.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const start = data.getUint32(at);
      const end = data.getUint32(at + 4);
      const glyph = data.getUint32(at + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  if (format4 < 0) throw new Error('字体缺少 Unicode 字符映射');
  const segments = data.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = data.getUint16(ends + s * 2);
    const start = data.getUint16(starts + s * 2);
    const delta = data.getInt16(deltas + s * 2);
    const rangeOffset = data.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
        const raw = data.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

function readPostscriptName(data: DataView, table: TableRecord | undefined): string {
  if (!table) return 'Font';
  const base = table.offset;
  const count = data.getUint16(base + 2);
  const strings = base + data.getUint16(base + 4);
  for (let i = 0; i < count; i++) {
    const at = base + 6 + i * 12;
    const platform = data.getUint16(at);
    const id = data.getUint16(at + 6);
    if (id !== 6) continue;
    const length = data.getUint16(at + 8);
    const offset = strings + data.getUint16(at + 10);
    let name = '';
    if (platform === 3 || platform === 0) for (let k = 0; k < length; k += 2) name += String.fromCharCode(data.getUint16(offset + k));
    else for (let k = 0; k < length; k++) name += String.fromCharCode(data.getUint8(offset + k));
    // A PDF name: printable ASCII, no delimiters.
    const clean = name.replace(/[^A-Za-z0-9_.+-]/g, '');
    if (clean) return clean;
  }
  return 'Font';
}

export function parseSfnt(bytes: Uint8Array): SfntFont {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(data);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new Error(`字体缺少 ${tag} 表`);
    return table;
  };
  const head = need('head').offset;
  const hhea = need('hhea').offset;
  const maxp = need('maxp').offset;
  const hmtx = need('hmtx').offset;
  const os2 = t.get('OS/2');
  const post = t.get('post');
  const unitsPerEm = data.getUint16(head + 18);
  const numGlyphs = data.getUint16(maxp + 4);
  const numberOfHMetrics = data.getUint16(hhea + 34);
  const cmap = readCmap(data, need('cmap'));
  const ascender = os2 ? data.getInt16(os2.offset + 68) : data.getInt16(hhea + 4);
  const descender = os2 ? data.getInt16(os2.offset + 70) : data.getInt16(hhea + 6);
  const os2Version = os2 ? data.getUint16(os2.offset) : 0;
  const capHeight = os2 && os2Version >= 2 && os2.length >= 90 ? data.getInt16(os2.offset + 88) : ascender;
  return {
    unitsPerEm,
    numGlyphs,
    bbox: [data.getInt16(head + 36), data.getInt16(head + 38), data.getInt16(head + 40), data.getInt16(head + 42)],
    ascender,
    descender,
    capHeight,
    italicAngle: post ? data.getInt32(post.offset + 4) / 65536 : 0,
    postscriptName: readPostscriptName(data, t.get('name')),
    cmap,
    glyphOf: (cp) => cmap.get(cp) ?? 0,
    advanceOf(glyph) {
      const index = Math.min(glyph, numberOfHMetrics - 1);
      return data.getUint16(hmtx + index * 4);
    },
  };
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  const padded = (length + 3) & ~3;
  for (let i = 0; i < padded; i += 4) {
    let word = 0;
    for (let k = 0; k < 4; k++) word = (word << 8) | (i + k < length ? (bytes[offset + i + k] ?? 0) : 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * The font without some tables. For a PDF's CIDFontType2 (glyphs chosen
 * by id, CIDToGIDMap Identity) `cmap` and `post` are not used; leaving them
 * out is what dvipdfmx does, and saves the bytes of a map from characters.
 */
export function withoutTables(bytes: Uint8Array, drop: readonly string[]): Uint8Array {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept = [...tables(data).values()].filter((table) => !drop.includes(table.tag)).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerSize = 12 + kept.length * 16;
  const size = kept.reduce((sum, table) => sum + ((table.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, kept.length);
  let power = 1;
  let log = 0;
  while (power * 2 <= kept.length) {
    power *= 2;
    log++;
  }
  view.setUint16(6, power * 16);
  view.setUint16(8, log);
  view.setUint16(10, kept.length * 16 - power * 16);
  let offset = headerSize;
  let headOffset = -1;
  kept.forEach((table, i) => {
    out.set(bytes.subarray(table.offset, table.offset + table.length), offset);
    if (table.tag === 'head') {
      headOffset = offset;
      view.setUint32(offset + 8, 0); // checkSumAdjustment, recomputed below
    }
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) view.setUint8(at + k, table.tag.charCodeAt(k));
    view.setUint32(at + 4, checksum(out, offset, table.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.length);
    offset += (table.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

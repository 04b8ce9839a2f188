/**
 * The served font and what is done with it: it covers all of the site's own
 * labels; HarfBuzz cuts it to exactly the characters asked for; the PDF copy
 * drops the tables a CID font does not use; the ToUnicode map is well formed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPdfFont, PDF_FONT_FILE } from '../../../scripts/build-pdf-font.mjs';
import * as labels from '../../../src/domain/development-file/labels';
import { ALL_STAGES } from '../../../src/domain/development-file/stages';
import { toUnicodeCMap } from '../../../src/export/pdf/embed-font';
import { createSubsetter, type FontSubsetter } from '../../../src/export/pdf/hb-subset';
import { LAYOUT_CHARACTERS } from '../../../src/export/pdf/layout';
import { PROGRESS_COLUMNS } from '../../../src/domain/documents/progress-report';
import { parseSfnt, withoutTables } from '../../../src/export/pdf/sfnt';

const require = createRequire(import.meta.url);
let served: Uint8Array;
let subsetter: FontSubsetter;

beforeAll(async () => {
  await buildPdfFont();
  served = new Uint8Array(readFileSync(PDF_FONT_FILE));
  subsetter = await createSubsetter(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')), served);
}, 60_000);

function tableTags(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => new TextDecoder().decode(bytes.subarray(12 + i * 16, 16 + i * 16)));
}

describe('the served font', () => {
  it('is a few MB, not the 10 MB original, and draws every label of the site', () => {
    expect(served.length).toBeGreaterThan(1_000_000);
    expect(served.length).toBeLessThan(3_500_000);
    const font = parseSfnt(served);
    const texts: string[] = [
      LAYOUT_CHARACTERS,
      ...PROGRESS_COLUMNS,
      ...ALL_STAGES.map((s) => s.label),
      ...Object.values(labels.FIELDS).flatMap((f) => [f.label, 'hint' in f ? f.hint : '']),
      ...[labels.CRITERION_LABELS, labels.ACTIVITY_TYPE_LABELS, labels.RISK_KIND_LABELS, labels.ATTITUDE_LABELS, labels.SCREENING_RESULT_LABELS, labels.APPROVAL_DECISION_LABELS, labels.APPROVER_ROLE_LABELS, labels.RECOMMENDATION_LABELS].flatMap((map) => Object.values(map)),
      '新客户开发申请表新客户开发档案□■（）《》“”、。，：；！？…—·',
    ];
    const missing = new Set<string>();
    for (const text of texts) for (const char of text) if (char.trim() && font.glyphOf(char.codePointAt(0) ?? 0) === 0) missing.add(char);
    expect([...missing]).toEqual([]);
  });

  it('has all of GB2312’s hanzi, e.g. the first and the last of each level', () => {
    const font = parseSfnt(served);
    for (const char of '啊座亍齄') expect(font.glyphOf(char.codePointAt(0) ?? 0), char).not.toBe(0);
  });
});

describe('HarfBuzz subsetting', () => {
  it('keeps exactly the glyphs asked for (and .notdef), with their widths', () => {
    const subset = subsetter.subset([...'中文AB'].map((c) => c.codePointAt(0) ?? 0));
    const font = parseSfnt(subset);
    expect(font.numGlyphs).toBe(5);
    expect([...font.cmap.keys()].sort((a, b) => a - b)).toEqual([0x41, 0x42, 0x4e2d, 0x6587]);
    expect(font.advanceOf(font.glyphOf(0x4e2d))).toBe(1000);
    expect(font.advanceOf(font.glyphOf(0x41))).toBeLessThan(1000);
    expect(subset.length).toBeLessThan(5000);
  });

  it('ignores characters the font lacks', () => {
    const font = parseSfnt(subsetter.subset([0x20bb7, 0x4e2d]));
    expect(font.glyphOf(0x20bb7)).toBe(0);
    expect(font.glyphOf(0x4e2d)).not.toBe(0);
  });
});

describe('the embedded copy', () => {
  it('leaves out cmap and post, keeps what a CIDFontType2 needs, with valid checksums', () => {
    const subset = subsetter.subset([...'开发档案'].map((c) => c.codePointAt(0) ?? 0));
    const embedded = withoutTables(subset, ['cmap', 'post']);
    const tags = tableTags(embedded);
    expect(tags).not.toContain('cmap');
    expect(tags).not.toContain('post');
    for (const tag of ['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']) expect(tags).toContain(tag);
    // The whole file sums to the magic number once head.checkSumAdjustment is in place.
    const view = new DataView(embedded.buffer, embedded.byteOffset, embedded.byteLength);
    let sum = 0;
    for (let i = 0; i < embedded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });
});

describe('toUnicodeCMap', () => {
  it('maps runs as ranges, the rest one by one, astral characters as surrogate pairs, at most 100 a block', () => {
    const map = new Map<number, number>([
      [3, 0x4e00],
      [4, 0x4e01],
      [5, 0x4e02],
      [9, 0x20bb7],
      [10, 0x41],
    ]);
    for (let g = 100; g < 250; g++) map.set(g, 0x5000 + g * 2);
    const cmap = toUnicodeCMap(map);
    expect(cmap).toContain('<0003> <0005> <4E00>');
    expect(cmap).toContain('<0009> <D842DFB7>');
    expect(cmap).toContain('<000A> <0041>');
    const counts = [...cmap.matchAll(/^(\d+) beginbf(char|range)$/gm)].map((m) => Number(m[1]));
    expect(Math.max(...counts)).toBeLessThanOrEqual(100);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 + 150 + 1);
  });
});

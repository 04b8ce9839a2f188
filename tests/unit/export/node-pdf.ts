/**
 * The PDF exports in Node, on the font the site serves (built first when
 * missing or stale, as `npm run build` would) and the same HarfBuzz wasm.
 * Shared by the unit tests and the benchmark.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPdfFont, PDF_FONT_FILE } from '../../../scripts/build-pdf-font.mjs';
import { createPdfExports, type PdfExports } from '../../../src/export/pdf/exports';
import { nodeSubsetFont } from '../../../src/export/pdf/node-font';

let exports: Promise<PdfExports> | null = null;

export function nodePdfExports(): Promise<PdfExports> {
  exports ??= (async () => {
    await buildPdfFont();
    return createPdfExports(await nodeSubsetFont(PDF_FONT_FILE));
  })();
  return exports;
}

/** Fixed options, so the output does not depend on the day or the machine's time zone. */
export const FIXED = { today: '2026-11-27', timeZone: 'Asia/Shanghai', createdAt: new Date('2026-11-27T09:00:00+08:00') } as const;

const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));

/** Writes the PDF to a temporary file and returns its path. */
export function saveTemp(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** `pdftotext` (poppler-utils) of a PDF file; `-layout` keeps table rows on one line. */
export function pdftotext(path: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Pages according to `pdfinfo`. */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(match[1]);
}

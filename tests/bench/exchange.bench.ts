/**
 * A manager importing a big export: 1,000 complete files against 1,000 local
 * files, half of which share ids (a quarter unchanged, a quarter edited on
 * the rep's side since). The document is ~11 MB, above the 5 MB default
 * limit, so the limit is raised here to measure the work itself.
 */
import { expect, test } from 'vitest';
import { exportDocument } from '../../src/domain/exchange/export';
import { readImport } from '../../src/domain/exchange/import';
import { planImport } from '../../src/domain/exchange/apply';
import type { DevelopmentFile } from '../../src/domain/development-file/schema';
import { typicalCompleteFile } from '../helpers/typical-file';

const NOW = '2026-11-27T09:00:00.000+08:00';
const typical = typicalCompleteFile('typical-0001');
const oneFile = exportDocument([typical], { appVersion: '0.1.0', now: NOW });
console.log(
  `typical complete file: ${Buffer.byteLength(JSON.stringify(typical))} B compact, ` +
    `${oneFile.bytes} B as a one-file export (pretty-printed)`,
);

const imported: DevelopmentFile[] = Array.from({ length: 1000 }, (_, i) => typicalCompleteFile(`file-${i}`, `客户${i}有限公司`));
const local: DevelopmentFile[] = Array.from({ length: 1000 }, (_, i) => {
  if (i >= 500) return typicalCompleteFile(`local-only-${i}`, `本地客户${i}`);
  const shared = imported[i] as DevelopmentFile;
  // Even: unchanged ('same'); odd: the manager edited it since ('newer').
  return i % 2 === 0 ? shared : { ...shared, clock: { 'rep-laptop-4f2a': 57 }, owner: '李娜' };
});
const { text, bytes } = exportDocument(imported, { appVersion: '0.1.0', now: NOW });
console.log(`1,000-file export: ${(bytes / 1024 / 1024).toFixed(1)} MB`);
const options = { maxBytes: 64 * 1024 * 1024 };
const read = readImport(text, local, options);
if (!read.ok) throw new Error(read.message);
console.log('preview counts:', JSON.stringify(read.preview.counts));

test('import of a 1,000-file export against 1,000 local files', { timeout: 120_000 }, async ({ bench }) => {
  expect(read.preview.counts).toEqual({ new: 500, same: 250, newer: 250, older: 0, conflicting: 0, invalid: 0 });
  await bench.compare(
    bench('readImport', () => {
      readImport(text, local, options);
    }),
    bench('planImport', () => {
      planImport(read.preview);
    }),
    bench('readImport + planImport', () => {
      const result = readImport(text, local, options);
      if (result.ok) planImport(result.preview);
    }),
    bench('exportDocument (1,000 files)', () => {
      exportDocument(imported, { appVersion: '0.1.0', now: NOW });
    }),
    { time: 3000, warmupIterations: 2 },
  );
});

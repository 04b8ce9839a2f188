import { expect, test } from 'vitest';
import fc from 'fast-check';
import { exportDocument } from '../../../src/domain/exchange/export';
import { readImport } from '../../../src/domain/exchange/import';
import { planImport } from '../../../src/domain/exchange/apply';
import { deepFreeze, developmentFiles } from './arbitraries';

const export_ = (files: Parameters<typeof exportDocument>[0]) => exportDocument(files, { appVersion: '0.1.0', now: '2026-11-27T09:00:00.000Z' }).text;

test('export → import is the identity: every file comes back equal and "same"', () => {
  fc.assert(
    fc.property(developmentFiles(5).map(deepFreeze), (files) => {
      const result = readImport(export_(files), files);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.preview.entries.map((e) => e.status)).toEqual(files.map(() => 'same'));
      expect(result.preview.entries.map((e) => (e.status === 'invalid' ? null : e.theirs))).toEqual(files);
      expect(planImport(result.preview).toWrite).toEqual([]);
    }),
    { numRuns: 200 },
  );
});

test('into an empty browser every file is new and written exactly as exported', () => {
  fc.assert(
    fc.property(developmentFiles(5), (files) => {
      const result = readImport(export_(files), []);
      expect(result.ok && planImport(result.preview)).toEqual({ toWrite: files, backups: [], skipped: [] });
    }),
  );
});

/**
 * The hostile corpus (tests/fixtures/hostile/) through the pure exchange
 * code: a file whose every text field is hostile survives the JSON export →
 * import unchanged, a 100 KB paste is refused with the schema's limit, and the
 * 潜在客户名录 CSV keeps every hostile cell whole with formulas neutralised.
 * The end-to-end specs check the same through the page.
 */
import { describe, expect, test } from 'vitest';
import { readImport } from '../../../src/domain/exchange/import';
import { potentialCustomerListCsv, POTENTIAL_CUSTOMER_COLUMNS } from '../../../src/domain/exchange/csv';
import { LIMITS } from '../../../src/domain/development-file/schema';
import { HOSTILE_STRINGS, hugeString } from '../../fixtures/hostile/corpus';
import {
  exportDocument,
  hostileCompleteFile,
  hostileProspects,
  hostileTerminatedFile,
  hugeTextFile,
  maxLengthFile,
  stringLeaves,
} from '../../fixtures/hostile/files';
import { parseCsv } from '../../helpers/csv';

describe('the corpus', () => {
  test('every string fits a short-text field; the huge one is 100 KB', () => {
    for (const { name, text } of HOSTILE_STRINGS) expect(text.length, name).toBeLessThanOrEqual(LIMITS.shortText);
    expect(hugeString()).toHaveLength(100 * 1024);
  });

  test('the hostile files put a corpus string in every free-text field, and every corpus string somewhere', () => {
    for (const { file, leaves } of [hostileCompleteFile(), hostileTerminatedFile()]) {
      const replaced = new Set(leaves.map((l) => l.path));
      // What is left are ids, dates, times and enum values.
      const kept = stringLeaves(file).filter((l) => !replaced.has(l.path));
      for (const leaf of kept) expect(leaf.path).toMatch(/(^|\.)(id|createdAt|updatedAt|at|date|foundOn|raisedOn|plannedOn|evaluatedAt|reportedToManagerAt|appliedOn|submittedAt|requestedAt|confirmedAt|guidanceAt|stage|from|to|type|kind|attitude|decision|screeningResult|\d+)$/);
      expect(leaves.length).toBeGreaterThan(HOSTILE_STRINGS.length);
      expect(new Set(leaves.map((l) => l.name)).size).toBe(HOSTILE_STRINGS.length);
    }
  });
});

describe('JSON import', () => {
  test('hostile text comes back exactly as exported', () => {
    const files = [hostileCompleteFile().file, hostileTerminatedFile().file, maxLengthFile().file];
    const result = readImport(exportDocument(files), []);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.entries.map((e) => e.status)).toEqual(['new', 'new', 'new']);
    expect(result.preview.entries.map((e) => (e.status === 'new' ? e.theirs : null))).toEqual(files);
  });

  test('a 100 KB paste is refused with the field and its limit, in Chinese', () => {
    const result = readImport(exportDocument([hugeTextFile()]), []);
    if (!result.ok) throw new Error(result.message);
    const entry = result.preview.entries[0];
    expect(entry?.status).toBe('invalid');
    expect(entry?.status === 'invalid' ? entry.reasons : []).toEqual(
      expect.arrayContaining([
        `customer.name：不能超过 ${LIMITS.shortText} 个字符`,
        `survey.findings：不能超过 ${LIMITS.longText} 个字符`,
        `review.successPoints：不能超过 ${LIMITS.longText} 个字符`,
      ]),
    );
  });
});

describe('潜在客户名录 CSV', () => {
  test('every hostile cell is one cell, as written, with a leading apostrophe on formulas', () => {
    const files = hostileProspects();
    const rows = parseCsv(potentialCustomerListCsv(files, { timeZone: 'Asia/Shanghai' }));
    expect(rows[0]).toEqual([...POTENTIAL_CUSTOMER_COLUMNS]);
    expect(rows).toHaveLength(files.length + 1);
    const neutral = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    files.forEach((file, i) => {
      const row = rows[i + 1] ?? [];
      expect(row).toHaveLength(POTENTIAL_CUSTOMER_COLUMNS.length);
      const { name, region, industry, type, sourceChannel } = file.customer;
      expect(row.slice(0, 5)).toEqual([name, region, industry, type, sourceChannel].map(neutral));
      expect(row[6]).toBe(neutral(file.owner));
    });
  });
});

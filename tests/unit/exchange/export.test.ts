import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXPORT_TYPE,
  exportDocument,
  exportDocumentSchema,
  exportFilename,
  exportJsonSchema,
  MAX_FILES_PER_DOCUMENT,
  safeFilenamePart,
} from '../../../src/domain/exchange/export';
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import { SCHEMA_VERSION, STAGE_IDS } from '../../../src/domain/development-file/schema';
import { typicalCompleteFile } from '../../helpers/typical-file';
import { validate } from './json-schema-subset';

const NOW = '2026-11-27T09:00:00.000+08:00';
const options = { appVersion: '0.1.0', now: NOW, timeZone: 'Asia/Shanghai' };
const fileNamed = (name: string, id = 'f1') => createDevelopmentFile({ customerName: name }, NOW, id);

describe('exportDocument', () => {
  test('wraps the files in a typed, versioned envelope, pretty-printed', () => {
    const files = [typicalCompleteFile('a'), fileNamed('乙', 'b')];
    const result = exportDocument(files, options);
    expect(result.document).toEqual({ type: EXPORT_TYPE, schemaVersion: SCHEMA_VERSION, appVersion: '0.1.0', exportedAt: NOW, files });
    expect(JSON.parse(result.text)).toEqual(result.document);
    expect(result.text).toMatch(/^\{\n {2}"type": "playbook.development-files",\n/);
    expect(result.bytes).toBe(Buffer.byteLength(result.text, 'utf8'));
    expect(result.tooLargeToImport).toBe(false);
    expect(exportDocumentSchema.safeParse(result.document).success).toBe(true);
  });

  test('the file name says whose file or how many, and the local date', () => {
    expect(exportDocument([fileNamed('华东精密机械有限公司')], options).filename).toBe('开发档案-华东精密机械有限公司-2026-11-27.json');
    expect(exportDocument([fileNamed('甲', 'a'), fileNamed('乙', 'b'), fileNamed('丙', 'c')], options).filename).toBe('开发档案-3份-2026-11-27.json');
    // 07:30 in Shanghai is still yesterday in UTC: the rep's date wins.
    expect(exportDocument([fileNamed('甲')], { ...options, now: '2026-11-26T23:30:00.000Z' }).filename).toBe('开发档案-甲-2026-11-27.json');
    expect(exportFilename([], '2026-11-27')).toBe('开发档案-0份-2026-11-27.json');
  });

  test.each([
    ['A/B:C*D?"E"<F>|G\\H', 'A_B_C_D_E_F_G_H'],
    ['  华东\t精密\n机械  ', '华东 精密 机械'],
    ['客户\u202Enosj.exe', '客户nosj.exe'],
    ['...', '未命名客户'],
    ['', '未命名客户'],
    ['..隐藏.', '隐藏'],
    ['长'.repeat(60), '长'.repeat(40)],
    ['😀'.repeat(50), '😀'.repeat(40)],
  ])('file-name part of %j is %j', (name, expected) => {
    expect(safeFilenamePart(name)).toBe(expected);
  });
});

test('an export another browser would refuse says so', () => {
  const files = Array.from({ length: MAX_FILES_PER_DOCUMENT + 1 }, (_, i) => typicalCompleteFile(`f${i}`));
  const result = exportDocument(files, options);
  expect(result.tooLargeToImport).toBe(true);
  expect(exportDocument(files.slice(0, 10), options).tooLargeToImport).toBe(false);
});

describe('published JSON Schema', () => {
  const schema = exportJsonSchema();

  test('is a draft 2020-12 schema of the envelope', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toMatchObject({ type: 'object', required: ['type', 'schemaVersion', 'appVersion', 'exportedAt', 'files'] });
    expect(schema).toHaveProperty('properties.files.items.properties.stage.enum', [...STAGE_IDS]);
    expect(schema).toHaveProperty('properties.type.const', EXPORT_TYPE);
    expect(schema).toHaveProperty('properties.schemaVersion.const', SCHEMA_VERSION);
  });

  test('accepts a real export and rejects broken ones', () => {
    const document = JSON.parse(exportDocument([typicalCompleteFile('a'), fileNamed('乙', 'b')], options).text);
    expect(validate(schema, document)).toEqual([]);
    const [first] = document.files;
    expect(validate(schema, { ...document, files: [{ ...first, stage: '开发申请' }] })).toEqual(['$.files[0].stage: enum']);
    expect(validate(schema, { ...document, type: 'other' })).toEqual(['$.type: const']);
    const { id: _id, ...withoutId } = first;
    expect(validate(schema, { ...document, files: [withoutId] })).toEqual(['$.files[0]: missing id']);
  });

  test('the committed valid fixture matches it', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/import/valid-two-files.json'), 'utf8');
    expect(validate(schema, JSON.parse(text))).toEqual([]);
  });
});

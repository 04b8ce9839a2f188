import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readImport, sizeProblem, DEFAULT_MAX_BYTES, type ImportResult, type PreviewEntry } from '../../../src/domain/exchange/import';
import { EXPORT_TYPE, MAX_FILES_PER_DOCUMENT, exportDocument } from '../../../src/domain/exchange/export';
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';
import { deepFreeze, developmentFiles } from './arbitraries';

const NOW = '2026-11-27T09:00:00.000+08:00';
const LATER = '2026-11-28T09:00:00.000+08:00';
const file = (id: string, name = '华东精密机械有限公司', clock: Record<string, number> = { rep: 1 }): DevelopmentFile => ({
  ...createDevelopmentFile({ customerName: name, owner: '张伟' }, NOW, id),
  clock,
});
const envelope = (files: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: EXPORT_TYPE, schemaVersion: 1, appVersion: '0.1.0', exportedAt: NOW, files, ...extra });
const exported = (files: DevelopmentFile[]) => exportDocument(files, { appVersion: '0.1.0', now: NOW }).text;
const entries = (result: ImportResult): PreviewEntry[] => {
  if (!result.ok) throw new Error(result.message);
  return result.preview.entries;
};

describe('refusals of the whole document', () => {
  test('a document over the size limit names its actual size', () => {
    const huge = envelope([{ id: 'big', note: '大'.repeat(7_500_000) }]); // ~21.5 MB in UTF-8
    expect(readImport(huge, [])).toEqual({ ok: false, code: 'too-large', message: expect.stringMatching(/文件太大（21\.\d MB），超过导入上限 20\.0 MB/) });
    expect(readImport(exported([file('f1')]), [], { maxBytes: 100 })).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('the UI can check File.size before reading the text', () => {
    expect(sizeProblem(DEFAULT_MAX_BYTES)).toBeNull();
    expect(sizeProblem(DEFAULT_MAX_BYTES + 1)).toMatch(/文件太大/);
    expect(sizeProblem(2048, 1024)).toBe('文件太大（2.0 KB），超过导入上限 1.0 KB。请分批导出后再导入。');
  });

  test('10,000 entries are refused with the limit in the message', () => {
    const result = readImport(envelope(Array.from({ length: 10_000 }, (_, i) => ({ id: `f${i}` }))), []);
    expect(result).toEqual({ ok: false, code: 'too-many-files', message: `文件包含 10000 份档案，超过单次导入上限 ${MAX_FILES_PER_DOCUMENT} 份。请分批导出后再导入。` });
  });

  test('exactly the limit is read', () => {
    const result = readImport(envelope(Array.from({ length: MAX_FILES_PER_DOCUMENT }, () => ({}))), []);
    expect(result.ok && result.preview.counts.invalid).toBe(MAX_FILES_PER_DOCUMENT);
  });

  test.each([
    ['a bare array', '[]', 'wrong-type'],
    ['another tag', envelope([], { type: 'excalidraw' }), 'wrong-type'],
    ['no version', envelope([], { schemaVersion: undefined }), 'bad-version'],
    ['a version as text', envelope([], { schemaVersion: '1' }), 'bad-version'],
    ['a negative version', envelope([], { schemaVersion: -1 }), 'bad-version'],
    ['a fractional version', envelope([], { schemaVersion: 0.5 }), 'bad-version'],
    ['no file list', envelope(undefined), 'no-files'],
    ['an empty file list', envelope([]), 'no-files'],
    ['whitespace only', ' \n\t', 'empty'],
    ['a JSON string', '"开发档案"', 'wrong-type'],
  ])('%s → %s', (_what, text, code) => {
    expect(readImport(text, [])).toMatchObject({ ok: false, code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  test('a value that is not text is refused, not thrown', () => {
    expect(readImport(undefined as unknown as string, [])).toMatchObject({ ok: false, code: 'not-json' });
  });
});

describe('preview against local files', () => {
  test('a UTF-8 BOM (Windows Notepad) is accepted', () => {
    expect(entries(readImport(`\uFEFF${exported([file('f1')])}`, [])).map((e) => e.status)).toEqual(['new']);
  });

  test('new, same, newer, older and conflicting, decided by version vectors', () => {
    const base = file('same');
    const mine = [base, file('newer', '甲', { rep: 1 }), file('older', '乙', { rep: 2 }), file('both', '丙', { rep: 2, mgr: 1 })];
    const theirs = [
      { ...base, updatedAt: LATER, clock: { rep: 1, mgr: 1 } }, // saved again unchanged: still the same content
      { ...file('newer', '甲（经理已批）', { rep: 1, mgr: 1 }), updatedAt: LATER },
      file('older', '乙（旧）', { rep: 1 }),
      file('both', '丙（经理改）', { rep: 1, mgr: 2 }),
      file('brand-new'),
    ];
    const result = entries(readImport(exported(theirs), mine));
    expect(result.map((e) => [e.id, e.status])).toEqual([
      ['same', 'same'],
      ['newer', 'newer'],
      ['older', 'older'],
      ['both', 'conflicting'],
      ['brand-new', 'new'],
    ]);
    expect(result[1]).toMatchObject({ customerName: '甲（经理已批）', stage: 'evaluation', theirsUpdatedAt: LATER, mineUpdatedAt: NOW });
    expect(result[4]).toMatchObject({ mine: null, mineUpdatedAt: null, theirsUpdatedAt: NOW });
  });

  test('equal clocks with different content are a conflict: nobody can say which is later', () => {
    const [entry] = entries(readImport(exported([file('f1', '新名字')]), [file('f1', '旧名字')]));
    expect(entry?.status).toBe('conflicting');
  });

  test('an invalid file still shows what can be shown, and my side of it', () => {
    const [entry] = entries(readImport(envelope([{ ...file('f1', '某客户'), stage: 'survey', createdAt: 'bad' }]), [file('f1')]));
    expect(entry).toMatchObject({ status: 'invalid', id: 'f1', customerName: '某客户', stage: 'survey', theirsUpdatedAt: NOW, mineUpdatedAt: NOW });
  });

  test('entries that are not objects are invalid, their neighbours read', () => {
    const result = entries(readImport(envelope([null, 42, 'x', [], file('ok')]), []));
    expect(result.map((e) => e.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'new']);
    expect(result[0]?.status === 'invalid' && result[0].reasons).toEqual(['不是一份开发档案（应为 JSON 对象）']);
  });

  test('counts and document metadata are reported', () => {
    const result = readImport(exported([file('a'), file('b')]), [file('a')]);
    expect(result.ok && result.preview).toMatchObject({ sourceVersion: 1, appVersion: '0.1.0', exportedAt: NOW, counts: { new: 1, same: 1, invalid: 0 } });
    const odd = readImport(envelope([file('a')], { appVersion: 7, exportedAt: 'now' }), []);
    expect(odd.ok && [odd.preview.appVersion, odd.preview.exportedAt]).toEqual([null, null]);
  });
});

describe('prototype pollution', () => {
  const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

  test('__proto__, constructor and prototype keys at any depth change no prototype', () => {
    const before = prototypeKeys();
    const payload = `{"__proto__":{"polluted":1},"type":"${EXPORT_TYPE}","schemaVersion":1,"files":[
      {"id":"p1","createdAt":"${NOW}","updatedAt":"${NOW}","__proto__":{"polluted":2},
       "constructor":{"prototype":{"polluted":3}},"customer":{"name":"客户","__proto__":{"polluted":4}},
       "stageHistory":[{"__proto__":{"polluted":5},"from":null,"to":"evaluation","at":"${NOW}","note":""}],
       "survey":{"openPoints":[{"id":"o1","prototype":{"polluted":6}}]}}]}`;
    const result = readImport(payload, []);
    expect(entries(result).map((e) => e.status)).toEqual(['new']);
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a file whose id is "__proto__" or "constructor" is refused as invalid, and pollutes nothing', () => {
    const payload = `{"type":"${EXPORT_TYPE}","schemaVersion":1,"files":[{"id":"constructor","createdAt":"${NOW}","updatedAt":"${NOW}","customer":{"name":"原型编号"}}]}`;
    const [entry] = entries(readImport(payload, [file('f1')]));
    expect(entry).toMatchObject({ status: 'invalid', customerName: '原型编号' });
    expect(entry?.status === 'invalid' && entry.reasons.join('')).toMatch(/保留字/);
    expect(({} as Record<string, unknown>)['customer']).toBeUndefined();
  });
});

describe('readImport never throws and never touches local files', () => {
  const check = (text: string, local: readonly DevelopmentFile[]) => {
    const snapshot = structuredClone(local);
    const result = readImport(text, local);
    expect(result.ok || result.message.length > 0).toBe(true);
    expect(local).toEqual(snapshot);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  };
  const frozenLocal = developmentFiles(3).map(deepFreeze);

  test('arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), frozenLocal, (value, local) => check(JSON.stringify(value) ?? '', local)));
  });

  test('arbitrary values as the file list of a well-formed envelope', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 5 }), fc.integer({ min: -1, max: 2 }), frozenLocal, (files, version, local) =>
        check(envelope(files, { schemaVersion: version }), local),
      ),
    );
  });

  test('a valid file with any one field replaced by arbitrary JSON', () => {
    const valid = file('f1');
    const keys = [...Object.keys(valid), '__proto__', 'constructor'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), frozenLocal, (key, value, local) =>
        check(envelope([JSON.parse(JSON.stringify({ ...valid, [key]: value }))]), local),
      ),
    );
  });

  test('arbitrary text and bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), frozenLocal, (text, local) => check(text, local)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), frozenLocal, (bytes, local) => check(new TextDecoder().decode(bytes), local)));
  });

  test('truncations of a real export at every length', () => {
    const text = exported([file('a'), file('b', '<乙>')]);
    const local = deepFreeze([file('a')]);
    for (let cut = 0; cut < text.length; cut += 7) check(text.slice(0, cut), local);
  });
});

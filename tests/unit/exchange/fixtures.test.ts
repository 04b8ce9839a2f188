/**
 * Each committed fixture in tests/fixtures/import/ → the outcome and the
 * Chinese message its README promises. The UI's end-to-end tests rely on the
 * same fixtures, so a changed message must change the README too.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImport, type ImportResult, type PreviewEntry } from '../../../src/domain/exchange/import';
import { planImport } from '../../../src/domain/exchange/apply';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/import', name), 'utf8');
const read = (name: string): ImportResult => readImport(fixture(name), []);
const entriesOf = (name: string): PreviewEntry[] => {
  const result = read(name);
  if (!result.ok) throw new Error(`${name} was refused: ${result.message}`);
  return result.preview.entries;
};
const reasonsOf = (entry: PreviewEntry | undefined) => (entry?.status === 'invalid' ? entry.reasons : []);

describe('documents refused whole', () => {
  test.each([
    ['truncated.json', 'not-json', /文件不完整或不是 JSON/],
    ['not-json.txt', 'not-json', /文件不完整或不是 JSON/],
    ['empty.json', 'empty', /文件是空的/],
    ['wrong-type.json', 'wrong-type', /这不是本系统导出的开发档案文件/],
    ['future-version.json', 'future-version', /更新版本的系统（数据版本 99，本站支持到 1）/],
  ])('%s → %s', (name, code, message) => {
    expect(read(name)).toEqual({ ok: false, code, message: expect.stringMatching(message) });
  });
});

describe('documents read file by file', () => {
  test('valid-two-files.json: both files are new', () => {
    expect(entriesOf('valid-two-files.json').map((e) => [e.status, e.id, e.customerName])).toEqual([
      ['new', 'fx-valid-1', '华东精密机械有限公司'],
      ['new', 'fx-valid-2', '苏州恒达电子科技有限公司'],
    ]);
  });

  test('missing-fields.json: every file invalid, the missing field named', () => {
    const [noId, noTimes] = entriesOf('missing-fields.json');
    expect(noId).toMatchObject({ status: 'invalid', id: null, customerName: '缺少编号的客户' });
    expect(reasonsOf(noId)).toEqual(['id：缺少此项']);
    expect(reasonsOf(noTimes)).toEqual(['createdAt：缺少此项', 'updatedAt：缺少此项']);
  });

  test('wrong-types.json: each wrong field reported with its path', () => {
    const [entry] = entriesOf('wrong-types.json');
    expect(entry).toMatchObject({ status: 'invalid', id: 'fx-types-1', customerName: '', stage: null });
    expect(reasonsOf(entry)).toEqual([
      'createdAt：时间格式应为 ISO 8601',
      'customer.name：类型不对，应为文字',
      expect.stringMatching(/^stage：取值无效，可选：evaluation、survey/),
      'evaluation.finance.score：类型不对，应为数字',
    ]);
  });

  test('huge-string.json: a field over its limit makes the file invalid, not truncated', () => {
    const [entry] = entriesOf('huge-string.json');
    expect(entry).toMatchObject({ status: 'invalid', customerName: '超长字段客户' });
    expect(reasonsOf(entry)).toEqual(['survey.findings：不能超过 5000 个字符']);
  });

  test('duplicate-ids.json: the later file with a repeated id is invalid', () => {
    const entries = entriesOf('duplicate-ids.json');
    expect(entries.map((e) => [e.status, e.customerName])).toEqual([
      ['new', '甲公司'],
      ['new', '乙公司'],
      ['invalid', '丙公司（编号与甲重复）'],
    ]);
    expect(reasonsOf(entries[2])).toEqual(['文件中有重复的档案编号：fx-dup-1']);
  });

  test('version-0.json: a prototype export is migrated (top-level name, Chinese stage names)', () => {
    const result = read('version-0.json');
    expect(result.ok && result.preview.sourceVersion).toBe(0);
    expect(entriesOf('version-0.json').map((e) => [e.status, e.customerName, e.stage])).toEqual([
      ['new', '旧版客户一', 'survey'],
      ['new', '旧版客户二', 'application'],
    ]);
  });

  test('html-in-names.json: markup in names is valid data, kept as inert text', () => {
    const entries = entriesOf('html-in-names.json');
    expect(entries.map((e) => e.status)).toEqual(['new', 'new']);
    expect(entries.map((e) => e.customerName)).toEqual(['<img src=x onerror=alert(1)>', '<script>alert("xss")</script>有限公司']);
    const [second] = entries.slice(1);
    expect(second?.status === 'new' && second.theirs.owner).toBe('<b>张伟</b>');
  });

  test('proto-keys.json: dangerous keys are dropped at every level and nothing is polluted', () => {
    const [entry] = entriesOf('proto-keys.json');
    expect(entry?.status).toBe('new');
    if (entry?.status !== 'new') return;
    const file = entry.theirs;
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    expect(Object.hasOwn(file, '__proto__') || Object.hasOwn(file.customer, '__proto__')).toBe(false);
    expect(file.clock).toEqual({ 'rep-laptop': 3 });
    expect(file.evaluation.finance.score).toBe(3);
    expect((file as unknown as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(file.execution.activities.map((a) => a.summary)).toEqual(['首次电话联系']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});

test('broken fixtures plan no writes at all', () => {
  for (const name of ['missing-fields.json', 'wrong-types.json', 'huge-string.json']) {
    const result = read(name);
    expect(result.ok && planImport(result.preview).toWrite).toEqual([]);
  }
});

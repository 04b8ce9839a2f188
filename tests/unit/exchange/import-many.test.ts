import { describe, expect, test } from 'vitest';
import { readImports } from '../../../src/domain/exchange/import-many';
import { planImport } from '../../../src/domain/exchange/apply';
import { exportDocument } from '../../../src/domain/exchange/export';
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';

const NOW = '2026-11-27T09:00:00.000+08:00';
const file = (id: string, name: string, clock: Record<string, number>, region = ''): DevelopmentFile => {
  const base = createDevelopmentFile({ customerName: name, owner: '张伟' }, NOW, id);
  return { ...base, clock, customer: { ...base.customer, region } };
};
const doc = (name: string, files: DevelopmentFile[]) => ({ name, text: exportDocument(files, { appVersion: '0.1.0', now: NOW }).text });

describe('several export documents at once', () => {
  test('the entries of every document, each with its source; a refused document is named with its reason', () => {
    const result = readImports(
      [doc('张伟.json', [file('a', '甲公司', { rep1: 1 })]), { name: '坏文件.json', text: '{"type":' }, doc('李娜.json', [file('b', '乙公司', { rep2: 3 })])],
      [],
    );
    expect(result.accepted).toEqual(['张伟.json', '李娜.json']);
    expect(result.refused).toEqual([{ name: '坏文件.json', message: expect.stringMatching(/不是 JSON/) }]);
    expect(result.preview?.entries.map((e) => [e.customerName, e.source, e.status])).toEqual([
      ['甲公司', '张伟.json', 'new'],
      ['乙公司', '李娜.json', 'new'],
    ]);
    expect(result.preview?.counts.new).toBe(2);
    expect(planImport(result.preview!).toWrite.map((f) => f.id)).toEqual(['a', 'b']);
  });

  test('the same file in two documents: the newer copy is previewed, the older listed as superseded', () => {
    const monday = file('a', '甲公司', { rep1: 2 }, '华东');
    const friday = file('a', '甲公司', { rep1: 5 }, '华南');
    for (const order of [
      [doc('周一.json', [monday]), doc('周五.json', [friday])],
      [doc('周五.json', [friday]), doc('周一.json', [monday])],
    ]) {
      const result = readImports(order, []);
      expect(result.preview?.entries).toHaveLength(1);
      expect(result.preview?.entries[0]).toMatchObject({ source: '周五.json', status: 'new', theirs: { customer: { region: '华南' } } });
      expect(result.superseded).toEqual([{ customerName: '甲公司', from: '周一.json', keptFrom: '周五.json' }]);
    }
  });

  test('two copies each edited since they parted are not ordered silently: the second is shown as invalid with the reason', () => {
    const result = readImports([doc('一.json', [file('a', '甲公司', { rep1: 2, mgr: 1 }, '华东')]), doc('二.json', [file('a', '甲公司', { rep1: 3 }, '华南')])], []);
    expect(result.preview?.entries.map((e) => [e.source, e.status])).toEqual([
      ['一.json', 'new'],
      ['二.json', 'invalid'],
    ]);
    const second = result.preview?.entries[1];
    expect(second?.status === 'invalid' && second.reasons).toEqual([expect.stringMatching(/与“一\.json”中的同一份档案各自有修改/)]);
    expect(planImport(result.preview!).toWrite.map((f) => f.customer.region)).toEqual(['华东']);
  });

  test('nothing readable: no preview, every document refused', () => {
    const result = readImports([{ name: 'a.txt', text: '' }, { name: 'b.json', text: '[]' }], []);
    expect(result.preview).toBeNull();
    expect(result.refused.map((r) => r.name)).toEqual(['a.txt', 'b.json']);
  });
});

import { describe, expect, test } from 'vitest';
import { restore, withoutDangerousKeys } from '../../../src/domain/development-file/restore';
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import { SCHEMA_VERSION } from '../../../src/domain/development-file/schema';

const NOW = '2026-11-27T09:00:00.000Z';
const valid = () => createDevelopmentFile({ customerName: '华东精密机械有限公司', owner: '张伟' }, NOW, 'file1');

describe('restore', () => {
  test('a valid file comes back unchanged with no repairs', () => {
    const file = valid();
    expect(restore(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file, repairs: [] });
  });

  test('a missing section is filled with its defaults', () => {
    const { evaluation: _e, ...rest } = valid();
    const result = restore(rest);
    expect(result.ok && result.file.evaluation.finance).toEqual({ score: null, note: '' });
  });

  test('a bad field value is reset to its default and reported', () => {
    const raw = { ...valid(), stage: 'nonsense', customer: { ...valid().customer, region: 42 } };
    const result = restore(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.stage).toBe('evaluation');
    expect(result.file.customer.region).toBe('');
    expect(result.file.customer.name).toBe('华东精密机械有限公司');
    expect(result.repairs.map((r) => r.path).sort()).toEqual(['customer.region', 'stage']);
  });

  test('a broken list item is dropped, its neighbours kept', () => {
    const file = valid();
    const raw = {
      ...file,
      execution: {
        ...file.execution,
        activities: [
          { id: 'a1', date: '2026-11-01', type: 'contact', summary: '电话' },
          { id: 'a2', date: 'yesterday', type: 'contact' },
          { id: 'a3', date: '2026-11-03', type: 'factoryVisit' },
        ],
      },
    };
    const result = restore(raw);
    expect(result.ok && result.file.execution.activities.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(result.ok && result.repairs.map((r) => r.path)).toEqual(['execution.activities[1].date']);
  });

  test('broken timestamps are replaced by now', () => {
    const result = restore({ ...valid(), updatedAt: 'soon' }, { now: NOW });
    expect(result.ok && result.file.updatedAt).toBe(NOW);
  });

  test('a file without a usable id cannot be restored', () => {
    expect(restore({ ...valid(), id: '../../etc' })).toMatchObject({ ok: false, reason: expect.stringMatching(/档案编号无效/) });
    expect(restore({ customer: { name: 'x' } })).toMatchObject({ ok: false });
  });

  test('non-objects are refused with a reason, never thrown', () => {
    for (const raw of [null, undefined, 42, 'text', [], true]) {
      expect(restore(raw)).toMatchObject({ ok: false, reason: expect.any(String) });
    }
  });

  test('prototype-polluting keys never get through', () => {
    const raw = JSON.parse(`{"id":"f","createdAt":"${NOW}","updatedAt":"${NOW}","__proto__":{"polluted":true},"clock":{"__proto__":{"x":1},"dev":2}}`);
    const result = restore(raw);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.ok && Object.keys(result.file.clock)).toEqual(['dev']);
    expect(withoutDangerousKeys({ a: { constructor: 1, b: 2 } })).toEqual({ a: { b: 2 } });
  });

  test('version 0 files are migrated: top-level name and Chinese stage names', () => {
    const result = restore({ id: 'old1', createdAt: NOW, updatedAt: NOW, name: '旧档案客户', stage: '前期准备' }, { version: 0 });
    expect(result.ok && [result.file.customer.name, result.file.stage]).toEqual(['旧档案客户', 'preparation']);
  });

  test('a file from a newer version is refused, not downgraded', () => {
    const result = restore(valid(), { version: SCHEMA_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/更新版本/) });
  });
});

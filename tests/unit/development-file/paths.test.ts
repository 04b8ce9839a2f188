import { describe, expect, test } from 'vitest';
import { getAtPath, setAtPath } from '../../../src/domain/development-file/paths';

describe('field paths', () => {
  const file = { customer: { name: '甲', region: '华东' }, list: [{ id: 'a', v: 1 }] };

  test('reads nested fields and list items', () => {
    expect(getAtPath(file, 'customer.name')).toBe('甲');
    expect(getAtPath(file, 'list.0.v')).toBe(1);
    expect(getAtPath(file, 'customer.missing.deeper')).toBeUndefined();
  });

  test('writes copy along the path and leave the input and untouched branches alone', () => {
    const next = setAtPath(file, 'customer.name', '乙');
    expect(next.customer).toEqual({ name: '乙', region: '华东' });
    expect(file.customer.name).toBe('甲');
    expect(next.list).toBe(file.list);
    const listed = setAtPath(file, 'list.0.v', 2);
    expect(listed.list).toEqual([{ id: 'a', v: 2 }]);
    expect(Array.isArray(listed.list)).toBe(true);
    expect(file.list[0]?.v).toBe(1);
  });
});

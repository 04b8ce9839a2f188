import { describe, expect, test } from 'vitest';
import {
  appendAtPath,
  inOrderOf,
  insertAtPath,
  newestFirst,
  removeAtPath,
} from '../../../src/domain/development-file/list-edits';
import { developmentFileSchema } from '../../../src/domain/development-file/schema';
import { blankFile, deepFreeze } from './fixtures';

describe('list edits by path', () => {
  const base = () =>
    deepFreeze({
      a: { list: [{ id: 'x', v: 1 }, { id: 'y', v: 2 }], other: { keep: true } },
    });

  test('appendAtPath adds at the end and leaves the frozen input alone', () => {
    const root = base();
    const next = appendAtPath(root, 'a.list', { id: 'z', v: 3 });
    expect(next.a.list.map((i) => i.id)).toEqual(['x', 'y', 'z']);
    expect(root.a.list).toHaveLength(2);
    expect(next.a.other).toBe(root.a.other);
  });

  test('appendAtPath starts a list where there is none', () => {
    const next = appendAtPath(deepFreeze({ a: {} }) as { a: { list?: unknown[] } }, 'a.list', { id: 'z' });
    expect(next.a.list).toEqual([{ id: 'z' }]);
  });

  test('removeAtPath removes by id, and returns the same root when the id is absent', () => {
    const root = base();
    const next = removeAtPath(root, 'a.list', 'x');
    expect(next.a.list).toEqual([{ id: 'y', v: 2 }]);
    expect(root.a.list).toHaveLength(2);
    expect(removeAtPath(root, 'a.list', 'nope')).toBe(root);
    expect(removeAtPath(root, 'a.missing', 'x')).toBe(root);
  });

  test('insertAtPath puts an item back where it was (undo of a removal)', () => {
    const root = base();
    const removed = removeAtPath(root, 'a.list', 'x');
    const restored = insertAtPath(removed, 'a.list', 0, { id: 'x', v: 1 });
    expect(restored).toEqual(root);
  });

  test('insertAtPath clamps the index and refuses a duplicate id', () => {
    const root = base();
    expect(insertAtPath(root, 'a.list', 99, { id: 'z' }).a.list.map((i) => i.id)).toEqual(['x', 'y', 'z']);
    expect(insertAtPath(root, 'a.list', -5, { id: 'z' }).a.list.map((i) => i.id)).toEqual(['z', 'x', 'y']);
    expect(insertAtPath(root, 'a.list', 1, { id: 'x' })).toBe(root);
  });

  test('edits on a development file keep it valid', () => {
    const file = deepFreeze(blankFile());
    const withMaker = appendAtPath(file, 'preparation.decisionMakers', {
      id: 'd1',
      name: '刘总',
      role: '总经理',
      contact: '',
      attitude: 'unknown',
      notes: '',
    });
    expect(developmentFileSchema.safeParse(withMaker).success).toBe(true);
    expect(withMaker.preparation.decisionMakers).toHaveLength(1);
    expect(file.preparation.decisionMakers).toHaveLength(0);
    expect(removeAtPath(withMaker, 'preparation.decisionMakers', 'd1').preparation.decisionMakers).toEqual([]);
  });
});

describe('newestFirst', () => {
  test('sorts by date, latest first, and keeps each entry’s stored index', () => {
    const items = [
      { id: 'a', date: '2026-11-01' },
      { id: 'b', date: '2026-11-10' },
      { id: 'c', date: '2026-10-20' },
    ];
    expect(newestFirst(items).map(({ item, index }) => [item.id, index])).toEqual([
      ['b', 1],
      ['a', 0],
      ['c', 2],
    ]);
  });

  test('entries of the same day show the later-added one first', () => {
    const items = [
      { id: 'a', date: '2026-11-01' },
      { id: 'b', date: '2026-11-01' },
      { id: 'c', date: '2026-11-01' },
    ];
    expect(newestFirst(items).map(({ item }) => item.id)).toEqual(['c', 'b', 'a']);
  });

  test('does not reorder the input', () => {
    const items = deepFreeze([
      { date: '2026-01-01' },
      { date: '2026-02-01' },
    ]);
    expect(newestFirst(items)).toHaveLength(2);
    expect(items[0]?.date).toBe('2026-01-01');
  });
});

describe('inOrderOf', () => {
  test('keeps the canonical order and drops unknown values', () => {
    expect(inOrderOf(['a', 'b', 'c', 'd'], ['d', 'b', 'x'])).toEqual(['b', 'd']);
    expect(inOrderOf(['a', 'b'], [])).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeFiles } from '../../../src/domain/development-file/merge';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';
import { emptyFile } from '../../helpers/development-files';

type Edit = (file: DevelopmentFile) => DevelopmentFile;

function setIn<T>(value: T, path: readonly string[], leaf: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return leaf as T;
  const obj = value as Record<string, unknown>;
  return { ...obj, [head]: setIn(obj[head], rest, leaf) } as T;
}

const activity = (id: string, summary: string) => ({ id, date: '2026-11-01', type: 'contact' as const, summary, outcome: '', nextStep: '' });
const withActivities = (file: DevelopmentFile, activities: DevelopmentFile['execution']['activities']) =>
  ({ ...file, execution: { ...file.execution, activities } });

const words = fc.constantFrom('', '华东', '华南', '电话拜访', '样品已寄出', 'x', '待定');
const textPaths = [
  ['customer', 'name'],
  ['customer', 'region'],
  ['owner'],
  ['evaluation', 'finance', 'note'],
  ['review', 'successPoints'],
  ['preparation', 'paymentMethod'],
] as const;

/** Random edits of every kind the merge treats differently. */
function editArb(idPrefix: string): fc.Arbitrary<Edit> {
  return fc.oneof(
    fc.tuple(fc.constantFrom(...textPaths), words).map(([path, w]): Edit => (f) => setIn(f, path, w)),
    fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }).map((s): Edit => (f) => setIn(f, ['evaluation', 'capability', 'score'], s)),
    fc.subarray(['销售部', '财务部', '生产部'] as const).map((d): Edit => (f) => setIn(f, ['onboarding', 'departmentsNotified'], d)),
    fc.tuple(fc.integer({ min: 0, max: 5 }), words).map(([n, w]): Edit => (f) => {
      const list = f.execution.activities.filter((a) => a.id !== `${idPrefix}${n}`);
      return withActivities(f, [...list, activity(`${idPrefix}${n}`, w)]);
    }),
    fc.nat().map((i): Edit => (f) => withActivities(f, f.execution.activities.filter((_, k) => k !== i % Math.max(1, f.execution.activities.length)))),
    fc.tuple(fc.nat(), words).map(([i, w]): Edit => (f) =>
      withActivities(f, f.execution.activities.map((a, k) => (k === i % Math.max(1, f.execution.activities.length) ? { ...a, outcome: w } : a))),
    ),
  );
}

const apply = (file: DevelopmentFile, edits: readonly Edit[]) => edits.reduce((f, e) => e(f), file);
const fileArb = (prefix: string, start = emptyFile('f1')) => fc.array(editArb(prefix), { maxLength: 8 }).map((edits) => apply(start, edits));
const withoutMergeFields = ({ clock: _c, updatedAt: _u, ...rest }: DevelopmentFile) => rest;

describe('mergeFiles', () => {
  test('merge(base, x, base) = x', () => {
    fc.assert(
      fc.property(fileArb('b').chain((base) => fc.tuple(fc.constant(base), fileArb('x', base))), ([base, x]) => {
        const { file, conflicts } = mergeFiles(base, x, base);
        expect(withoutMergeFields(file)).toEqual(withoutMergeFields(x));
        expect(conflicts).toEqual([]);
      }),
    );
  });

  test('merge(base, base, y) = y', () => {
    fc.assert(
      fc.property(fileArb('b').chain((base) => fc.tuple(fc.constant(base), fileArb('y', base))), ([base, y]) => {
        const { file, conflicts } = mergeFiles(base, base, y);
        expect(withoutMergeFields(file)).toEqual(withoutMergeFields(y));
        expect(conflicts).toEqual([]);
      }),
    );
  });

  test('merge(base, x, x) = x without conflicts', () => {
    fc.assert(
      fc.property(fileArb('b').chain((base) => fc.tuple(fc.constant(base), fileArb('x', base))), ([base, x]) => {
        expect(mergeFiles(base, x, x)).toEqual({ file: x, conflicts: [] });
      }),
    );
  });

  test('edits to different fields and new list items from both sides all survive', () => {
    const mineEdit = fc.tuple(fc.constantFrom(['customer', 'region'], ['owner']), words);
    const theirEdit = fc.tuple(fc.constantFrom(['review', 'successPoints'], ['preparation', 'paymentMethod']), words);
    fc.assert(
      fc.property(fc.array(mineEdit), fc.array(theirEdit), fc.nat(3), fc.nat(3), (me, they, myAdds, theirAdds) => {
        const base = withActivities(emptyFile('f1'), [activity('base0', '初次电话')]);
        let mine = me.reduce((f, [path, w]) => setIn(f, path, w), base);
        let theirs = they.reduce((f, [path, w]) => setIn(f, path, w), base);
        for (let n = 0; n < myAdds; n++) mine = withActivities(mine, [...mine.execution.activities, activity(`m${n}`, '我方')]);
        for (let n = 0; n < theirAdds; n++) theirs = withActivities(theirs, [...theirs.execution.activities, activity(`t${n}`, '对方')]);
        const { file, conflicts } = mergeFiles(base, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(file.customer.region).toBe(mine.customer.region);
        expect(file.owner).toBe(mine.owner);
        expect(file.review.successPoints).toBe(theirs.review.successPoints);
        expect(file.preparation.paymentMethod).toBe(theirs.preparation.paymentMethod);
        // theirs' order, then our additions
        expect(file.execution.activities.map((a) => a.id)).toEqual([
          ...theirs.execution.activities.map((a) => a.id),
          ...mine.execution.activities.slice(1).map((a) => a.id),
        ]);
      }),
    );
  });

  test('both sides changing one field: ours kept, conflict recorded with both values', () => {
    const base = emptyFile('f1');
    const mine = setIn(base, ['customer', 'region'], '华东');
    const theirs = setIn(base, ['customer', 'region'], '华南');
    const { file, conflicts } = mergeFiles(base, mine, theirs);
    expect(file.customer.region).toBe('华东');
    expect(conflicts).toEqual([{ path: 'customer.region', mine: '华东', theirs: '华南' }]);
  });

  test('list items merge by id, field by field', () => {
    const base = withActivities(emptyFile('f1'), [activity('a1', '电话')]);
    const mine = withActivities(base, [{ ...activity('a1', '电话'), outcome: '同意见面' }]);
    const theirs = withActivities(base, [{ ...activity('a1', '电话'), nextStep: '寄样品' }]);
    const { file, conflicts } = mergeFiles(base, mine, theirs);
    expect(file.execution.activities).toEqual([{ ...activity('a1', '电话'), outcome: '同意见面', nextStep: '寄样品' }]);
    expect(conflicts).toEqual([]);

    const clash = mergeFiles(base, withActivities(base, [activity('a1', '我的')]), withActivities(base, [activity('a1', '他的')]));
    expect(clash.conflicts).toEqual([{ path: 'execution.activities[id=a1].summary', mine: '我的', theirs: '他的' }]);
  });

  test('an item deleted on one side and edited on the other is kept with the edit, and reported', () => {
    const base = withActivities(emptyFile('f1'), [activity('a1', '电话'), activity('a2', '拜访')]);
    const edited = withActivities(base, [activity('a1', '电话（已补充）'), activity('a2', '拜访')]);
    const deleted = withActivities(base, [activity('a2', '拜访')]);

    const theirsEdited = mergeFiles(base, deleted, edited);
    expect(theirsEdited.file.execution.activities.map((a) => a.summary)).toEqual(['电话（已补充）', '拜访']);
    expect(theirsEdited.conflicts).toEqual([{ path: 'execution.activities[id=a1]', mine: undefined, theirs: activity('a1', '电话（已补充）') }]);

    const mineEdited = mergeFiles(base, edited, deleted);
    expect(mineEdited.file.execution.activities.map((a) => a.summary)).toEqual(['拜访', '电话（已补充）']);
    expect(mineEdited.conflicts).toHaveLength(1);

    // A clean deletion (the other side did not touch the item) is not a conflict.
    expect(mergeFiles(base, deleted, base)).toMatchObject({ conflicts: [] });
    expect(mergeFiles(base, base, deleted).file.execution.activities.map((a) => a.id)).toEqual(['a2']);
  });

  test('lists without ids are single values', () => {
    const base = setIn(emptyFile('f1'), ['onboarding', 'departmentsNotified'], ['销售部']);
    const mine = setIn(base, ['onboarding', 'departmentsNotified'], ['销售部', '财务部']);
    const theirs = setIn(base, ['onboarding', 'departmentsNotified'], ['销售部', '生产部']);
    const { file, conflicts } = mergeFiles(base, mine, theirs);
    expect(file.onboarding.departmentsNotified).toEqual(['销售部', '财务部']);
    expect(conflicts.map((c) => c.path)).toEqual(['onboarding.departmentsNotified']);
  });

  test('clock is the join of both, updatedAt the later one', () => {
    const base = { ...emptyFile('f1'), clock: { a: 1, b: 1 } };
    const mine = { ...base, clock: { a: 3, b: 1 }, updatedAt: '2026-11-28T10:00:00.000Z' };
    const theirs = { ...base, clock: { a: 1, b: 2, c: 1 }, updatedAt: '2026-11-28T11:00:00+02:00' };
    const { file } = mergeFiles(base, mine, theirs);
    expect(file.clock).toEqual({ a: 3, b: 2, c: 1 });
    expect(file.updatedAt).toBe('2026-11-28T10:00:00.000Z'); // 11:00+02:00 is 09:00Z
  });
});

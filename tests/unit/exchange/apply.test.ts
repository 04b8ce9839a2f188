import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { COPY_SUFFIX, planImport, unresolvedConflicts, type ImportChoices } from '../../../src/domain/exchange/apply';
import { readImport, type ImportPreview } from '../../../src/domain/exchange/import';
import { exportDocument } from '../../../src/domain/exchange/export';
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import { LIMITS, type DevelopmentFile } from '../../../src/domain/development-file/schema';
import { developmentFileSchema } from '../../../src/domain/development-file/schema';

const NOW = '2026-11-27T09:00:00.000+08:00';
const file = (id: string, name: string, clock: Record<string, number>): DevelopmentFile => ({
  ...createDevelopmentFile({ customerName: name }, NOW, id),
  clock,
});

type Kind = 'new' | 'same' | 'newer' | 'older' | 'conflicting' | 'invalid';
/** Local and imported copies of file `id` that stand in relation `kind`. */
function pair(kind: Kind, id: string): { mine: DevelopmentFile | null; theirs: unknown } {
  switch (kind) {
    case 'new':
      return { mine: null, theirs: file(id, '新客户', { mgr: 1 }) };
    case 'same':
      return { mine: file(id, '客户', { rep: 1 }), theirs: file(id, '客户', { rep: 1 }) };
    case 'newer':
      return { mine: file(id, '客户', { rep: 1 }), theirs: file(id, '客户（经理已批）', { rep: 1, mgr: 1 }) };
    case 'older':
      return { mine: file(id, '客户（本地新）', { rep: 2 }), theirs: file(id, '客户（旧）', { rep: 1 }) };
    case 'conflicting':
      return { mine: file(id, '客户（业务改）', { rep: 2 }), theirs: file(id, '客户（经理改）', { rep: 1, mgr: 1 }) };
    case 'invalid':
      return { mine: file(id, '客户', { rep: 1 }), theirs: { ...file(id, '客户', { rep: 9 }), stage: 'nowhere' } };
  }
}

function scenario(kinds: readonly Kind[]) {
  const pairs = kinds.map((kind, i) => ({ kind, id: `f${i}`, ...pair(kind, `f${i}`) }));
  const local = pairs.flatMap((p) => (p.mine ? [p.mine] : []));
  const text = JSON.stringify({ ...exportDocument([], { appVersion: 't', now: NOW }).document, files: pairs.map((p) => p.theirs) });
  const result = readImport(text, local);
  if (!result.ok) throw new Error(result.message);
  return { pairs, local, preview: result.preview };
}

let counter = 0;
const newId = () => `copy${++counter}`;

describe('planImport defaults', () => {
  test('new added, newer replaced with a backup, same/older/conflicting/invalid skipped', () => {
    const { pairs, preview } = scenario(['new', 'newer', 'same', 'older', 'conflicting', 'invalid']);
    const plan = planImport(preview, {}, { newId });
    expect(plan.toWrite.map((f) => [f.id, f.customer.name])).toEqual([
      ['f0', '新客户'],
      ['f1', '客户（经理已批）'],
    ]);
    expect(plan.backups).toEqual([pairs[1]?.mine]);
    expect(plan.skipped.map((s) => [s.id, s.code])).toEqual([
      ['f2', 'same'],
      ['f3', 'older'],
      ['f4', 'needs-choice'],
      ['f5', 'invalid'],
    ]);
    expect(plan.skipped[3]?.reason).toMatch(/^无法导入：stage：取值无效/);
    expect(unresolvedConflicts(preview)).toEqual(['f4']);
  });
});

describe('choices', () => {
  test("conflict 'take-theirs': theirs written with both clocks joined, mine backed up", () => {
    const { pairs, preview } = scenario(['conflicting']);
    const plan = planImport(preview, { f0: 'take-theirs' });
    expect(plan.toWrite).toEqual([{ ...(pairs[0]?.theirs as DevelopmentFile), clock: { rep: 2, mgr: 1 } }]);
    expect(plan.backups).toEqual([pairs[0]?.mine]);
    expect(unresolvedConflicts(preview, { f0: 'take-theirs' })).toEqual([]);
  });

  test('after taking theirs, importing the copy I decided against again is "older"', () => {
    const { pairs, preview } = scenario(['conflicting']);
    const [written] = planImport(preview, { f0: 'take-theirs' }).toWrite;
    const mine = pairs[0]?.mine;
    if (!written || !mine) throw new Error('scenario');
    const again = readImport(exportDocument([mine], { appVersion: 't', now: NOW }).text, [written]);
    expect(again.ok && again.preview.entries[0]?.status).toBe('older');
  });

  test("conflict 'keep-mine': nothing written", () => {
    const plan = planImport(scenario(['conflicting']).preview, new Map([['f0', 'keep-mine']]));
    expect(plan).toMatchObject({ toWrite: [], backups: [], skipped: [{ id: 'f0', code: 'kept-mine' }] });
  });

  test("'keep-both': theirs added as a separate copy, mine untouched", () => {
    const plan = planImport(scenario(['conflicting']).preview, { f0: 'keep-both' }, { newId: () => 'copy-a' });
    expect(plan.backups).toEqual([]);
    expect(plan.toWrite).toHaveLength(1);
    expect(plan.toWrite[0]).toMatchObject({ id: 'copy-a', clock: {}, customer: { name: `客户（经理改）${COPY_SUFFIX}` } });
  });

  test('a newer file may also be kept as mine or as both', () => {
    const { preview } = scenario(['newer', 'newer']);
    const plan = planImport(preview, { f0: 'keep-mine', f1: 'keep-both' }, { newId: () => 'c1' });
    expect(plan.skipped.map((s) => s.code)).toEqual(['kept-mine']);
    expect(plan.toWrite.map((f) => f.id)).toEqual(['c1']);
  });

  test('an imported copy stays within the name limit, even with emoji at the cut', () => {
    const { preview } = scenario(['conflicting']);
    const entry = preview.entries[0];
    if (entry?.status !== 'conflicting') throw new Error('scenario');
    const longName = `${'长'.repeat(LIMITS.shortText - COPY_SUFFIX.length - 1)}😀`;
    const longPreview: ImportPreview = { ...preview, entries: [{ ...entry, theirs: { ...entry.theirs, customer: { ...entry.theirs.customer, name: longName } } }] };
    const [copy] = planImport(longPreview, { f0: 'keep-both' }).toWrite;
    expect(copy?.customer.name).toBe(`${'长'.repeat(LIMITS.shortText - COPY_SUFFIX.length - 1)}${COPY_SUFFIX}`);
    expect(developmentFileSchema.safeParse(copy).success).toBe(true);
  });

  test('copies get distinct ids even from a generator that repeats itself', () => {
    const plan = planImport(scenario(['conflicting', 'conflicting']).preview, { f0: 'keep-both', f1: 'keep-both' }, { newId: () => 'f0' });
    const ids = plan.toWrite.map((f) => f.id);
    expect(new Set([...ids, 'f0', 'f1']).size).toBe(4);
    for (const f of plan.toWrite) expect(developmentFileSchema.safeParse(f).success).toBe(true);
  });

  test('choices for "older" are ignored: an older copy is never taken', () => {
    const plan = planImport(scenario(['older']).preview, { f0: 'take-theirs' });
    expect(plan).toMatchObject({ toWrite: [], backups: [], skipped: [{ code: 'older' }] });
  });

  test('inherited keys of a choices object are not choices', () => {
    const text = exportDocument([file('valueOf', '甲', { mgr: 1 }), file('toString', '乙', { mgr: 1 })], { appVersion: 't', now: NOW }).text;
    const result = readImport(text, [file('valueOf', '甲（本地）', { rep: 1 }), file('toString', '乙（本地）', { rep: 1 })]);
    if (!result.ok) throw new Error(result.message);
    expect(unresolvedConflicts(result.preview, {})).toEqual(['valueOf', 'toString']);
  });
});

describe('merging never silently replaces newer local data', () => {
  const kinds = fc.array(fc.constantFrom<Kind>('new', 'same', 'newer', 'older', 'conflicting', 'invalid'), { minLength: 1, maxLength: 8 });
  const choiceValue = fc.constantFrom('keep-mine', 'take-theirs', 'keep-both', 'bogus', '');
  const choiceKey = fc.oneof(fc.constantFrom('f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', '__proto__', 'constructor'), fc.string());
  const choices = fc.oneof(
    fc.dictionary(choiceKey, choiceValue),
    fc.array(fc.tuple(choiceKey, choiceValue)).map((entries) => new Map(entries)),
  ) as fc.Arbitrary<ImportChoices>;
  const chosen = (c: ImportChoices, id: string) => (c instanceof Map ? c.get(id) : Object.hasOwn(c, id) ? (c as Record<string, string>)[id] : undefined);

  test('for any choices: older and same never written; conflicting replaced only on an explicit take-theirs', () => {
    fc.assert(
      fc.property(kinds, choices, (kindList, c) => {
        const { pairs, local, preview } = scenario(kindList);
        const plan = planImport(preview, c, { newId });
        const written = new Map(plan.toWrite.map((f) => [f.id, f]));
        expect(written.size).toBe(plan.toWrite.length);
        for (const p of pairs) {
          const replaced = written.has(p.id);
          if (p.kind === 'older' || p.kind === 'same' || p.kind === 'invalid') expect(replaced).toBe(false);
          if (p.kind === 'conflicting') expect(replaced).toBe(chosen(c, p.id) === 'take-theirs');
          if (p.kind === 'newer') expect(replaced).toBe(!['keep-mine', 'keep-both'].includes(chosen(c, p.id) ?? ''));
          if (p.kind === 'new') expect(replaced).toBe(true);
        }
        // Every local file that is overwritten is kept as a backup first.
        const localIds = new Set(local.map((f) => f.id));
        const overwritten = plan.toWrite.filter((f) => localIds.has(f.id)).map((f) => f.id);
        expect(plan.backups.map((f) => f.id)).toEqual(overwritten);
        // Copies never overwrite anything.
        for (const f of plan.toWrite) if (f.customer.name.endsWith(COPY_SUFFIX)) expect(localIds.has(f.id)).toBe(false);
      }),
    );
  });
});

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';
import { createDevelopmentFileStore, type DevelopmentFileStore } from '../../../src/stores/development-file-store';
import { fileKey } from '../../../src/stores/file-envelope';
import { createMemoryEngine, type MemoryEngine, type StorageEngine } from '../../../src/stores/storage-engine';
import { emptyFile, envelopeText, storedFile, T0 } from '../../helpers/development-files';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
});
afterEach(() => {
  vi.useRealTimers();
});

const ID = 'shared';

/** Two tabs of one browser (same device id, as in real life) with one file both have loaded. */
function twoTabs(events: 'sync' | 'manual' = 'sync') {
  const engine = createMemoryEngine({ events });
  engine.setItem(fileKey(ID), envelopeText(emptyFile(ID)));
  const a = createDevelopmentFileStore(engine, { deviceId: 'browser1' });
  const b = createDevelopmentFileStore(engine.openTab(), { deviceId: 'browser1' });
  return { engine, a, b };
}

type Path = readonly [keyof DevelopmentFile, string];
const edit = (tab: DevelopmentFileStore, [section, field]: Path, value: string) =>
  tab.updateFile(ID, (f) => ({ ...f, [section]: { ...(f[section] as object), [field]: value } }));
const read = (file: DevelopmentFile | null | undefined, [section, field]: Path) =>
  (file?.[section] as Record<string, unknown> | undefined)?.[field];

const REGION: Path = ['customer', 'region'];
const SUCCESS: Path = ['review', 'successPoints'];

/** Writes and hands over everything until both tabs and the storage agree. */
function settle(engine: MemoryEngine, ...tabs: DevelopmentFileStore[]) {
  for (let round = 0; round < 4; round++) {
    for (const tab of tabs) tab.flushPendingWrites();
    engine.deliverEvents();
  }
}

describe('two tabs editing different fields of one file', () => {
  const orders: [string, (t: ReturnType<typeof twoTabs>) => void][] = [
    ['A saves, then B edits and saves', ({ a, b }) => {
      edit(a, REGION, '华东');
      a.flushPendingWrites();
      edit(b, SUCCESS, '样品试用顺利');
      b.flushPendingWrites();
    }],
    ['both edit, A saves, then B saves', ({ a, b }) => {
      edit(a, REGION, '华东');
      edit(b, SUCCESS, '样品试用顺利');
      a.flushPendingWrites();
      b.flushPendingWrites();
    }],
    ['both edit, B saves, then A saves', ({ a, b }) => {
      edit(a, REGION, '华东');
      edit(b, SUCCESS, '样品试用顺利');
      b.flushPendingWrites();
      a.flushPendingWrites();
    }],
    ['both edit and their debounced writes fire together', ({ a, b }) => {
      edit(a, REGION, '华东');
      edit(b, SUCCESS, '样品试用顺利');
      vi.runAllTimers();
    }],
  ];

  for (const events of ['sync', 'manual'] as const) {
    test.each(orders)(`%s (${events} events): both edits survive everywhere`, (_, run) => {
      const tabs = twoTabs(events);
      run(tabs);
      settle(tabs.engine, tabs.a, tabs.b);
      for (const file of [storedFile(tabs.engine, ID), tabs.a.getFile(ID), tabs.b.getFile(ID)]) {
        expect(read(file, REGION)).toBe('华东');
        expect(read(file, SUCCESS)).toBe('样品试用顺利');
      }
      expect(tabs.a.$storageProblems.get()).toEqual([]);
      expect(tabs.b.$storageProblems.get()).toEqual([]);
    });
  }

  test('a stale write (the other tab’s event not heard yet) merges instead of overwriting', () => {
    const { engine, a, b } = twoTabs('manual');
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    edit(b, SUCCESS, '样品试用顺利'); // b has not heard of a's write
    b.flushPendingWrites();
    expect(read(storedFile(engine, ID), REGION)).toBe('华东');
    expect(read(storedFile(engine, ID), SUCCESS)).toBe('样品试用顺利');
  });

  test('a late event does not take a tab back to an older version', () => {
    const { engine, a, b } = twoTabs('manual');
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    edit(a, REGION, '华南');
    a.flushPendingWrites();
    engine.deliverEvents(); // b hears the first write after the second
    expect(read(b.getFile(ID), REGION)).toBe('华南');
  });

  test('a tab without unsaved edits adopts the other tab’s version', () => {
    const { a, b } = twoTabs();
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    expect(b.getFile(ID)).toEqual(a.getFile(ID));
    expect(b.hasUnsavedChanges()).toBe(false);
  });

  test('a file created in one tab appears in the other', () => {
    const { a, b } = twoTabs();
    const created = a.createFile({ customerName: '新客户' });
    expect(created.ok && b.getFile(created.file.id)?.customer.name).toBe('新客户');
  });
});

/**
 * Tabs in different processes can read a stale copy of localStorage for a
 * moment. Tab b is given its own copy of the storage as it was; its write is
 * then applied over a's, as the browser applies both in turn.
 */
describe('a write made on a stale view of storage', () => {
  function staleTabs() {
    const engine = createMemoryEngine();
    engine.setItem(fileKey(ID), envelopeText(emptyFile(ID)));
    const a = createDevelopmentFileStore(engine, { deviceId: 'browser1' });
    const staleView = createMemoryEngine();
    const b = createDevelopmentFileStore(staleView, { deviceId: 'browser1' });
    /** b's view catches up with the shared storage. */
    const catchUp = () => staleView.simulateExternalWrite(fileKey(ID), engine.getItem(fileKey(ID)));
    /** b saves into its stale view, and that text lands in the shared storage. */
    const bSaves = () => {
      b.flushPendingWrites();
      engine.simulateExternalWrite(fileKey(ID), staleView.getItem(fileKey(ID)));
    };
    catchUp();
    return { engine, a, b, catchUp, bSaves };
  }

  test('over our save, which it never saw: a merges its save back and writes both', () => {
    const { engine, a, b, bSaves } = staleTabs();
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    edit(b, SUCCESS, '样品试用顺利');
    bSaves();
    expect(read(a.getFile(ID), REGION)).toBe('华东');
    expect(read(a.getFile(ID), SUCCESS)).toBe('样品试用顺利');
    expect(a.hasUnsavedChanges()).toBe(true);
    a.flushPendingWrites();
    expect(read(storedFile(engine, ID), REGION)).toBe('华东');
    expect(read(storedFile(engine, ID), SUCCESS)).toBe('样品试用顺利');
    expect(a.$storageProblems.get()).toEqual([]);
  });

  test('over our save while we have unsaved edits: the save and the edits both survive', () => {
    const { engine, a, b, bSaves } = staleTabs();
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    edit(a, ['customer', 'industry'], '电子');
    edit(b, SUCCESS, '样品试用顺利');
    bSaves();
    a.flushPendingWrites();
    const stored = storedFile(engine, ID);
    expect([read(stored, REGION), read(stored, ['customer', 'industry']), read(stored, SUCCESS)]).toEqual(['华东', '电子', '样品试用顺利']);
  });

  test('a write that saw our save is taken as it is, even when it clears what we wrote', () => {
    const { engine, a, b, catchUp, bSaves } = staleTabs();
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    catchUp();
    expect(read(b.getFile(ID), REGION)).toBe('华东');
    edit(b, REGION, '');
    bSaves();
    expect(read(a.getFile(ID), REGION)).toBe('');
    expect(a.hasUnsavedChanges()).toBe(false);
    expect(read(storedFile(engine, ID), REGION)).toBe('');
  });

  test('the same field written on both sides is a conflict as usual: ours kept, theirs backed up', () => {
    const { engine, a, b, bSaves } = staleTabs();
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    edit(b, REGION, '华南');
    bSaves();
    const theirs = engine.getItem(fileKey(ID));
    a.flushPendingWrites();
    expect(read(storedFile(engine, ID), REGION)).toBe('华东');
    const [problem] = a.$storageProblems.get();
    expect(problem).toMatchObject({ kind: 'conflict', conflicts: [{ path: 'customer.region', mine: '华东', theirs: '华南' }] });
    expect(engine.getItem(problem?.backupKey ?? '')).toBe(theirs);
  });
});

describe('same-field conflicts', () => {
  test('ours is kept, the conflict reported in Chinese with both values, theirs backed up', () => {
    const { engine, a, b } = twoTabs();
    edit(a, REGION, '华东');
    edit(b, REGION, '华南');
    a.flushPendingWrites();
    const theirRaw = engine.getItem(fileKey(ID));
    b.flushPendingWrites();

    expect(read(b.getFile(ID), REGION)).toBe('华南');
    expect(read(storedFile(engine, ID), REGION)).toBe('华南');
    expect(read(a.getFile(ID), REGION)).toBe('华南'); // a had nothing unsaved: it follows
    const [problem, ...others] = b.$storageProblems.get();
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      kind: 'conflict',
      fileId: ID,
      details: ['customer.region'],
      conflicts: [{ path: 'customer.region', mine: '华南', theirs: '华东' }],
    });
    expect(problem?.message).toMatch(/另一个标签页.*保留了本页面的内容/);
    expect(engine.getItem(problem?.backupKey ?? '')).toBe(theirRaw);
  });
});

describe('deletion in another tab', () => {
  test('removes the file here when we have no unsaved edits', () => {
    const { a, b } = twoTabs();
    a.deleteFile(ID);
    expect(b.getFile(ID)).toBeUndefined();
    expect(b.$storageProblems.get()).toEqual([]);
  });

  test('keeps our version, reports, and writes it back, when we have unsaved edits', () => {
    const { engine, a, b } = twoTabs();
    edit(b, SUCCESS, '还没保存的总结');
    a.deleteFile(ID);

    expect(read(b.getFile(ID), SUCCESS)).toBe('还没保存的总结');
    expect(b.$storageProblems.get()).toMatchObject([{ kind: 'deleted-elsewhere', fileId: ID }]);
    expect(b.$storageProblems.get()[0]?.message).toMatch(/被删除了.*保留/);
    b.flushPendingWrites();
    expect(read(storedFile(engine, ID), SUCCESS)).toBe('还没保存的总结');
    expect(read(a.getFile(ID), SUCCESS)).toBe('还没保存的总结');
    expect(a.$storageProblems.get()).toMatchObject([{ kind: 'restored-elsewhere', fileId: ID }]);
  });
});

describe('broken text written over a file we hold', () => {
  test('is backed up and replaced by our good copy', () => {
    const { engine, a } = twoTabs();
    edit(a, REGION, '华东');
    a.flushPendingWrites();
    engine.simulateExternalWrite(fileKey(ID), '{"type":"playbook.devel');
    expect(a.$storageProblems.get()).toMatchObject([{ kind: 'corrupt', fileId: ID }]);
    expect(engine.getItem(a.$storageProblems.get()[0]?.backupKey ?? '')).toBe('{"type":"playbook.devel');
    vi.runAllTimers();
    expect(read(storedFile(engine, ID), REGION)).toBe('华东');
  });
});

describe('a newer version of the site writing a file in another tab', () => {
  test('our unsaved edits stay in memory and never overwrite it', () => {
    const { engine, b } = twoTabs();
    edit(b, SUCCESS, '本页的修改');
    const future = envelopeText({ ...emptyFile(ID), newField: 1 }, 99);
    engine.simulateExternalWrite(fileKey(ID), future);
    b.flushPendingWrites();
    expect(engine.getItem(fileKey(ID))).toBe(future);
    expect(read(b.getFile(ID), SUCCESS)).toBe('本页的修改');
    expect(b.$saveStatus.get()).toMatchObject({ state: 'error', kind: 'newer-version' });
    expect(b.$storageProblems.get()).toMatchObject([{ kind: 'newer-version' }]);
  });
});

describe('interleavings (property)', () => {
  const A_FIELDS: Path[] = [REGION, ['customer', 'industry'], ['preparation', 'paymentMethod'], ['survey', 'findings']];
  const B_FIELDS: Path[] = [SUCCESS, ['customer', 'type'], ['preparation', 'procurementCycle'], ['review', 'correctiveActions']];

  type Step =
    | { kind: 'edit'; tab: 0 | 1; field: number; value: string }
    | { kind: 'add'; tab: 0 | 1 }
    | { kind: 'flush'; tab: 0 | 1 }
    | { kind: 'deliver' }
    | { kind: 'wait'; ms: number };

  const tab = fc.constantFrom<0 | 1>(0, 1);
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), tab, field: fc.nat(3), value: fc.string({ maxLength: 6 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), tab }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('flush' as const), tab }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'deliver' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 2500 }) }) },
  );

  /** What the steps asked for: each field's last value and every activity added, to find in the end. */
  function recorder(tabs: readonly [DevelopmentFileStore, DevelopmentFileStore]) {
    const expected = new Map<Path, string>();
    const added: string[] = [];
    /** Runs an edit, add or flush step; returns false for the other kinds, which the caller runs. */
    const run = (s: Step): boolean => {
      if (s.kind === 'edit') {
        const field = (s.tab === 0 ? A_FIELDS : B_FIELDS)[s.field];
        if (!field) return true;
        edit(tabs[s.tab], field, s.value);
        expected.set(field, s.value);
      } else if (s.kind === 'add') {
        const id = `t${s.tab}n${added.length}`;
        added.push(id);
        tabs[s.tab].updateFile(ID, (f) => ({
          ...f,
          execution: { ...f.execution, activities: [...f.execution.activities, { id, date: '2026-11-01', type: 'contact', summary: id, outcome: '', nextStep: '' }] },
        }));
      } else if (s.kind === 'flush') tabs[s.tab].flushPendingWrites();
      else return false;
      return true;
    };
    const expectAllIn = (file: DevelopmentFile | null | undefined) => {
      for (const [field, value] of expected) expect(read(file, field)).toBe(value);
      expect(file?.execution.activities.map((x) => x.id).sort()).toEqual([...added].sort());
    };
    return { run, expectAllIn };
  }

  test.each(['sync', 'manual'] as const)('random edits by two tabs on disjoint fields never lose an edit (%s events)', (events) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { engine, a, b } = twoTabs(events);
        const { run, expectAllIn } = recorder([a, b]);
        for (const s of steps) {
          if (run(s)) continue;
          if (s.kind === 'deliver') engine.deliverEvents();
          else if (s.kind === 'wait') vi.advanceTimersByTime(s.ms);
        }
        settle(engine, a, b);
        for (const file of [storedFile(engine, ID), a.getFile(ID), b.getFile(ID)]) expectAllIn(file);
        expect([...a.$storageProblems.get(), ...b.$storageProblems.get()]).toEqual([]);
        a.dispose();
        b.dispose();
      }),
      { numRuns: 200 },
    );
  });
  /**
   * Tab b runs in another process: it reads its own copy of the storage,
   * which catches up only on a 'catch up' step, while its writes reach the
   * shared storage at once (and a hears them). A real copy lags by
   * milliseconds, far fewer saves than a tab remembers (REMEMBERED_VERSIONS
   * in file-sync.ts); so the model lets a save at most 3 times before b's
   * copy catches up.
   */
  test('random edits by two tabs, one reading a lagging copy of storage, never lose an edit', () => {
    type LagStep = Exclude<Step, { kind: 'deliver' }> | { kind: 'catch up' };
    const lagStep: fc.Arbitrary<LagStep> = fc.oneof(
      { weight: 8, arbitrary: step.filter((s): s is Exclude<Step, { kind: 'deliver' }> => s.kind !== 'deliver') },
      { weight: 1, arbitrary: fc.constant({ kind: 'catch up' as const }) },
    );
    fc.assert(
      fc.property(fc.array(lagStep, { maxLength: 40 }), (steps) => {
        const shared = createMemoryEngine();
        shared.setItem(fileKey(ID), envelopeText(emptyFile(ID)));
        let aSaves = 0;
        const aEngine: StorageEngine = {
          getItem: (key) => shared.getItem(key),
          keys: () => shared.keys(),
          setItem: (key, value) => {
            shared.setItem(key, value);
            aSaves++;
          },
          removeItem: (key) => shared.removeItem(key),
          addChangeListener: (listener) => shared.addChangeListener(listener),
        };
        const view = createMemoryEngine();
        view.setItem(fileKey(ID), shared.getItem(fileKey(ID)) ?? '');
        const bEngine: StorageEngine = {
          getItem: (key) => view.getItem(key),
          keys: () => view.keys(),
          setItem: (key, value) => {
            view.setItem(key, value);
            shared.simulateExternalWrite(key, value);
          },
          removeItem: (key) => {
            view.removeItem(key);
            shared.simulateExternalWrite(key, null);
          },
          addChangeListener: (listener) => view.addChangeListener(listener),
        };
        const catchUp = () => {
          aSaves = 0;
          for (const key of shared.keys()) if (view.getItem(key) !== shared.getItem(key)) view.simulateExternalWrite(key, shared.getItem(key));
        };
        const a = createDevelopmentFileStore(aEngine, { deviceId: 'browser1' });
        const b = createDevelopmentFileStore(bEngine, { deviceId: 'browser1' });
        const { run, expectAllIn } = recorder([a, b]);
        for (const s of steps) {
          if (aSaves >= 3) catchUp();
          if (s.kind === 'catch up') catchUp();
          else if (!run(s) && s.kind === 'wait') vi.advanceTimersByTime(s.ms);
        }
        for (let round = 0; round < 4; round++) {
          catchUp();
          a.flushPendingWrites();
          b.flushPendingWrites();
        }
        catchUp();
        for (const file of [storedFile(shared, ID), a.getFile(ID), b.getFile(ID)]) expectAllIn(file);
        expect([...a.$storageProblems.get(), ...b.$storageProblems.get()]).toEqual([]);
        a.dispose();
        b.dispose();
      }),
      { numRuns: 300 },
    );
  });
});

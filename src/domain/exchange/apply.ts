/**
 * planImport(): turns a preview and the user's choices into what the storage
 * layer writes. Pure: it returns a plan and changes nothing.
 *
 * Rule: local data that may hold work the import lacks is never replaced
 * without the user asking for exactly that file.
 * - new          → added.
 * - newer        → replaces mine (mine kept in `backups`); the user may pick
 *                  'keep-mine' or 'keep-both' instead.
 * - same         → skipped: nothing to do.
 * - older        → always skipped, whatever the choices say. Mine already
 *                  contains every save theirs has (its version vector
 *                  dominates), so taking theirs could only lose work; going
 *                  back to an old copy is not what an import is for.
 * - conflicting  → needs an explicit choice per file; until then skipped:
 *                  'keep-mine'   nothing written;
 *                  'take-theirs' theirs replaces mine, mine kept in `backups`;
 *                  'keep-both'   theirs added as a copy with a new id, its
 *                                customer name suffixed （导入副本）;
 *                  'merge'       the rep's copy with the manager's entries of
 *                                the other (manager-entries.ts), mine kept in
 *                                `backups`. It is the default when the other
 *                                copy holds manager entries to bring in: the
 *                                rep edited after sending, the manager decided.
 * - invalid      → skipped with its reasons.
 *
 * A replacement carries the join of both clocks, so it dominates both copies:
 * re-importing the copy the user just decided against is then 'older', and
 * the next local save cannot reuse a count the other copy already used.
 */
import { joinClocks } from '../development-file/clock';
import { newId as randomId } from '../development-file/factory';
import { hasNewManagerEntries, withManagerEntries } from '../development-file/manager-entries';
import { LIMITS, type DevelopmentFile } from '../development-file/schema';
import type { ImportPreview, PreviewEntry } from './import';

export type ImportChoice = 'keep-mine' | 'take-theirs' | 'keep-both' | 'merge';

/** Who imports: the rep (their copy holds the content) or a manager on 主管审阅 (the rep's copy is the imported one). */
export type ImportSide = 'rep' | 'desk';

/** The rep's copy with the manager's entries of the other one. */
function merged(mine: DevelopmentFile, theirs: DevelopmentFile, side: ImportSide): DevelopmentFile {
  return side === 'desk' ? withManagerEntries(theirs, mine) : withManagerEntries(mine, theirs);
}

/** The choice a conflicting entry starts with: 'merge' when there are manager entries to bring in. */
export function defaultChoice(entry: PreviewEntry, side: ImportSide = 'rep'): ImportChoice | undefined {
  if (entry.status !== 'conflicting') return undefined;
  const mergeable = side === 'desk' ? hasNewManagerEntries(entry.theirs, entry.mine) : hasNewManagerEntries(entry.mine, entry.theirs);
  return mergeable ? 'merge' : undefined;
}

/** Choices by file id. A Map is safest: file ids such as "__proto__" are valid. */
export type ImportChoices = ReadonlyMap<string, ImportChoice> | Readonly<Record<string, ImportChoice>>;

export type SkipCode = 'same' | 'older' | 'invalid' | 'needs-choice' | 'kept-mine';

export interface SkippedEntry {
  id: string | null;
  index: number;
  customerName: string;
  code: SkipCode;
  /** Chinese, for the import summary. */
  reason: string;
}

export interface ImportPlan {
  /** New files, replacements and copies, ready for the store. */
  toWrite: DevelopmentFile[];
  /** The local copies that `toWrite` replaces, to keep before writing. */
  backups: DevelopmentFile[];
  skipped: SkippedEntry[];
}

export const COPY_SUFFIX = '（导入副本）';

const CHOICES: ReadonlySet<string> = new Set<ImportChoice>(['keep-mine', 'take-theirs', 'keep-both', 'merge']);

export interface PlanOptions {
  /** Id generator for copies; injectable so tests are deterministic. */
  newId?: () => string;
  side?: ImportSide;
}

export function planImport(preview: ImportPreview, choices: ImportChoices = {}, options: PlanOptions = {}): ImportPlan {
  const plan: ImportPlan = { toWrite: [], backups: [], skipped: [] };
  const usedIds = new Set(preview.entries.flatMap((e) => (e.id === null ? [] : [e.id])));
  const freshId = () => uniqueId(options.newId ?? randomId, usedIds);
  const skip = (entry: PreviewEntry, code: SkipCode, reason: string) =>
    plan.skipped.push({ id: entry.id, index: entry.index, customerName: entry.customerName, code, reason });

  for (const entry of preview.entries) {
    switch (entry.status) {
      case 'invalid':
        skip(entry, 'invalid', `无法导入：${entry.reasons.join('；')}`);
        break;
      case 'same':
        skip(entry, 'same', '与本地档案相同');
        break;
      case 'older':
        skip(entry, 'older', '本地档案更新，保留本地版本');
        break;
      case 'new':
        plan.toWrite.push(entry.theirs);
        break;
      case 'newer':
      case 'conflicting': {
        const side = options.side ?? 'rep';
        const choice = choiceFor(choices, entry.id) ?? (entry.status === 'newer' ? 'take-theirs' : defaultChoice(entry, side));
        if (choice === undefined) {
          skip(entry, 'needs-choice', '两边都有修改，请选择保留哪一份');
        } else if (choice === 'keep-mine') {
          skip(entry, 'kept-mine', '按选择保留本地版本');
        } else if (choice === 'merge') {
          plan.backups.push(entry.mine);
          plan.toWrite.push(merged(entry.mine, entry.theirs, side));
        } else if (choice === 'take-theirs') {
          plan.backups.push(entry.mine);
          plan.toWrite.push({ ...entry.theirs, clock: joinClocks(entry.theirs.clock, entry.mine.clock) });
        } else {
          plan.toWrite.push(importedCopy(entry.theirs, freshId()));
        }
        break;
      }
    }
  }
  return plan;
}

/** Ids of conflicting files still without a valid choice: the UI keeps "导入" disabled until empty. */
export function unresolvedConflicts(preview: ImportPreview, choices: ImportChoices = {}, side: ImportSide = 'rep'): string[] {
  return preview.entries.flatMap((e) =>
    e.status === 'conflicting' && (choiceFor(choices, e.id) ?? defaultChoice(e, side)) === undefined ? [e.id] : [],
  );
}

function choiceFor(choices: ImportChoices, id: string): ImportChoice | undefined {
  const value: unknown = choices instanceof Map ? choices.get(id) : Object.hasOwn(choices, id) ? (choices as Record<string, unknown>)[id] : undefined;
  return typeof value === 'string' && CHOICES.has(value) ? (value as ImportChoice) : undefined;
}

/**
 * A separate file: new id, name marked as the imported copy, and a fresh
 * clock, since its history from here on is its own.
 */
export function importedCopy(file: DevelopmentFile, id: string): DevelopmentFile {
  const name = truncateUtf16(file.customer.name, LIMITS.shortText - COPY_SUFFIX.length);
  return { ...file, id, clock: {}, customer: { ...file.customer, name: `${name}${COPY_SUFFIX}` } };
}

/** The schema counts UTF-16 units; cut there without splitting an emoji. */
function truncateUtf16(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** A generator that repeats itself (a test double) still gets distinct ids. */
function uniqueId(generate: () => string, used: Set<string>): string {
  const base = generate();
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, LIMITS.id - 8)}_${n}`;
  used.add(id);
  return id;
}

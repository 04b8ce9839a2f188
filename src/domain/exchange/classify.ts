/**
 * How an imported copy of a file relates to the local copy with the same id.
 * Version vectors decide, never wall clocks: a manager's laptop with a wrong
 * date must not make an old copy look new.
 */
import { compareClocks } from '../development-file/clock';
import type { DevelopmentFile } from '../development-file/schema';

export type Relation = 'same' | 'newer' | 'older' | 'conflicting';

/** How `theirs` (imported) relates to `mine` (local). */
export function relate(theirs: DevelopmentFile, mine: DevelopmentFile): Relation {
  if (sameContent(theirs, mine)) return 'same';
  const order = compareClocks(theirs.clock, mine.clock);
  // Equal clocks with different content means a save that did not tick: no
  // side can be trusted to be the later one, so the user decides.
  return order === 'same' ? 'conflicting' : order;
}

/**
 * Identical in everything the user wrote. The clock and updatedAt only say
 * when and where it was saved, so a copy saved again unchanged is still 'same'.
 */
export function sameContent(a: DevelopmentFile, b: DevelopmentFile): boolean {
  const { clock: _ca, updatedAt: _ua, ...restA } = a;
  const { clock: _cb, updatedAt: _ub, ...restB } = b;
  return jsonEqual(restA, restB);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Three-way merge of two copies of one development file that parted from a
 * common base: two tabs (or two devices) editing the same prospect.
 *
 * Per leaf path: a side that did not change it gives way to the side that did;
 * both changed it to different values → ours ("mine") is kept and a conflict
 * is recorded, with both values, so the UI can show what the other side wrote.
 * Lists of objects with an `id` (activities, decision makers…) merge item by
 * item, so adding an activity here and another one there keeps both; in
 * theirs' order, then our additions. Other lists are single values.
 *
 * One exception to "ours wins": an item deleted on one side and edited on the
 * other is kept (with the edit) and reported, because losing typed work is
 * worse than an item reappearing. The same rule applies to whole files in the
 * store (a deletion elsewhere does not remove a file with unsaved edits here).
 */
import { joinClocks } from './clock';
import type { DevelopmentFile } from './schema';

export interface MergeConflict {
  /** e.g. `customer.region`, `execution.activities[id=a1].summary`. */
  path: string;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  file: DevelopmentFile;
  conflicts: MergeConflict[];
}

/** Fields the merge sets itself instead of comparing. */
const MERGE_OWNED = new Set(['clock', 'updatedAt']);
/** Never created as own keys: they would reach the prototype. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function mergeFiles(base: DevelopmentFile, mine: DevelopmentFile, theirs: DevelopmentFile): MergeResult {
  const conflicts: MergeConflict[] = [];
  const merged = mergeObjects(base, mine, theirs, '', conflicts, MERGE_OWNED);
  const file = {
    ...(merged as DevelopmentFile),
    clock: joinClocks(mine.clock, theirs.clock),
    updatedAt: later(mine.updatedAt, theirs.updatedAt),
  };
  return { file, conflicts };
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

type Json = unknown;

export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

type Identified = Record<string, Json> & { id: string };

function isIdList(value: Json): value is Identified[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isObject(item) || typeof item['id'] !== 'string' || ids.has(item['id'])) return false;
    ids.add(item['id']);
  }
  return true;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function mergeValues(base: Json, mine: Json, theirs: Json, path: string, conflicts: MergeConflict[]): Json {
  if (jsonEqual(mine, theirs)) return mine;
  if (jsonEqual(base, theirs)) return mine;
  if (jsonEqual(base, mine)) return theirs;
  if (isObject(mine) && isObject(theirs)) {
    return mergeObjects(isObject(base) ? base : {}, mine, theirs, path, conflicts);
  }
  // An empty list has no ids to tell it apart from an atomic list; it is
  // merged by id only when the other side's items have ids.
  const baseList = base === undefined ? [] : base;
  if (isIdList(mine) && isIdList(theirs) && isIdList(baseList) && mine.length + theirs.length > 0) {
    return mergeIdLists(baseList, mine, theirs, path, conflicts);
  }
  conflicts.push({ path, mine, theirs });
  return mine;
}

function mergeObjects(
  base: Record<string, Json>,
  mine: Record<string, Json>,
  theirs: Record<string, Json>,
  path: string,
  conflicts: MergeConflict[],
  skip: ReadonlySet<string> = new Set(),
): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    if (UNSAFE_KEYS.has(key) || skip.has(key)) continue;
    const value = mergeValues(base[key], mine[key], theirs[key], join(path, key), conflicts);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeIdLists(
  base: Identified[],
  mine: Identified[],
  theirs: Identified[],
  path: string,
  conflicts: MergeConflict[],
): Identified[] {
  const byId = (list: Identified[]) => new Map(list.map((item) => [item.id, item]));
  const baseItems = byId(base);
  const mineItems = byId(mine);
  const theirItems = byId(theirs);
  const out: Identified[] = [];

  /** An item only one side still has: added there, or deleted on the other side. */
  const keepOneSided = (survivor: Identified, side: 'mine' | 'theirs') => {
    const original = baseItems.get(survivor.id);
    if (original !== undefined && jsonEqual(original, survivor)) return; // a clean deletion
    if (original !== undefined) {
      conflicts.push({
        path: `${path}[id=${survivor.id}]`,
        mine: side === 'mine' ? survivor : undefined,
        theirs: side === 'theirs' ? survivor : undefined,
      });
    }
    out.push(survivor);
  };

  for (const item of theirs) {
    const ours = mineItems.get(item.id);
    if (ours === undefined) keepOneSided(item, 'theirs');
    else out.push(mergeValues(baseItems.get(item.id), ours, item, `${path}[id=${item.id}]`, conflicts) as Identified);
  }
  for (const item of mine) {
    if (!theirItems.has(item.id)) keepOneSided(item, 'mine');
  }
  return out;
}

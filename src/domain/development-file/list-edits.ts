/**
 * Edits of the lists inside a development file (decision makers, activities,
 * visits …), addressed by the same dotted paths as single fields. Like
 * setAtPath they copy along the path and never change their input, so they
 * are safe on the deep-frozen files the store hands out.
 */
import { getAtPath, setAtPath } from './paths';

interface WithId {
  id: string;
}

function listAt(root: unknown, path: string): readonly unknown[] {
  const value = getAtPath(root, path);
  return Array.isArray(value) ? value : [];
}

function hasId(value: unknown, id: string): boolean {
  return value !== null && typeof value === 'object' && (value as Partial<WithId>).id === id;
}

/** `root` with `item` added at the end of the list at `path` (a missing list counts as empty). */
export function appendAtPath<T>(root: T, path: string, item: unknown): T {
  return setAtPath(root, path, [...listAt(root, path), item]);
}

/** `root` without the list item whose id is `id`; `root` itself when there is none. */
export function removeAtPath<T>(root: T, path: string, id: string): T {
  const list = listAt(root, path);
  if (!list.some((item) => hasId(item, id))) return root;
  return setAtPath(
    root,
    path,
    list.filter((item) => !hasId(item, id)),
  );
}

/**
 * `root` with `item` put back at `index` (clamped to the list), e.g. to undo
 * a removal; `root` itself when an item with the same id is already there.
 */
export function insertAtPath<T, I extends WithId>(root: T, path: string, index: number, item: I): T {
  const list = listAt(root, path);
  if (list.some((existing) => hasId(existing, item.id))) return root;
  const at = Math.min(Math.max(0, Math.trunc(index) || 0), list.length);
  return setAtPath(root, path, [...list.slice(0, at), item, ...list.slice(at)]);
}

/**
 * Dated entries (activities, progress reports) newest first, each with its
 * index in the stored list (the index its field paths need). Entries of the
 * same day keep the later-added one first.
 */
export function newestFirst<T extends { date: string }>(items: readonly T[]): { item: T; index: number }[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date === b.item.date ? b.index - a.index : a.item.date < b.item.date ? 1 : -1));
}

/** The chosen values in the order of `order` (a checkbox group stores them in a stable order). */
export function inOrderOf<V>(order: readonly V[], chosen: readonly V[]): V[] {
  return order.filter((value) => chosen.includes(value));
}

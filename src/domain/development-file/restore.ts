/**
 * restore(): turns anything read from storage or a file into a valid
 * DevelopmentFile, or says why it cannot. It never throws.
 *
 * It repairs what it can, one problem at a time: a field with a bad value is
 * reset to its default, a list item that cannot be repaired is dropped, and
 * every repair is reported so the caller can tell the user and keep the raw
 * original as a backup. Unknown keys are dropped; keys that could pollute
 * prototypes (__proto__, constructor, prototype) never get through.
 */
import type { z } from '../zod';
import { migrate } from './migrations';
import { developmentFileSchema, SCHEMA_VERSION, type DevelopmentFile } from './schema';

export interface Repair {
  path: string;
  message: string;
}

export type RestoreResult =
  | { ok: true; file: DevelopmentFile; repairs: Repair[] }
  | { ok: false; reason: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_REPAIRS = 200;

/** A deep copy of JSON-like data with prototype-polluting keys removed. */
export function withoutDangerousKeys(value: unknown, depth = 0): unknown {
  if (depth > 64) return undefined; // deeper than any real file: cut, don't recurse forever
  if (Array.isArray(value)) return value.map((v) => withoutDangerousKeys(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!FORBIDDEN_KEYS.has(key)) out[key] = withoutDangerousKeys(v, depth + 1);
    }
    return out;
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** Removes the value at `path`; inside a list, removes the whole item. */
function removeAt(root: Record<string, unknown>, path: readonly PropertyKey[]): boolean {
  let parent: unknown = root;
  const arrayIndexAt = path.findIndex((p) => typeof p === 'number');
  // Inside a list the smallest repair that keeps the rest is dropping the item.
  const cut = arrayIndexAt >= 0 && arrayIndexAt < path.length - 1 ? path.slice(0, arrayIndexAt + 1) : path;
  for (const key of cut.slice(0, -1)) {
    if (!isPlainObject(parent) && !Array.isArray(parent)) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key as never];
  }
  const last = cut[cut.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last >= parent.length) return false;
    parent.splice(last, 1);
    return true;
  }
  if (isPlainObject(parent) && last !== undefined && String(last) in parent) {
    delete parent[String(last)];
    return true;
  }
  return false;
}

export interface RestoreOptions {
  /** Schema version the raw value was written with (from its envelope). */
  version?: number;
  /** Used when timestamps are missing or broken. */
  now?: string;
}

export function restore(raw: unknown, options: RestoreOptions = {}): RestoreResult {
  try {
    const { version = SCHEMA_VERSION, now = new Date().toISOString() } = options;
    if (!isPlainObject(raw)) return { ok: false, reason: '内容不是一份开发档案（应为 JSON 对象）' };
    const migrated = migrate(withoutDangerousKeys(raw) as Record<string, unknown>, version);
    if (!migrated.ok) return { ok: false, reason: migrated.reason };
    const draft = migrated.file;

    const repairs: Repair[] = [];
    for (let attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
      const parsed = developmentFileSchema.safeParse(draft);
      if (parsed.success) return { ok: true, file: parsed.data, repairs };
      const issue: z.core.$ZodIssue | undefined = parsed.error.issues[0];
      if (!issue) break;
      const path = formatPath(issue.path);
      if (issue.path.length === 1 && (issue.path[0] === 'createdAt' || issue.path[0] === 'updatedAt')) {
        draft[issue.path[0]] = now;
        repairs.push({ path, message: `时间无效，已设为 ${now}` });
        continue;
      }
      if (issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'id')) {
        return { ok: false, reason: `档案编号无效：${issue.message}` };
      }
      if (!removeAt(draft, issue.path)) return { ok: false, reason: `${path}：${issue.message}` };
      repairs.push({ path, message: `${issue.message}，已恢复为默认值` });
    }
    return { ok: false, reason: '问题太多，无法修复' };
  } catch (error) {
    return { ok: false, reason: `无法读取：${error instanceof Error ? error.message : String(error)}` };
  }
}

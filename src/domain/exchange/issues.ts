/**
 * Zod issues as Chinese reasons a manager can act on: "customer.name：不能超过
 * 200 个字符". The schema's own messages are already Chinese; this error map
 * covers the rest (wrong types, missing fields, unknown enum values) without
 * touching zod's global config, which other modules share.
 */
import type { z } from '../zod';
import { formatPath } from '../development-file/restore';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  null: '空值',
};

export const importErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不对，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join('、')}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字符`;
      if (issue.origin === 'array') return `最多 ${String(issue.maximum)} 项`;
      return `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return `至少 ${String(issue.minimum)} 个字符`;
      if (issue.origin === 'array') return `至少 ${String(issue.minimum)} 项`;
      return `不能小于 ${String(issue.minimum)}`;
    case 'invalid_format':
      return '格式不正确';
    default:
      return '内容无效';
  }
};

/** Past this many, a file is broken beyond listing every problem. */
const MAX_REASONS = 10;

/**
 * One reason per issue. `input` is what was validated: a missing field is
 * reported as missing even where the schema's own message speaks of format.
 */
export function issueReasons(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const reasons = issues.slice(0, MAX_REASONS).map((issue) => {
    const path = formatPath(issue.path);
    const message = issue.path.length > 0 && valueAt(input, issue.path) === undefined ? '缺少此项' : issue.message;
    return path === '' ? message : `${path}：${message}`;
  });
  if (issues.length > MAX_REASONS) reasons.push(`……另有 ${issues.length - MAX_REASONS} 处问题`);
  return reasons;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Reading and writing a field of a development file by its dotted path
 * ('customer.name', 'evaluation.finance.score'), the key the field table,
 * requirements and form controls share. Writes copy along the path and never
 * mutate the input, so stores can compare by reference.
 */
type Container = Record<string, unknown> | unknown[];

function splitPath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function getAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of splitPath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const keys = splitPath(path);
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i];
    if (key === undefined) return value;
    const source: Container = node !== null && typeof node === 'object' ? (node as Container) : typeof key === 'number' ? [] : {};
    const copy: Container = Array.isArray(source) ? [...source] : { ...source };
    (copy as Record<string | number, unknown>)[key] = write((source as Record<string | number, unknown>)[key], i + 1);
    return copy;
  };
  return write(root, 0) as T;
}

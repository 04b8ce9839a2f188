/**
 * A validator for exactly the JSON Schema keywords z.toJSONSchema emits for
 * the export format, so the published schema can be checked against a real
 * export without adding a dependency. An unknown keyword fails loudly: the
 * test must not pass because this validator skipped something.
 */
type Schema = Record<string, unknown>;

const IGNORED = new Set(['$schema', 'title', 'description', 'default', 'format']);
const KNOWN = new Set([...IGNORED, 'type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'enum', 'const', 'anyOf', 'maxLength', 'minLength', 'pattern', 'minimum', 'maximum', 'maxItems']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Paths of the values that do not match; empty when valid. */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const unknownKeyword = Object.keys(schema).find((k) => !KNOWN.has(k));
  if (unknownKeyword) throw new Error(`unsupported keyword ${unknownKeyword} at ${path}`);
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  const type = typeOf(value);

  if (schema['type'] !== undefined) {
    const allowed = ([] as unknown[]).concat(schema['type']);
    if (!allowed.includes(type) && !(type === 'integer' && allowed.includes('number'))) fail(`type ${type}, expected ${allowed.join('|')}`);
  }
  if ('const' in schema && schema['const'] !== value) fail('const');
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) fail('enum');
  if (Array.isArray(schema['anyOf']) && !schema['anyOf'].some((s) => validate(s as Schema, value, path).length === 0)) fail('anyOf');
  if (typeof value === 'string') {
    if (typeof schema['maxLength'] === 'number' && [...value].length > schema['maxLength']) fail('maxLength');
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) fail('minLength');
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) fail('pattern');
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail('minimum');
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail('maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) fail('maxItems');
    if (schema['items']) value.forEach((item, i) => errors.push(...validate(schema['items'] as Schema, item, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!Object.hasOwn(object, key)) fail(`missing ${key}`);
    for (const [key, inner] of Object.entries(object)) {
      if (schema['propertyNames']) errors.push(...validate(schema['propertyNames'] as Schema, key, `${path}{${key}}`));
      const propertySchema = Object.hasOwn(properties, key) ? properties[key] : schema['additionalProperties'];
      if (propertySchema === false) fail(`unexpected ${key}`);
      else if (propertySchema && typeof propertySchema === 'object') errors.push(...validate(propertySchema as Schema, inner, `${path}.${key}`));
    }
  }
  return errors;
}

/**
 * src/domain is pure TypeScript (README, "Code shape"): it may import other
 * domain modules and zod, and nothing else — no stores, islands, PDF writer,
 * UI library or browser global. This keeps it runnable and testable in Node
 * and stops report or validation logic drifting into the UI again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const DOMAIN = resolve('src/domain');
const ALLOWED_PACKAGES = new Set(['zod']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function specifiers(code: string): string[] {
  const found = [...code.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
  return found.filter(Boolean);
}

/** The code without comments, so a comment may name `document` or a path. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const files = sourceFiles(DOMAIN);

describe('src/domain stays pure', () => {
  test('the scan finds the domain modules', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map((f) => relative(DOMAIN, f))).toContain(join('documents', 'application.ts'));
  });

  test.each(files.map((f) => [relative(DOMAIN, f), f]))('%s imports only domain modules and zod', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    const outside = specifiers(code).filter((spec) =>
      spec.startsWith('.') ? !resolve(dirname(file), spec).startsWith(DOMAIN) : !ALLOWED_PACKAGES.has(spec),
    );
    expect(outside).toEqual([]);
  });

  test.each(files.map((f) => [relative(DOMAIN, f), f]))('%s uses no browser global', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(code.match(/\b(?:window|document|localStorage|sessionStorage|navigator)\s*[.[]/g) ?? []).toEqual([]);
  });
});

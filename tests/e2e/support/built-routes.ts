import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Every page of the build under test, as the URL a visitor opens (from ASTRO_OUT_DIR, like the preview). */
export function builtRoutes(): string[] {
  const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(full);
      return entry.name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : [];
    });
  return walk(root)
    .map((path) => (path === 'index.html' ? '/' : path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`))
    .sort();
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { PlaybookCollection } from '../../src/domain/playbook/navigation';

export interface SourcePage {
  collection: PlaybookCollection;
  slug: string;
  frontmatter: unknown;
  body: string;
}

const CONTENT = join(import.meta.dirname, '../../content');

/** Reads the playbook's MDX files as the glob loader sees them. */
export function readPlaybookSources(): SourcePage[] {
  return (['procedure', 'guide'] as const).flatMap((collection) =>
    readdirSync(join(CONTENT, collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const text = readFileSync(join(CONTENT, collection, name), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${collection}/${name}: no frontmatter`);
        return {
          collection,
          slug: name.replace(/\.mdx$/, ''),
          frontmatter: parseYaml(match[1] ?? ''),
          body: match[2] ?? '',
        };
      }),
  );
}

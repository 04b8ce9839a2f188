import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const QUIZ_DIR = join(import.meta.dirname, '../../../content/quiz');

export interface BankFile {
  name: string;
  data: unknown;
}

/** content/quiz/*.yaml as the glob loader sees them: one parsed document per file. */
export function readBankFiles(): BankFile[] {
  return readdirSync(QUIZ_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, data: parseYaml(readFileSync(join(QUIZ_DIR, name), 'utf8')) as unknown }));
}

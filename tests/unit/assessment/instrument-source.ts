/** The instrument as the build reads it: content/assessment/*.yaml through heartSchema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { heartSchema, type HeartData } from '../../../src/domain/assessment/schema';
import { buildInstrument, type Instrument } from '../../../src/domain/assessment/instrument';

export const ASSESSMENT_DIR = join(import.meta.dirname, '../../../content/assessment');

export function readHeartFiles(): { file: string; raw: unknown }[] {
  return readdirSync(ASSESSMENT_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((file) => ({ file, raw: parseYaml(readFileSync(join(ASSESSMENT_DIR, file), 'utf8')) as unknown }));
}

export function readHearts(): HeartData[] {
  return readHeartFiles().map(({ raw }) => heartSchema.parse(raw));
}

export function readInstrument(): Instrument {
  return buildInstrument(readHearts());
}

/**
 * The 五心 self-assessment instrument: one YAML file per heart in
 * content/assessment/ (statements, description, advice, guide links), checked
 * against heartSchema at build time. Rules across the files are checked by the
 * page with validateInstrument (src/domain/assessment/validate.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { heartSchema } from '../domain/assessment/schema';

const assessment = defineCollection({
  loader: glob({ base: './content/assessment', pattern: '*.yaml' }),
  schema: heartSchema,
});

export const assessmentCollections = { assessment };

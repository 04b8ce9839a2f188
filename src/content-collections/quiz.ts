import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { quizBankFileSchema } from '../domain/quiz/schema';

/**
 * The quiz question bank: content/quiz/*.yaml, one file per chapter or guide
 * step, each a list of questions. Every question is checked by the schema
 * when the site builds; checks across files (unique ids, coverage of every
 * clause of section 4, quiz sizes) run in src/pages/quiz/_bank.ts.
 */
const quizBank = defineCollection({
  loader: glob({ base: './content/quiz', pattern: '*.yaml' }),
  schema: quizBankFileSchema,
});

export const quizCollections = { quizBank };

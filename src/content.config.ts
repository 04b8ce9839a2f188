import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { playbookPageSchema } from './domain/playbook/page-schema';
import { quizCollections } from './content-collections/quiz';
import { assessmentCollections } from './content-collections/assessment';

/**
 * The playbook's two documents live in the top-level content/ folder, one MDX
 * file per page. Navigation order comes from each page's frontmatter.
 */
const procedure = defineCollection({
  loader: glob({ base: './content/procedure', pattern: '*.mdx' }),
  schema: playbookPageSchema,
});

const guide = defineCollection({
  loader: glob({ base: './content/guide', pattern: '*.mdx' }),
  schema: playbookPageSchema,
});

export const collections = { procedure, guide, ...quizCollections, ...assessmentCollections };

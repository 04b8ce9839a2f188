/**
 * The quizzes of the 测验 section. Questions say which quizzes they belong to
 * (`quizzes` in content/quiz/*.yaml); the final exam is the exception: it
 * draws from the whole bank, so no question lists it.
 *
 * A chapter or step quiz takes its title from the page of the same name
 * (content/procedure/4-1.mdx → quiz 4-1), so renaming a chapter renames its quiz.
 */

/** A result at or above this share of the questions passes. */
export const PASS_PERCENT = 80;

/** How many questions the final exam draws from the whole bank per attempt. */
export const FINAL_EXAM_DRAW = 20;

export const PROCEDURE_QUIZ_SLUGS = ['4-1', '4-2', '4-3', '4-4', '4-5', '4-6'] as const;
export const GUIDE_QUIZ_SLUGS = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6'] as const;
export const READINESS_QUIZ_SLUG = 'readiness';
export const FINAL_QUIZ_SLUG = 'final';

/** The quizzes a question can name in its `quizzes` list. */
export const ASSIGNABLE_QUIZ_SLUGS = [...PROCEDURE_QUIZ_SLUGS, ...GUIDE_QUIZ_SLUGS, READINESS_QUIZ_SLUG] as const;
export type AssignableQuizSlug = (typeof ASSIGNABLE_QUIZ_SLUGS)[number];
export type QuizSlug = AssignableQuizSlug | typeof FINAL_QUIZ_SLUG;

export const QUIZ_SLUGS: readonly QuizSlug[] = [...ASSIGNABLE_QUIZ_SLUGS, FINAL_QUIZ_SLUG];

export type QuizKind = 'procedure' | 'guide' | 'readiness' | 'final';

export function quizKind(slug: QuizSlug): QuizKind {
  if ((PROCEDURE_QUIZ_SLUGS as readonly string[]).includes(slug)) return 'procedure';
  if ((GUIDE_QUIZ_SLUGS as readonly string[]).includes(slug)) return 'guide';
  return slug === READINESS_QUIZ_SLUG ? 'readiness' : 'final';
}

export function isQuizSlug(value: string): value is QuizSlug {
  return (QUIZ_SLUGS as readonly string[]).includes(value);
}

/** The fewest questions a quiz may have: with fewer, one slip decides pass or fail. */
export const MIN_QUESTIONS_PER_QUIZ = 5;

/** Titles of the two quizzes that are not named after a page. */
export const READINESS_QUIZ_TITLE = '拜访前准备度测验';
export const FINAL_QUIZ_TITLE = '结业考试';

/**
 * The question bank as the quiz pages use it: plain data (no zod, so the
 * browser never loads the validator), checked at build time by schema.ts and
 * bankProblems(), and passed to the island as props.
 */
import { ASSIGNABLE_QUIZ_SLUGS, MIN_QUESTIONS_PER_QUIZ, READINESS_QUIZ_SLUG, type AssignableQuizSlug } from './quizzes';
import { REQUIRED_SOURCES, sourceLink, type QuestionSource } from './sources';

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'ordering'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  truefalse: '判断题',
  ordering: '排序题',
};

/** The two options of every true/false question, in this order. */
export const TRUE_FALSE_TEXTS = ['正确', '错误'] as const;

/** A question as written in content/quiz/*.yaml (after schema defaults). */
export interface QuestionInput {
  id: string;
  type: QuestionType;
  prompt: string;
  /** Choice questions flag the correct options; ordering questions list their items in the correct order. */
  options: readonly { text: string; correct: boolean }[];
  explanation: string;
  source: QuestionSource;
  quizzes: readonly AssignableQuizSlug[];
}

export interface QuizOption {
  /** 'a', 'b', … by authored position: answers name options by key, so shuffling the objects cannot change what is correct. */
  key: string;
  text: string;
  correct: boolean;
}

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** In authored order; for an ordering question this is the correct order. */
  options: QuizOption[];
  explanation: string;
  source: QuestionSource;
  sourceHref: string;
  sourceLabel: string;
  quizzes: AssignableQuizSlug[];
}

const optionKey = (index: number) => String.fromCharCode(97 + index);

export function toQuizQuestion(input: QuestionInput, stepTitles: Readonly<Record<number, string>> = {}): QuizQuestion {
  const link = sourceLink(input.source, stepTitles);
  return {
    id: input.id,
    type: input.type,
    prompt: input.prompt,
    options: input.options.map((o, i) => ({ key: optionKey(i), text: o.text, correct: input.type !== 'ordering' && o.correct })),
    explanation: input.explanation,
    source: input.source,
    sourceHref: link.href,
    sourceLabel: link.label,
    quizzes: [...input.quizzes],
  };
}

/**
 * The rules of one question's options, in Chinese for the author: exactly one
 * correct for single choice and true/false, at least two for multiple choice,
 * no flags on ordering items (their written order is the answer).
 */
export function optionProblems(q: Pick<QuestionInput, 'type' | 'options'>): string[] {
  const problems: string[] = [];
  const correct = q.options.filter((o) => o.correct).length;
  const texts = q.options.map((o) => o.text.trim());
  if (new Set(texts).size !== texts.length) problems.push('选项文字重复');
  switch (q.type) {
    case 'single':
      if (q.options.length < 3) problems.push('单选题至少要有 3 个选项');
      if (correct !== 1) problems.push(`单选题必须恰好有 1 个正确选项（现有 ${correct} 个）`);
      break;
    case 'multiple':
      if (q.options.length < 3) problems.push('多选题至少要有 3 个选项');
      if (correct < 2) problems.push(`多选题至少要有 2 个正确选项（现有 ${correct} 个）`);
      if (correct === q.options.length) problems.push('多选题至少要有 1 个错误选项');
      break;
    case 'truefalse':
      if (texts.join('/') !== TRUE_FALSE_TEXTS.join('/')) problems.push('判断题的选项必须依次是“正确”“错误”');
      if (correct !== 1) problems.push(`判断题必须恰好有 1 个正确选项（现有 ${correct} 个）`);
      break;
    case 'ordering':
      if (q.options.length < 3) problems.push('排序题至少要有 3 项');
      if (correct > 0) problems.push('排序题的各项按正确顺序书写，不标 correct');
      break;
  }
  return problems;
}

export function questionsInQuiz<Q extends Pick<QuizQuestion, 'quizzes'>>(bank: readonly Q[], quiz: AssignableQuizSlug): Q[] {
  return bank.filter((q) => q.quizzes.includes(quiz));
}

/** Sources (4.3.x, step 1) the readiness quiz draws on: research, materials, appearance, mindset, presentation. */
export function isReadinessSource(source: QuestionSource): boolean {
  return source.startsWith('4.3.') || source === 'step-1';
}

/**
 * Problems of the bank as a whole, in Chinese; empty when it is fit to
 * publish. The build fails on any of them, and so does the unit test.
 */
export function bankProblems(bank: readonly Pick<QuestionInput, 'id' | 'prompt' | 'source' | 'quizzes'>[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const prompts = new Set<string>();
  for (const q of bank) {
    if (seen.has(q.id)) problems.push(`题目编号 ${q.id} 重复`);
    seen.add(q.id);
    // The end-to-end test (and a learner's memory) tells questions apart by their prompt.
    if (prompts.has(q.prompt)) problems.push(`题目 ${q.id} 的题干与另一题相同`);
    prompts.add(q.prompt);
    if (q.quizzes.includes(READINESS_QUIZ_SLUG) && !isReadinessSource(q.source)) {
      problems.push(`题目 ${q.id} 出自 ${q.source}，不能放进拜访前准备度测验（只收 4.3 与第一步）`);
    }
  }
  const covered = new Set(bank.map((q) => q.source));
  for (const source of REQUIRED_SOURCES) {
    if (!covered.has(source)) problems.push(`${source} 还没有题目`);
  }
  for (const quiz of ASSIGNABLE_QUIZ_SLUGS) {
    const count = bank.filter((q) => q.quizzes.includes(quiz)).length;
    if (count < MIN_QUESTIONS_PER_QUIZ) problems.push(`测验 ${quiz} 只有 ${count} 题，至少需要 ${MIN_QUESTIONS_PER_QUIZ} 题`);
  }
  return problems;
}

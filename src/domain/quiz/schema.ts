/**
 * The zod schema of content/quiz/*.yaml: one file per chapter or step, each a
 * list of questions. Used by the content collection (so `astro build` fails
 * on a bad question) and by the unit tests; never shipped to the browser.
 */
import { z } from '../zod';
import { optionProblems, QUESTION_TYPES } from './bank';
import { ASSIGNABLE_QUIZ_SLUGS } from './quizzes';
import { isQuestionSource, type QuestionSource } from './sources';

const text = (what: string) => z.string().trim().min(1, `缺少${what}`);

const optionSchema = z
  .object({
    text: text('选项文字'),
    correct: z.boolean().default(false),
  })
  .strict();

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '题目编号 id 只能用小写字母、数字和连字符'),
    type: z.enum(QUESTION_TYPES),
    prompt: text('题干 prompt'),
    options: z.array(optionSchema).min(2, '至少要有 2 个选项').max(8, '最多 8 个选项'),
    explanation: text('解析 explanation'),
    source: z
      .string()
      .refine(isQuestionSource, '出处 source 必须是规范条款号（如 4.3.5）、step-1 … step-6 或 wuxin')
      .transform((s) => s as QuestionSource),
    quizzes: z.array(z.enum(ASSIGNABLE_QUIZ_SLUGS)).min(1, '至少属于一个测验'),
  })
  .strict()
  .superRefine((q, ctx) => {
    for (const message of optionProblems(q)) ctx.addIssue({ code: 'custom', path: ['options'], message });
  });

export const quizBankFileSchema = z
  .object({
    questions: z.array(questionSchema).min(1, '文件里没有题目'),
  })
  .strict();

export type QuestionData = z.output<typeof questionSchema>;

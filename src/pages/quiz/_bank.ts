/**
 * Build-time data of the quiz pages: the question bank from the content
 * collection, checked as a whole, and each quiz's title and questions as plain
 * data for the island (no zod in the browser). Any problem fails the build.
 * (Files starting with "_" are not routes.)
 */
import { getCollection } from 'astro:content';
import { bankProblems, questionsInQuiz, toQuizQuestion, type QuizQuestion } from '../../domain/quiz/bank';
import {
  FINAL_EXAM_DRAW,
  FINAL_QUIZ_SLUG,
  FINAL_QUIZ_TITLE,
  QUIZ_SLUGS,
  quizKind,
  READINESS_QUIZ_TITLE,
  type QuizKind,
  type QuizSlug,
} from '../../domain/quiz/quizzes';

export interface QuizInfo {
  slug: QuizSlug;
  kind: QuizKind;
  /** e.g. "4.3 新客户开发的前期准备", "第一步：专业取信客户", "结业考试". */
  title: string;
  description: string;
  href: string;
  /** Questions in the pool. */
  poolSize: number;
  /** Questions per attempt (the final exam draws from the pool). */
  questionCount: number;
  draw: number | null;
}

export interface QuizPageData {
  quiz: QuizInfo;
  questions: QuizQuestion[];
}

let cached: Promise<QuizPageData[]> | null = null;

async function load(): Promise<QuizPageData[]> {
  const [files, procedure, guide] = await Promise.all([
    getCollection('quizBank'),
    getCollection('procedure'),
    getCollection('guide'),
  ]);
  const stepTitles: Record<number, string> = {};
  for (const page of guide) {
    const n = /^step-(\d)$/.exec(page.id)?.[1];
    // Page titles read "第一步：专业取信客户"; the link label wants the part after the colon.
    if (n) stepTitles[Number(n)] = page.data.title.replace(/^[^：]*：/, '');
  }
  const inputs = files.sort((a, b) => a.id.localeCompare(b.id)).flatMap((file) => file.data.questions);
  const problems = bankProblems(inputs);
  if (problems.length) throw new Error(`content/quiz 题库有问题：\n- ${problems.join('\n- ')}`);
  const bank = inputs.map((q) => toQuizQuestion(q, stepTitles));

  const pageOf = (slug: string) => procedure.find((p) => p.id === slug) ?? guide.find((p) => p.id === slug);
  return QUIZ_SLUGS.map((slug) => {
    const kind = quizKind(slug);
    const questions = slug === FINAL_QUIZ_SLUG ? bank : questionsInQuiz(bank, slug);
    const draw = slug === FINAL_QUIZ_SLUG ? FINAL_EXAM_DRAW : null;
    let title: string;
    let description: string;
    if (kind === 'final') {
      title = FINAL_QUIZ_TITLE;
      description = `从全部 ${bank.length} 道题中随机抽取 ${FINAL_EXAM_DRAW} 题，覆盖规范 4.1–4.6 与指南的六个步骤和“五心”。`;
    } else if (kind === 'readiness') {
      title = READINESS_QUIZ_TITLE;
      description = '拜访客户之前检查一下：前期准备要收集的信息（4.3），以及调研、资料、仪容、心理准备和洽谈中的专业表现（第一步）。';
    } else {
      const page = pageOf(slug);
      if (!page) throw new Error(`测验 ${slug} 找不到同名的章节页面`);
      title = kind === 'procedure' ? `${page.data.section} ${page.data.title}` : page.data.title;
      // The 五心 passage closes step 6, so its questions are in that quiz.
      if (slug === 'step-6') title += '与“五心”';
      description = page.data.description;
    }
    const quiz: QuizInfo = {
      slug,
      kind,
      title,
      description,
      href: `/quiz/${slug}/`,
      poolSize: questions.length,
      questionCount: draw === null ? questions.length : Math.min(draw, questions.length),
      draw,
    };
    return { quiz, questions };
  });
}

/** Every quiz with its questions, computed once per build. */
export function quizPages(): Promise<QuizPageData[]> {
  cached ??= load();
  return cached;
}

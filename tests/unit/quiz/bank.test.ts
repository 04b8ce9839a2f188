import { describe, expect, test } from 'vitest';
import { bankProblems, toQuizQuestion, type QuestionInput } from '../../../src/domain/quiz/bank';
import { questionSchema, quizBankFileSchema } from '../../../src/domain/quiz/schema';
import { ASSIGNABLE_QUIZ_SLUGS, MIN_QUESTIONS_PER_QUIZ } from '../../../src/domain/quiz/quizzes';
import { REQUIRED_SOURCES, SECTION_4_CLAUSES } from '../../../src/domain/quiz/sources';
import { readBankFiles } from './bank-files';

const files = readBankFiles();
const parsed = files.map((f) => ({ name: f.name, result: quizBankFileSchema.safeParse(f.data) }));
const bank: QuestionInput[] = parsed.flatMap((p) => (p.result.success ? p.result.data.questions : []));

describe('the question bank in content/quiz', () => {
  test('every file and every question passes the schema', () => {
    for (const { name, result } of parsed) {
      expect(result.success, `${name}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    }
  });

  test('has at least 60 questions, all four types', () => {
    expect(bank.length).toBeGreaterThanOrEqual(60);
    expect(new Set(bank.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'ordering']));
  });

  test('covers every clause of section 4 (4.1.1 – 4.6.3), each step and the 五心', () => {
    const covered = new Set(bank.map((q) => q.source));
    // 4.1: 2 clauses, 4.2: 5, 4.3: 6, 4.4: 6, 4.5: 2, 4.6: 3.
    expect(SECTION_4_CLAUSES).toHaveLength(24);
    expect([SECTION_4_CLAUSES[0], SECTION_4_CLAUSES.at(-1)]).toEqual(['4.1.1', '4.6.3']);
    const missing = REQUIRED_SOURCES.filter((s) => !covered.has(s));
    expect(missing, `sources without a question: ${missing.join(', ')}`).toEqual([]);
  });

  test('has no problem across files: unique ids and prompts, quiz sizes, readiness sources', () => {
    expect(bankProblems(bank)).toEqual([]);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });

  test.each(ASSIGNABLE_QUIZ_SLUGS)('quiz %s has enough questions', (quiz) => {
    expect(bank.filter((q) => q.quizzes.includes(quiz)).length).toBeGreaterThanOrEqual(MIN_QUESTIONS_PER_QUIZ);
  });

  test('every question links to its clause, step or the 五心 passage', () => {
    for (const q of bank) {
      expect(toQuizQuestion(q).sourceHref, q.id).toMatch(/^\/(procedure\/4-\d|guide\/step-\d)\/#(clause-4-\d-\d|step-\d|wuxin)$/);
    }
  });
});

const valid = {
  id: 'x-01',
  type: 'single',
  prompt: '题干',
  options: [{ text: '甲', correct: true }, { text: '乙' }, { text: '丙' }],
  explanation: '解析',
  source: '4.3.5',
  quizzes: ['4-3'],
};
const messages = (value: unknown) => {
  const result = questionSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the question schema refuses', () => {
  test('accepts a valid question, filling in correct: false', () => {
    expect(questionSchema.parse(valid).options.map((o) => o.correct)).toEqual([true, false, false]);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['single choice with two correct', { options: [{ text: '甲', correct: true }, { text: '乙', correct: true }, { text: '丙' }] }, /恰好有 1 个正确/],
    ['single choice with none correct', { options: [{ text: '甲' }, { text: '乙' }, { text: '丙' }] }, /恰好有 1 个正确/],
    ['multiple choice with one correct', { type: 'multiple' }, /至少要有 2 个正确/],
    ['multiple choice with every option correct', { type: 'multiple', options: [{ text: '甲', correct: true }, { text: '乙', correct: true }, { text: '丙', correct: true }] }, /至少要有 1 个错误/],
    ['true/false with other texts', { type: 'truefalse', options: [{ text: '对', correct: true }, { text: '错' }] }, /依次是“正确”“错误”/],
    ['true/false with both correct', { type: 'truefalse', options: [{ text: '正确', correct: true }, { text: '错误', correct: true }] }, /恰好有 1 个正确/],
    ['ordering with flags', { type: 'ordering' }, /不标 correct/],
    ['ordering with two items', { type: 'ordering', options: [{ text: '甲' }, { text: '乙' }] }, /至少要有 3 项/],
    ['repeated option texts', { options: [{ text: '甲', correct: true }, { text: '甲' }, { text: '丙' }] }, /选项文字重复/],
    ['an unknown source', { source: '4.7.1' }, /出处 source/],
    ['a step that does not exist', { source: 'step-7' }, /出处 source/],
    ['an unknown quiz', { quizzes: ['4-9'] }, /./],
    ['the final exam in quizzes (it draws from all)', { quizzes: ['final'] }, /./],
    ['no quiz', { quizzes: [] }, /至少属于一个测验/],
    ['an id with capitals', { id: 'Q1' }, /题目编号/],
    ['an empty explanation', { explanation: ' ' }, /缺少解析/],
    ['an unknown field', { answer: '甲' }, /./],
  ])('%s', (_, change, message) => {
    const problems = messages({ ...valid, ...change });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(' | ')).toMatch(message);
  });
});

describe('bankProblems', () => {
  const q = (id: string, source: string, quizzes: string[], prompt = `题 ${id}`) =>
    ({ id, prompt, source, quizzes }) as unknown as QuestionInput;

  test('names duplicate ids and prompts, uncovered sources, small quizzes and misplaced readiness questions', () => {
    const problems = bankProblems([q('a', '4.1.1', ['4-1']), q('a', '4.1.2', ['4-1'], '题 a'), q('b', '4.4.1', ['readiness'])]);
    expect(problems).toContain('题目编号 a 重复');
    expect(problems).toContain('题目 a 的题干与另一题相同');
    expect(problems).toContain('4.6.3 还没有题目');
    expect(problems).toContain('wuxin 还没有题目');
    expect(problems).toContain('测验 step-2 只有 0 题，至少需要 5 题');
    expect(problems.some((p) => p.startsWith('题目 b 出自 4.4.1'))).toBe(true);
  });
});

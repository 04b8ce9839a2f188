import type { Page } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from './support/axe';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { test, expect } from './fixtures';

/** The bank as written: the test knows the right answers only from content/quiz, never hard-coded. */
interface BankQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'ordering';
  prompt: string;
  options: { text: string; correct?: boolean }[];
  quizzes: string[];
}
const DIR = join(import.meta.dirname, '../../content/quiz');
const bank: BankQuestion[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parseYaml(readFileSync(join(DIR, f), 'utf8')) as { questions: BankQuestion[] }).questions);
const byPrompt = new Map(bank.map((q) => [q.prompt, q]));
const inQuiz = (slug: string) => bank.filter((q) => q.quizzes.includes(slug));

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, WCAG_TAGS)).toEqual([]);
}

/** The question on screen, found in the bank by its prompt (the fieldset's legend). */
async function currentQuestion(page: Page): Promise<BankQuestion> {
  const prompt = (await page.locator('.quiz-question legend').innerText()).trim();
  const question = byPrompt.get(prompt);
  expect(question, `question on screen not in the bank: ${prompt}`).toBeDefined();
  return question as BankQuestion;
}

/** Puts an ordering question in the order written in the bank, by keyboard only. */
async function orderByKeyboard(page: Page, question: BankQuestion) {
  const group = page.getByRole('group', { name: question.prompt });
  const texts = () => group.locator('.order-text').allInnerTexts();
  for (let target = 0; target < question.options.length; target++) {
    const text = question.options[target]?.text ?? '';
    let at = (await texts()).indexOf(text);
    const up = group.getByRole('button', { name: `上移：${text}` });
    if (at > target) await up.focus();
    while (at > target) {
      await page.keyboard.press('Enter');
      at--;
      await expect.poll(texts).toEqual(expect.arrayContaining([text]));
      expect((await texts()).indexOf(text)).toBe(at);
      // Focus stays with the moved item (on 下移 once it reaches the top).
      if (at > 0) await expect(up).toBeFocused();
    }
  }
  expect(await texts()).toEqual(question.options.map((o) => o.text));
}

async function answer(page: Page, right: boolean): Promise<BankQuestion> {
  const question = await currentQuestion(page);
  const group = page.getByRole('group', { name: question.prompt });
  if (question.type === 'ordering') {
    // The starting order is never the correct one, so leaving it is a wrong answer.
    if (right) await orderByKeyboard(page, question);
  } else {
    const correct = question.options.filter((o) => o.correct);
    const wrong = question.options.filter((o) => !o.correct);
    const pick = right ? correct : question.type === 'multiple' ? correct.slice(0, 1) : wrong.slice(0, 1);
    for (const option of pick) await group.getByLabel(option.text, { exact: true }).check();
  }
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.quiz-feedback-region')).toContainText(right ? '回答正确。' : '回答错误。');
  return question;
}

async function takeQuiz(page: Page, total: number, right: boolean, onFirstFeedback?: () => Promise<void>) {
  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`第 ${n} 题 / 共 ${total} 题`) })).toBeVisible();
    await answer(page, right);
    if (n === 1) await onFirstFeedback?.();
    const next = page.getByRole('button', { name: n === total ? '查看成绩' : '下一题' });
    await expect(next).toBeFocused();
    await next.click();
  }
}

test('take a quiz, fail, review the wrong answers, retake and pass; the history survives a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const questions = inQuiz('4-6');
  const total = questions.length;
  await page.goto('/quiz/4-6/?seed=e2e');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4.6 纳入客户管理系统');
  await expect(page.getByText('多选题和排序题须完全答对才得分')).toBeVisible();
  await expect(page.getByText('还没有成绩记录')).toBeVisible();
  await expectNoAxeViolations(page); // question state

  // First attempt: every answer wrong.
  await takeQuiz(page, total, false, async () => {
    const feedback = page.locator('.quiz-feedback');
    await expect(feedback).toContainText('正确答案：');
    await expect(feedback.getByRole('link', { name: /^(4\.\d\.\d|第.步)/ })).toHaveAttribute('href', /^\/(procedure|guide)\/.+#(clause-|step-|wuxin)/);
    await expectNoAxeViolations(page); // feedback state
  });
  const result = page.getByRole('heading', { level: 2, name: '测验结果：未通过' });
  await expect(result).toBeFocused();
  await expect(page.getByText(`答对 0 / ${total} 题，得分 0%。`)).toBeVisible();
  const review = page.getByRole('region', { name: `答错的题目（${total} 题）` });
  await expect(review.locator('.quiz-review-item')).toHaveCount(total);
  for (const q of questions) await expect(review.getByText(q.prompt, { exact: true })).toBeVisible();
  await expect(review.getByText(/正确答案/).first()).toBeVisible();
  await expect(review.getByText('正确顺序').first()).toBeVisible();
  await expectNoAxeViolations(page); // result state with the review
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Retake: all right.
  await page.getByRole('button', { name: '重新测验' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`第 1 题 / 共 ${total} 题`) })).toBeFocused();
  await takeQuiz(page, total, true);
  await expect(page.getByRole('heading', { level: 2, name: '测验结果：通过' })).toBeFocused();
  await expect(page.getByText(`答对 ${total} / ${total} 题，得分 100%。`)).toBeVisible();
  await expect(page.getByRole('region', { name: /答错的题目/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const history = page.getByRole('region', { name: '历次成绩' }).getByRole('row');
  await expect(history).toHaveCount(3);
  await expect(history.nth(1)).toContainText('100%');
  await expect(history.nth(1)).toContainText('通过');
  await expect(history.nth(2)).toContainText('0%');
  await expect(history.nth(2)).toContainText('未通过');

  await page.reload();
  await expect(page.getByRole('region', { name: '历次成绩' }).getByRole('row')).toHaveCount(3);

  await page.goto('/quiz/');
  const item = page.locator('.quiz-list-item').filter({ has: page.getByRole('link', { name: '4.6 纳入客户管理系统' }) });
  await expect(item).toContainText('最近一次');
  await expect(item).toContainText('100%，通过');
  await expect(page.locator('.quiz-list-item').filter({ hasText: '4.5 新客户开发工作总结' })).toContainText('还没有做过');
  await expectNoAxeViolations(page);
});

test('?seed= gives the same questions and option order on every load', async ({ page }) => {
  const snapshot = async () => {
    await expect(page.locator('.quiz-question legend')).toBeVisible();
    return {
      prompt: await page.locator('.quiz-question legend').innerText(),
      options: await page.locator('.quiz-question label, .quiz-question .order-text').allInnerTexts(),
    };
  };
  await page.goto('/quiz/4-4/?seed=42');
  const first = await snapshot();
  await page.reload();
  expect(await snapshot()).toEqual(first);
  // And a different seed shuffles differently somewhere in the first few loads.
  const others = [];
  for (const seed of ['1', '2', '3']) {
    await page.goto(`/quiz/4-4/?seed=${seed}`);
    others.push(await snapshot());
  }
  expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(first))).toBe(true);
});

test('submitting without a choice explains what is missing and moves focus to the options', async ({ page }) => {
  await page.goto('/quiz/4-5/?seed=empty');
  const question = await currentQuestion(page);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByText(/请选择一个答案|请至少选择一个选项/)).toBeVisible();
  await expect(page.getByRole('group', { name: question.prompt }).locator('input').first()).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the final exam draws 20 questions from the whole bank', async ({ page }) => {
  await page.goto('/quiz/final/?seed=final');
  await expect(page.getByRole('heading', { level: 2, name: /第 1 题 \/ 共 20 题/ })).toBeVisible();
  await expect(page.getByText(`每次从 ${bank.length} 道题中随机抽取 20 题。`)).toBeVisible();
  await currentQuestion(page);
});

test('the readiness quiz asks only about 4.3 and step 1', async ({ page }) => {
  const pool = inQuiz('readiness');
  await page.goto('/quiz/readiness/?seed=r');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`第 1 题 / 共 ${pool.length} 题`) })).toBeVisible();
  expect(pool.map((q) => q.prompt)).toContain((await currentQuestion(page)).prompt);
});

test('an unreadable stored history is backed up, reported and does not break the page', async ({ page }) => {
  // Written from a page without the quiz island, so no quiz store is live to save over it.
  await page.goto('/404/');
  await page.evaluate(() => localStorage.setItem('playbook:quiz-results', '{"version":1,"results":[{"quiz":'));
  await page.goto('/quiz/4-1/');
  await expect(page.getByRole('alert')).toContainText('无法读取');
  await expect(page.getByText('还没有成绩记录')).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('playbook:backup:playbook:quiz-results:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"version":1,"results":[{"quiz":']);
  await expect(page.locator('.quiz-question legend')).toBeVisible();
});

test('focus moves in the frame a question or a moved item appears, so a key pressed at once is not lost', async ({ page }) => {
  const total = inQuiz('4-6').length;
  await page.goto('/quiz/4-6/?seed=e2e');
  // Answer wrongly until the ordering question is on screen; each new question takes focus at once.
  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`第 ${n} 题 / 共 ${total} 题`) })).toBeVisible();
    const question = await currentQuestion(page);
    if (question.type === 'ordering') {
      const up = page.getByRole('group', { name: question.prompt }).getByRole('button', { name: /^上移：/ }).last();
      const name = await up.getAttribute('aria-label');
      const focused = await up.evaluate(async (button) => {
        (button as HTMLButtonElement).click();
        // The click's render runs in a microtask; one task later no frame has been painted.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '';
      });
      expect(focused).toBe(name);
      return;
    }
    await answer(page, false);
    const heading = await page.getByRole('button', { name: '下一题' }).evaluate(async (button) => {
      (button as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return document.activeElement?.textContent ?? '';
    });
    expect(heading).toContain(`第 ${n + 1} 题 / 共 ${total} 题`);
  }
  throw new Error('the 4.6 quiz has no ordering question');
});

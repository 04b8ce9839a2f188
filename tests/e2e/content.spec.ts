import { test, expect } from './fixtures';
import { CLAUSE_NUMBERS, clauseHref, clauseId } from '../../src/domain/playbook/clauses';

const PAGES = [
  '/procedure/general/', '/procedure/4-1/', '/procedure/4-2/', '/procedure/4-3/', '/procedure/4-4/',
  '/procedure/4-5/', '/procedure/4-6/', '/guide/intro/', '/guide/step-1/', '/guide/step-2/',
  '/guide/step-3/', '/guide/step-4/', '/guide/step-5/', '/guide/step-6/',
];

test('the built pages carry every clause id, step id and wuxin exactly once', async ({ request }) => {
  const ids: string[] = [];
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    const html = await response.text();
    ids.push(...[...html.matchAll(/\bid="((?:clause|step)-[\d-]+|wuxin)"/g)].map((m) => m[1] ?? ''));
  }
  const expected = [...CLAUSE_NUMBERS.map(clauseId), 'step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'wuxin'];
  expect(ids.sort()).toEqual(expected.sort());
});

test('a clause link opens its page at the clause', async ({ page }) => {
  await page.goto(clauseHref('4.2.5'));
  const clause = page.locator('#clause-4-2-5');
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText('提出新客户的开发申请');
});

test('pages declare Chinese and load no font or script from elsewhere', async ({ page }) => {
  await page.goto('/guide/step-1/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第一步：专业取信客户');
});

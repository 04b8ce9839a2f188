import { test, expect } from './fixtures';

/** Query → the clause (or guide passage) that must be the first result. */
const EXPECTED: [string, string][] = [
  ['回款周期', '/procedure/4-3/#clause-4-3-5'],
  ['关键决策人', '/procedure/4-3/#clause-4-3-2'],
  ['五心', '/guide/step-6/#wuxin'],
  ['信用', '/procedure/4-1/#clause-4-1-2'],
  ['考察', '/procedure/4-4/#clause-4-4-2'],
  ['潜在客户名录', '/procedure/4-2/#clause-4-2-1'],
  ['客户代码', '/procedure/4-6/#clause-4-6-1'],
  ['进度报表', '/procedure/4-4/#clause-4-4-6'],
];

for (const [query, target] of EXPECTED) {
  test(`searching ${query} puts ${target} first and opens it`, async ({ page }) => {
    await page.goto('/procedure/general/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索规范与指南' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('searchbox', { name: '搜索关键词' });
    await expect(box).toBeFocused();
    await box.fill(query);
    const results = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await expect(results.first()).toHaveAttribute('href', target);
    await expect(results.first()).toContainText(query.length > 1 ? query.slice(0, 2) : query);
    await results.first().click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, '\\$&')}$`));
    await expect(page.locator(target.slice(target.indexOf('#')))).toBeInViewport();
  });
}

test('"/" opens search too, but not while typing in a field', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索规范与指南' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('a/b');
  await expect(dialog.getByRole('searchbox')).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the keyboard moves from the search box into the results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /搜索/ }).click();
  const dialog = page.getByRole('dialog', { name: '搜索规范与指南' });
  await dialog.getByRole('searchbox').fill('回款周期');
  const first = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#clause-4-3-5$/);
});

test('a search with no match says so in Chinese', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索规范与指南' });
  await dialog.getByRole('searchbox').fill('区块链');
  await expect(dialog.getByRole('status')).toContainText('没有找到');
  await expect(dialog.getByRole('list', { name: '搜索结果' }).getByRole('link')).toHaveCount(0);
});

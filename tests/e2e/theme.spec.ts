import { test, expect } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the theme follows the system until the reader picks one, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/procedure/4-1/');
  const picker = page.getByLabel('颜色主题');
  await expect(picker).toHaveValue('system');
  const light = await background(page);

  await page.emulateMedia({ colorScheme: 'dark' });
  const systemDark = await background(page);
  expect(systemDark).not.toBe(light);

  await page.emulateMedia({ colorScheme: 'light' });
  await picker.selectOption({ label: '深色' });
  expect(await background(page)).toBe(systemDark);

  await page.reload();
  await expect(page.getByLabel('颜色主题')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(systemDark);

  await page.getByLabel('颜色主题').selectOption({ label: '跟随系统' });
  await page.reload();
  expect(await background(page)).toBe(light);
});

test('a corrupt stored theme falls back to the system theme', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('playbook:theme', '{not json'));
  await page.reload();
  await expect(page.getByLabel('颜色主题')).toHaveValue('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

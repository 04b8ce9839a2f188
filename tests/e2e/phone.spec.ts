import { test, expect } from './fixtures';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test('on a phone the contents open from a menu and close after choosing a page', async ({ page }) => {
  await page.goto('/procedure/4-1/');
  const sidebar = page.getByRole('navigation', { name: '手册目录' });
  await expect(sidebar).toBeHidden();
  const menu = page.getByRole('button', { name: '目录' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(sidebar).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭目录' })).toHaveAttribute('aria-expanded', 'true');
  await sidebar.getByRole('link', { name: /纳入客户管理系统/ }).click();
  await expect(page).toHaveURL(/\/procedure\/4-6\/$/);
  await expect(page.getByRole('navigation', { name: '手册目录' })).toBeHidden();
});

test('Escape closes the phone menu and returns focus to its button', async ({ page }) => {
  await page.goto('/guide/step-3/');
  await page.getByRole('button', { name: '目录' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: '手册目录' })).toBeHidden();
  await expect(page.getByRole('button', { name: '目录' })).toBeFocused();
});

test('nothing overflows the phone width', async ({ page }) => {
  for (const path of ['/', '/procedure/4-4/', '/guide/step-1/', '/learn/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the main sections stay reachable on a phone page without a sidebar', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学习手册' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习手册');
});

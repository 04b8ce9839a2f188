import { test, expect } from './fixtures';

test('the sidebar leads from the procedure overview to a chapter', async ({ page }) => {
  await page.goto('/procedure/');
  const sidebar = page.getByRole('navigation', { name: '手册目录' });
  await sidebar.getByRole('link', { name: /新客户开发的前期准备/ }).click();
  await expect(page).toHaveURL(/\/procedure\/4-3\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新客户开发的前期准备');
  await expect(sidebar.getByRole('link', { name: /新客户开发的前期准备/ })).toHaveAttribute('aria-current', 'page');
});

test('previous and next links walk the playbook in reading order, across documents', async ({ page }) => {
  await page.goto('/procedure/4-5/');
  const pager = page.getByRole('navigation', { name: '上一页与下一页' });
  await pager.getByRole('link', { name: /下一页/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('纳入客户管理系统');
  await pager.getByRole('link', { name: /下一页/ }).click();
  await expect(page).toHaveURL(/\/guide\/intro\/$/);
  await pager.getByRole('link', { name: /上一页/ }).click();
  await expect(page).toHaveURL(/\/procedure\/4-6\/$/);
});

test('breadcrumbs show where the page sits', async ({ page }) => {
  await page.goto('/guide/step-2/');
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link')).toHaveText(['首页', '怎样开发新客户', '第二步：利益打动客户']);
  await crumbs.getByRole('link', { name: '怎样开发新客户' }).click();
  await expect(page).toHaveURL(/\/guide\/$/);
});

test('the table of contents jumps to a clause', async ({ page }) => {
  await page.goto('/procedure/4-4/');
  await page.getByRole('complementary').getByRole('link', { name: '4.4.5 问题客户的终止' }).click();
  await expect(page).toHaveURL(/#clause-4-4-5$/);
  await expect(page.locator('#clause-4-4-5')).toBeInViewport();
});

test('the home page sends each audience where it needs to go', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '开始学习' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习手册');
  await page.goto('/');
  await page.getByRole('link', { name: '我的开发档案' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的开发档案');
  await page.goto('/');
  await page.getByRole('link', { name: '主管审阅' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('主管审阅');
});

test('hovering or focusing a clause reveals a link that copies its address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/procedure/4-3/');
  const link = page.getByRole('link', { name: '复制条款 4.3.2 的链接' });
  await expect(link).toHaveCSS('opacity', '0');
  await page.locator('#clause-4-3-2').hover();
  await expect(link).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await link.press('Enter');
  await expect(page).toHaveURL(/\/procedure\/4-3\/#clause-4-3-2$/);
  await expect(page.getByRole('status').filter({ hasText: '已复制链接' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/procedure/4-3/#clause-4-3-2`);
});

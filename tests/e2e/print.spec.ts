import { test, expect } from './fixtures';

test('a printed chapter shows the text without navigation', async ({ page }) => {
  await page.goto('/procedure/4-2/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#clause-4-2-4')).toBeVisible();
  for (const name of ['手册目录', '主导航', '上一页与下一页', '当前位置']) {
    await expect(page.getByRole('navigation', { name, includeHidden: true })).toBeHidden();
  }
  await expect(page.getByRole('complementary', { includeHidden: true })).toBeHidden();
  await expect(page.getByRole('button', { name: /搜索/, includeHidden: true })).toBeHidden();
  await expect(page.getByRole('link', { name: '复制条款 4.2.4 的链接', includeHidden: true })).toBeHidden();
});

test('the print layout is A4', async ({ page }) => {
  await page.goto('/guide/step-1/');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 210 × 297 mm = 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels.
  const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(mediaBox).not.toBeNull();
  expect(Number(mediaBox?.[1])).toBeCloseTo(595.28, -0.5);
  expect(Number(mediaBox?.[2])).toBeCloseTo(841.89, -0.5);
});

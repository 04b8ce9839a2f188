import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const ROUTES = ['/', '/learn/', '/procedure/', '/procedure/general/', '/procedure/4-4/', '/guide/', '/guide/step-6/', '/files/', '/review/', '/quiz/', '/quiz/4-1/', '/self-assessment/', '/404/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const route of ROUTES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${route} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violations in the open search dialog with results', async ({ page }) => {
  await page.goto('/procedure/4-1/');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: '搜索关键词' }).fill('信用');
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('axe finds no violations in the open phone menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/procedure/4-2/');
  await page.getByRole('button', { name: '目录' }).click();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

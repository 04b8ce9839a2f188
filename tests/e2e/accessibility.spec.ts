/**
 * axe (WCAG 2.0–2.2 A/AA and best practice) on every built page in both
 * colour schemes, and on the states the islands reach only through use:
 * every workspace stage, a terminated file, a missing file, errors, feedback
 * and results. Other specs add axe checks at the states they drive
 * (files-list, files-import, quiz, self-assessment, workspace, offline).
 */
import type { Page } from '@playwright/test';
import { axeViolations, WCAG_AND_BEST_PRACTICE } from './support/axe';
import { test, expect } from './fixtures';
import { builtRoutes } from './support/built-routes';
import { seedStorage } from '../helpers/seed-storage';
import { typicalCompleteFile } from '../helpers/typical-file';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';

const SCHEMES = ['light', 'dark'] as const;

async function expectNoViolations(page: Page, state: string) {
  expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE), state).toEqual([]);
}

async function seedFiles(page: Page, files: readonly DevelopmentFile[]) {
  await seedStorage(page, files, '/learn/');
}

// One load per page, checked in both schemes: the site's colours follow
// prefers-color-scheme live (CSS color-scheme), so no reload is needed, and the
// page's background proves the second scheme really is in force.
for (const route of builtRoutes()) {
  test(`axe finds no violations on ${route} (light and dark)`, async ({ page }) => {
    const backgrounds: string[] = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      if (!backgrounds.length) await page.goto(route);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      await expectNoViolations(page, `${route} (${scheme})`);
    }
    expect(new Set(backgrounds).size, `${route}: the page looks the same in light and dark`).toBe(SCHEMES.length);
  });
}

for (const scheme of SCHEMES) {
  test(`axe finds no violations on any stage of a filled-in file in the workspace (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedFiles(page, [typicalCompleteFile('a11y-typical')]);
    await page.goto('/files/file/?id=a11y-typical');
    const stages = page.getByRole('navigation', { name: '开发阶段' }).getByRole('link');
    await expect(stages.last()).toBeVisible(); // the island has rendered the stepper
    const count = await stages.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < count; i++) {
      await stages.nth(i).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${i + 1} 步`);
      await expectNoViolations(page, `stage ${i + 1}`);
    }
    // The list with this file: badges, score, next action.
    await page.goto('/files/');
    await expect(page.getByRole('link', { name: '华东精密机械有限公司' }).first()).toBeVisible();
    await expectNoViolations(page, 'list with a file');
  });
}

test('axe finds no violations on a terminated file, a missing file and the PDF feedback', async ({ page }) => {
  const typical = typicalCompleteFile('a11y-terminated', '宁波海天塑业有限公司');
  const terminated = developmentFileSchema.parse({
    ...typical,
    stage: 'terminated',
    stageHistory: [
      ...typical.stageHistory.filter((h) => ['evaluation', 'survey', 'application', 'preparation', 'execution'].includes(h.to)),
      { from: 'execution', to: 'terminated', at: '2026-06-01T10:00:00.000+08:00', note: '客户资金链紧张' },
    ],
    execution: {
      ...typical.execution,
      termination: { reason: '客户拖欠供应商货款，资金链紧张。', informed: '王部长', requestedAt: '2026-05-30T10:00:00.000+08:00', confirmedAt: '2026-06-01T10:00:00.000+08:00' },
    },
  });
  await seedFiles(page, [terminated]);
  await page.goto('/files/file/?id=a11y-terminated');
  await expect(page.getByText('这份档案已终止开发（4.4.5）')).toBeVisible();
  await expectNoViolations(page, 'terminated');

  const group = page.getByRole('region', { name: '导出 PDF' });
  const downloading = page.waitForEvent('download');
  await group.getByRole('button', { name: '完整档案 PDF' }).click();
  await downloading;
  await expect(group.getByRole('status')).toContainText('页');
  await expectNoViolations(page, 'after a PDF export');

  await page.goto('/files/file/?id=no-such-file');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'missing file');
  await page.goto('/files/file/');
  await expectNoViolations(page, 'no id');
});

test('axe finds no violations in the quiz’s missing-answer error and its storage notice', async ({ page }) => {
  await page.goto('/quiz/4-5/?seed=empty'); // this seed starts with a choice question
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByText(/请选择一个答案|请至少选择一个选项/)).toBeVisible();
  await expectNoViolations(page, 'missing answer');

  // Written from a page without the quiz store, which would handle it while unloading.
  await page.goto('/learn/');
  await page.evaluate(() => localStorage.setItem('playbook:quiz-results', '{"version":1,"results":[{"quiz":'));
  await page.goto('/quiz/');
  await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /备份|损坏|无法读取/ }).first()).toBeVisible();
  await expectNoViolations(page, 'quiz storage notice');
});

test('axe finds no violations in the self-assessment’s storage notice', async ({ page }) => {
  await page.goto('/learn/'); // not the self-assessment page, whose store would handle the entry while unloading
  await page.evaluate(() => localStorage.setItem('playbook:assessment:history', '{"version":1,"attempts":[{"completedAt":'));
  await page.goto('/self-assessment/');
  await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /备份|损坏|无法读取/ }).first()).toBeVisible();
  await expectNoViolations(page, 'assessment storage notice');
});

test('axe finds no violations in the search dialog, with results and with none', async ({ page }) => {
  await page.goto('/procedure/4-1/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.fill('信用');
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
  await expectNoViolations(page, 'search results');
  await box.fill('qzxjv');
  await expect(page.getByText(/没有找到与/)).toBeVisible();
  await expectNoViolations(page, 'no search results');
});

test('axe finds no violations in the open phone menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/procedure/4-2/');
  await page.getByRole('button', { name: '目录' }).click();
  await expectNoViolations(page, 'phone menu');
});

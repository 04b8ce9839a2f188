/**
 * 公司设置 (/settings/): the site's defaults say so wherever the 4.1.2 rule is
 * shown; a manager sets the company's own rules (a contradictory form is
 * refused and nothing is stored), exports them, and a rep's browser imports
 * the file after a preview of what changes; the workspace then judges the same
 * scores by the company's rule and names it. A broken file changes nothing.
 * axe on every state, light and dark, and at 375 px.
 */
import { readFileSync } from 'node:fs';
import { axeViolations, WCAG_AND_BEST_PRACTICE } from './support/axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedStorage } from '../helpers/seed-storage';
import { typicalCompleteFile } from '../helpers/typical-file';
import { developmentFileSchema } from '../../src/domain/development-file/schema';


async function expectNoViolations(page: Page, state: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE), `${state} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Finance 3 (一般) with the other three at 5: 需复核 by the site's rule, 推荐 where a company accepts 3. */
function financeThreeFile() {
  const typical = typicalCompleteFile('set-finance-3', '南通宏远纺织有限公司');
  return developmentFileSchema.parse({
    ...typical,
    stage: 'evaluation',
    stageHistory: typical.stageHistory.slice(0, 1),
    evaluation: {
      ...typical.evaluation,
      finance: { ...typical.evaluation.finance, score: 3 },
      investment: { ...typical.evaluation.investment, score: 5 },
      contribution: { ...typical.evaluation.contribution, score: 5 },
      capability: { ...typical.evaluation.capability, score: 5 },
    },
  });
}

const rulesTable = (page: Page) => page.getByRole('table', { name: '当前使用的规则' });

test('a manager sets the company’s rules, a rep imports them, and the workspace judges by them', async ({ page, browser }) => {
  test.setTimeout(60_000);
  // The rep's browser first: the site's defaults, said as such.
  await seedStorage(page, [financeThreeFile()], '/files/file/?id=set-finance-3');
  await expect(page.getByText(/综合得分：\s*85 \/ 100/)).toBeVisible();
  await expect(page.locator('.evaluation-total')).toContainText('需复核');
  await expect(page.getByText(/评分规则（本站默认设置，非规范原文）/)).toBeVisible();

  // The manager's browser.
  const managerContext = await browser.newContext({ locale: 'zh-CN' });
  const manager = await managerContext.newPage();
  await manager.goto('/settings/');
  await expect(manager.getByText('来源：本站默认设置')).toBeVisible();
  await expect(rulesTable(manager).getByRole('row', { name: /推荐所需“财务管理能力与信用”最低分/ })).toContainText('4 分');
  await expectNoViolations(manager, 'defaults');

  await manager.getByRole('button', { name: '设定公司自己的规则' }).click();
  const form = manager.getByRole('form', { name: '修改公司设置' });
  await form.getByLabel('公司或团队名称').fill('华东销售部');
  await form.getByLabel('推荐线：综合得分达到').fill('60');
  await form.getByLabel('不推荐线：综合得分低于').fill('65');
  await form.getByRole('button', { name: '保存设置' }).click();
  // Contradictory lines: refused, named at the field, focus on the summary, nothing stored.
  const summary = manager.getByRole('region', { name: '设置未保存' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('不推荐线：不推荐线不能高于推荐线');
  await expect(form.getByLabel('不推荐线：综合得分低于')).toHaveAttribute('aria-invalid', 'true');
  expect(await manager.evaluate(() => localStorage.getItem('playbook:company-settings'))).toBeNull();
  await expectNoViolations(manager, 'refused form');

  await form.getByLabel('推荐线：综合得分达到').fill('75');
  await form.getByLabel('不推荐线：综合得分低于').fill('50');
  await form.getByLabel('推荐所需“财务管理能力与信用”最低分').fill('3');
  await form.getByRole('button', { name: '保存设置' }).click();
  const today = await manager.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  const source = `公司设置（华东销售部，${today}）`;
  await expect(manager.getByText(`来源：${source}`)).toBeVisible();
  await expect(manager.getByRole('status').filter({ hasText: '已保存' })).toContainText(source);
  await expect(rulesTable(manager).getByRole('row', { name: /推荐线（综合得分达到）/ })).toContainText('75 分');

  const downloading = manager.waitForEvent('download');
  await manager.getByRole('button', { name: '导出设置（JSON）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`公司设置-华东销售部-${today}.json`);
  const path = test.info().outputPath('settings.json');
  await download.saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  expect(exported).toMatchObject({ type: 'playbook.company-settings', schemaVersion: 1, company: '华东销售部', updatedOn: today });
  await managerContext.close();

  // The rep imports the file: a preview of every change, nothing stored before 确认导入.
  await page.goto('/settings/');
  await page.getByLabel('选择公司设置文件（JSON）').setInputFiles(path);
  const preview = page.getByRole('table').filter({ hasText: '导入后' });
  await expect(preview.getByRole('row', { name: /规则来源/ })).toContainText(source);
  await expect(preview.getByRole('row', { name: /推荐线（综合得分达到）/ })).toContainText('70 分75 分');
  await expect(preview.getByRole('row', { name: /最低分/ })).toContainText('4 分3 分');
  expect(await page.evaluate(() => localStorage.getItem('playbook:company-settings'))).toBeNull();
  await expectNoViolations(page, 'import preview');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(`来源：${source}`)).toBeVisible();

  // The same scores, judged by the company's rule, which the workspace names.
  await page.goto('/files/file/?id=set-finance-3');
  await expect(page.locator('.evaluation-total')).toContainText('推荐');
  await expect(page.locator('.evaluation-total')).not.toContainText('需复核');
  await expect(page.getByText(`评分规则（${source}，非规范原文）`, { exact: false })).toBeVisible();

  // Back to the defaults: the company's file is kept as a backup.
  await page.goto('/settings/');
  await page.getByRole('button', { name: '恢复本站默认设置' }).click();
  await expect(page.getByText('来源：本站默认设置')).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('playbook:backup:playbook:company-settings:')));
  expect(backups).toHaveLength(1);
});

test('a broken or foreign settings file is refused with its reasons and changes nothing', async ({ page }) => {
  await page.goto('/settings/');
  const input = page.getByLabel('选择公司设置文件（JSON）');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"playbook.company-settings",') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“broken.json”不能导入，本机设置没有改变');
  await expect(alert).toContainText('不是有效的 JSON 文件');
  await expectNoViolations(page, 'refused file');

  const bad = { type: 'playbook.company-settings', schemaVersion: 1, company: '甲', updatedOn: '2026-12-06', stalledAfterDays: 0 };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(alert).toContainText('stalledAfterDays：应为 1–365 天');
  await expect(alert).toContainText('evaluation：缺少此项');

  await input.setInputFiles({ name: 'files.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"playbook.development-files","files":[]}') });
  await expect(alert).toContainText('这是开发档案的导出文件');
  await expect(page.getByText('来源：本站默认设置')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('playbook:company-settings'))).toBeNull();
});

test('at 375 px the rules and the form fit the width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/settings/');
  await expect(rulesTable(page)).toBeVisible();
  await page.getByRole('button', { name: '设定公司自己的规则' }).click();
  await expect(page.getByRole('form', { name: '修改公司设置' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoViolations(page, '375 px form');
});

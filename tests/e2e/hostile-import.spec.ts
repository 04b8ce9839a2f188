/**
 * Hostile text brought in by JSON import (part of the quality gates, issue 8):
 * an export document whose every free-text field holds a corpus string
 * (tests/fixtures/hostile/files.ts builds it from a complete file, so new
 * schema fields are included) is imported through 导入 on /files/; the
 * preview, the list and every stage of the workspace must show each string
 * as text and nothing else. A document with 100 KB strings is refused with
 * the limit in Chinese and changes nothing. The 潜在客户名录 CSV of hostile
 * prospects keeps each string in its own cell with formulas neutralised.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LIMITS, type DevelopmentFile } from '../../src/domain/development-file/schema';
import { stageInfo } from '../../src/domain/development-file/stages';
import { fieldDomId } from '../../src/islands/workspace/binding';
import {
  exportDocument,
  hostileCompleteFile,
  hostileProspects,
  hostileTerminatedFile,
  hugeTextFile,
  type TextLeaf,
} from '../fixtures/hostile/files';
import { typicalCompleteFile } from '../helpers/typical-file';
import { parseCsv } from '../helpers/csv';
import {
  expectInert,
  forEachTextControl,
  mainTextContains,
  openStage,
  seedFiles,
  shownValue,
  storageSnapshot,
  storedFile,
  watchForHarm,
} from '../helpers/hostile-page';

const importInput = (page: Page) => page.getByLabel('导入开发档案（JSON）');
const preview = (page: Page) => page.getByRole('table', { name: /导入预览/ });

async function importDocument(page: Page, text: string, name = 'hostile.json') {
  await importInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(preview(page)).toBeVisible();
}

/**
 * Leaves that no view of the workspace shows: the note of a stage change
 * is kept for the 完整档案 PDF's 阶段记录 (checked in hostile-pdf.spec.ts).
 */
const NOT_IN_WORKSPACE = /^stageHistory\.\d+\.note$/;

/**
 * Visits a view of the workspace and checks every text control against the
 * leaf it shows, and which other leaves appear as text; returns the paths seen.
 */
async function checkView(page: Page, leaves: readonly TextLeaf[], where: string, watch: ReturnType<typeof watchForHarm>): Promise<Set<string>> {
  const byId = new Map(leaves.map((leaf) => [fieldDomId(leaf.path), leaf]));
  const seen = new Set<string>();
  await forEachTextControl(page, async (control) => {
    const leaf = byId.get(control.id);
    expect(leaf, `#${control.id} (${control.label}) on ${where} shows an imported field`).toBeDefined();
    if (!leaf) return;
    expect(control.value, `${leaf.name} in ${leaf.path} on ${where}`).toBe(shownValue(leaf.text, control.kind));
    seen.add(leaf.path);
  });
  const shown = await mainTextContains(page, leaves.map((leaf) => leaf.text));
  leaves.forEach((leaf, i) => {
    if (shown[i]) seen.add(leaf.path);
  });
  await expectInert(page, watch, where);
  return seen;
}

test('an export full of hostile text imports, and the preview, the list and every stage show it as text', async ({ page }) => {
  test.setTimeout(240_000);
  const watch = watchForHarm(page);
  const complete = hostileCompleteFile();
  const terminated = hostileTerminatedFile();
  const files: DevelopmentFile[] = [complete.file, terminated.file];
  await seedFiles(page, [typicalCompleteFile('local-1', '青岛北方重工有限公司')]);

  await importDocument(page, exportDocument(files));
  await expect(preview(page).getByText('新档案')).toHaveCount(files.length);
  expect(await mainTextContains(page, files.map((f) => f.customer.name))).toEqual(files.map(() => true));
  await expectInert(page, watch, 'the import preview');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(`导入完成：已导入 ${files.length} 份档案（新增 ${files.length} 份）。`)).toBeVisible();
  for (const file of files) expect(await storedFile(page, file.id), `${file.id} stored exactly as exported`).toEqual(file);

  await page.reload();
  await expect(page.getByRole('table', { name: /开发档案列表/ }).getByRole('link')).toHaveCount(files.length + 1);
  expect(await mainTextContains(page, files.map((f) => f.customer.name))).toEqual(files.map(() => true));
  await expectInert(page, watch, 'the list');

  // Every stage of the complete file, and its visits.
  const seen = new Set<string>();
  for (const stage of ['evaluation', 'survey', 'application', 'preparation', 'execution', 'review', 'onboarding'] as const) {
    await openStage(page, complete.file.id, stage);
    for (const path of await checkView(page, complete.leaves, stage, watch)) seen.add(path);
  }
  await page.goto(`/files/file/?id=${complete.file.id}&view=visits`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^拜访准备：/);
  for (const path of await checkView(page, complete.leaves, 'visits', watch)) seen.add(path);
  const unseen = complete.leaves.filter((leaf) => !seen.has(leaf.path) && !NOT_IN_WORKSPACE.test(leaf.path));
  expect(unseen.map((leaf) => leaf.path), 'imported fields that no view of the workspace showed').toEqual([]);

  // The terminated file says why it stopped, in the banner and on 正式实施.
  await page.goto(`/files/file/?id=${terminated.file.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/正式实施/);
  const { reason, informed } = terminated.file.execution.termination ?? { reason: '', informed: '' };
  expect(await mainTextContains(page, [`终止原因：${reason}`, informed])).toEqual([true, true]);
  await checkView(page, terminated.leaves, 'the terminated file', watch);
  expect(new URL(page.url()).pathname).toBe('/files/file/');
});

test('a document with 100 KB strings is refused with the limit in Chinese, and no local file changes', async ({ page }) => {
  const watch = watchForHarm(page);
  await seedFiles(page, [typicalCompleteFile('local-1', '青岛北方重工有限公司')]);
  const before = await storageSnapshot(page);
  await importDocument(page, exportDocument([hugeTextFile()]), 'huge-strings.json');
  const table = preview(page);
  await expect(table.getByText('无效', { exact: true })).toHaveCount(1);
  for (const reason of [
    `customer.name：不能超过 ${LIMITS.shortText} 个字符`,
    `survey.findings：不能超过 ${LIMITS.longText} 个字符`,
    `review.successPoints：不能超过 ${LIMITS.longText} 个字符`,
  ]) {
    await expect(table).toContainText(reason);
  }
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await expect(page.getByText('没有需要导入的档案；本机档案不会有任何改动。')).toBeVisible();
  await expectInert(page, watch, 'the refused preview');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(table).toBeHidden();
  expect(await storageSnapshot(page)).toBe(before);
});

test('the 潜在客户名录 CSV of imported hostile prospects: one cell per string, formulas neutralised', async ({ page }) => {
  const watch = watchForHarm(page);
  const prospects = hostileProspects();
  await seedFiles(page, []);
  await importDocument(page, exportDocument(prospects));
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(`导入完成：已导入 ${prospects.length} 份档案（新增 ${prospects.length} 份）。`)).toBeVisible();
  await expect(page.getByRole('table', { name: /潜在客户名录/ }).getByRole('row')).toHaveCount(prospects.length + 1);
  await expectInert(page, watch, 'the list of prospects');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^潜在客户名录-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));

  // What a spreadsheet must get: the text as written, a leading apostrophe
  // before = + - @ tab or CR, and U+FFFD for a lone surrogate (UTF-8 cannot hold one).
  const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).toWellFormed();
  const header = rows[0] ?? [];
  expect(header).toEqual(['客户名称', '地区', '行业', '客户类型', '来源渠道', '阶段', '负责业务', '创建日期', '报备营销部长日期']);
  expect(rows).toHaveLength(prospects.length + 1);
  prospects.forEach((file, i) => {
    const { name, region, industry, type, sourceChannel } = file.customer;
    expect(rows[i + 1], `CSV row of ${file.id}`).toEqual([
      ...[name, region, industry, type, sourceChannel].map(cell),
      stageInfo(file.stage).label,
      cell(file.owner),
      file.createdAt.slice(0, 10),
      file.survey.reportedToManagerAt ?? '',
    ]);
  });
  // No cell a spreadsheet would take for a formula.
  for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
});

/**
 * Hostile text typed into fields renders as inert text: no element, script,
 * dialog or navigation comes out of it, and a spreadsheet formula in a name is
 * neutralised in the CSV. (Part of the quality gates; more fields to come.)
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { FIELDS } from '../../src/domain/development-file/labels';

const HOSTILE = {
  element: '<img src=x onerror=alert(1)>',
  script: '<script>alert(2)</script>华南',
  url: 'javascript:alert(3)',
  bidi: '\u202E机械制造\u202C',
  zeroWidth: '终端\u200B用户',
  formula: '=HYPERLINK("http://evil.invalid","点我")',
};

test('hostile text in the development file renders as text everywhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('/files/');
  await page.getByLabel(FIELDS['customer.name'].label, { exact: false }).first().fill(HOSTILE.element);
  await page.getByRole('button', { name: '新建并开始填写' }).click();
  await expect(page).toHaveURL(/\/files\/file\/\?id=/);
  await page.getByLabel(FIELDS['customer.region'].label).fill(HOSTILE.script);
  await page.getByLabel(FIELDS['customer.industry'].label).fill(HOSTILE.bidi);
  await page.getByLabel(FIELDS['customer.type'].label).fill(HOSTILE.zeroWidth);
  await page.getByLabel(FIELDS['customer.sourceChannel'].label).fill(HOSTILE.url);
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(FIELDS['customer.region'].label)).toHaveValue(HOSTILE.script);
  await expect(page.getByText(`/ ${HOSTILE.element}`, { exact: false })).toBeVisible();

  await page.goto('/files/');
  await expect(page.getByRole('link', { name: HOSTILE.element }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('alert(')).length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a formula as a customer name is neutralised in the 潜在客户名录 CSV', async ({ page }) => {
  await page.goto('/files/');
  await page.getByLabel(FIELDS['customer.name'].label, { exact: false }).first().fill(HOSTILE.formula);
  await page.getByRole('button', { name: '新建并开始填写' }).click();
  await expect(page).toHaveURL(/\/files\/file\/\?id=/);
  await page.goto('/files/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 CSV/ }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.invalid"",""点我"")"`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
});

test('a 100 KB paste into a field changes nothing stored beyond its limit and breaks nothing', async ({ page }) => {
  await page.goto('/files/');
  await page.getByLabel(FIELDS['customer.name'].label, { exact: false }).first().fill('长文本测试有限公司');
  await page.getByRole('button', { name: '新建并开始填写' }).click();
  await expect(page).toHaveURL(/\/files\/file\/\?id=/);
  await page.getByLabel(FIELDS['customer.region'].label).fill('华东');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByLabel(FIELDS['customer.region'].label).fill('长'.repeat(100_000));
  await page.waitForTimeout(600);
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('playbook:file:'));
    return JSON.parse(localStorage.getItem(key ?? '') ?? '{}').data.customer.region as string;
  });
  expect(stored.length).toBeLessThanOrEqual(200);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 1 步 / 共 7 步：策划与评估');
});

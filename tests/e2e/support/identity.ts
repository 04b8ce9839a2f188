import { expect, type Page } from '@playwright/test';

/** 我的身份 on 主管审阅: who records (and signs) on this browser. */
export async function chooseIdentity(page: Page, name: string, role: '开发业务' | '营销部长' | '总经理', change = false) {
  if (change) await page.getByRole('button', { name: '更改身份' }).click();
  const panel = page.getByRole('region', { name: '我的身份' });
  await panel.getByLabel('姓名').fill(name);
  await panel.getByRole('group', { name: /^身份/ }).getByLabel(role, { exact: true }).check();
  await panel.getByRole('button', { name: '保存身份' }).click();
  await expect(page.getByRole('region', { name: '我的身份' })).toContainText(`我的身份：${role} ${name}`);
}

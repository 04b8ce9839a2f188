/**
 * 签名审批 end to end: the 总经理 sets up the 管理人员名单 with the 营销部长's
 * key, the rep confirms it; the managers sign their decisions on the desk and
 * the rep's browser verifies them. Exports edited by hand — a comment changed,
 * the 预计年采购额 changed with its fingerprint made to match — show 签名无效
 * and the file does not advance; a settings file with a forged roster is
 * refused and changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chooseIdentity } from './support/identity';
import { axeViolations } from './support/axe';
import { seedStorage } from '../helpers/seed-storage';
import { APPLYING, applyingFile } from '../helpers/desk-files';
import { applicationFingerprint } from '../../src/domain/development-file/application-state';
import { developmentFileSchema } from '../../src/domain/development-file/schema';

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const file: Download = await downloading;
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return path;
}

/** An export edited by hand: `edit` changes the one file, its clock moves on so the import takes it. */
function edited(path: string, name: string, edit: (file: Record<string, any>) => void): string {
  const document = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, any>[] };
  const file = document.files[0] as Record<string, any>;
  edit(file);
  file.clock = { ...file.clock, forger: 1 };
  const out = test.info().outputPath(name);
  writeFileSync(out, JSON.stringify(document));
  return out;
}

test('signed decisions verify in the rep’s browser; hand-edited exports and a forged roster do not count', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const signing = page.getByRole('region', { name: '签名审批' });

  // The 营销部长's key, in the managers' browser.
  await page.goto('/review/');
  await chooseIdentity(page, '李娜', '营销部长');
  await page.goto('/settings/');
  await page.getByRole('button', { name: '设定公司自己的规则' }).click();
  const form = page.getByRole('form', { name: '修改公司设置' });
  await form.getByLabel('公司或团队名称').fill('华东销售部');
  await form.getByRole('button', { name: '保存设置' }).click();
  await signing.getByRole('button', { name: '生成我的签名密钥' }).click();
  const marketingKey = await signing.getByLabel('我的公钥（发给总经理加入名单）').inputValue();
  await expect(signing.getByText(/^我的签名密钥指纹：[0-9A-F]{4}(-[0-9A-F]{4}){7}$/)).toBeVisible();

  // The 总经理: a key, the first roster (pinned here), then the 营销部长 added and signed.
  await page.goto('/review/');
  await chooseIdentity(page, '王强', '总经理', true);
  await page.goto('/settings/');
  await signing.getByRole('button', { name: '生成我的签名密钥' }).click();
  await signing.getByRole('button', { name: '把我加入管理人员名单' }).click();
  await expect(signing.getByRole('status')).toContainText('已把你加入管理人员名单。');
  await signing.getByLabel('姓名').fill('李娜');
  await signing.getByRole('group', { name: /^身份/ }).getByLabel('营销部长').check();
  await signing.getByLabel('对方的公钥').fill(marketingKey);
  await signing.getByRole('button', { name: '加入名单并签名' }).click();
  await expect(signing.getByRole('status')).toContainText('已把李娜加入管理人员名单。');
  await expect(signing.getByText(/本机已确认的名单指纹：.*（2 人）/)).toBeVisible();
  const settingsPath = await download(page, () => page.getByRole('button', { name: '导出设置（JSON）' }).click(), 'settings.json');

  // The rep confirms the roster after checking its fingerprint, then sends the submitted application.
  const rep = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'zh-CN', serviceWorkers: 'block' });
  const repPage = await rep.newPage();
  await seedStorage(repPage, [applyingFile('dk-a', true)], '/settings/');
  await repPage.getByLabel('选择公司设置文件（JSON）').setInputFiles(settingsPath);
  await expect(repPage.getByRole('button', { name: '确认导入' })).toBeDisabled();
  expect(await axeViolations(repPage)).toEqual([]);
  await repPage.getByLabel(/^我已核对名单指纹/).check();
  await repPage.getByRole('button', { name: '确认导入' }).click();
  await expect(repPage.getByText('已导入“settings.json”')).toBeVisible();
  await repPage.goto('/files/');
  const sent = await download(repPage, () => repPage.getByRole('button', { name: /^导出全部/ }).click(), 'rep.json');

  // The desk: each manager decides and signs.
  await page.goto('/review/');
  await page.getByLabel('导入开发档案（JSON）').setInputFiles(sent);
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('link', { name: APPLYING }).first().click();
  const panel = page.getByRole('complementary', { name: '开发申请审批' });
  await chooseIdentity(page, '李娜', '营销部长', true);
  await panel.getByRole('radio', { name: '同意', exact: true }).check();
  await panel.getByRole('button', { name: '登记营销部长审批' }).click();
  await expect(panel.getByRole('status').first()).toContainText('已签名。');
  await chooseIdentity(page, '王强', '总经理', true);
  await panel.getByRole('radio', { name: '同意', exact: true }).check();
  await panel.getByRole('button', { name: '登记总经理审批' }).click();
  await expect(panel).toContainText('已批准');
  await expect(page.getByText(/营销部长审批：已验证（营销部长 李娜，密钥 [0-9A-F-]{39}）/)).toBeVisible();
  const back = await download(page, () => panel.getByRole('button', { name: '导出给业务员（JSON）' }).click(), 'back.json');

  // The rep's browser verifies both signatures.
  await repPage.goto('/files/');
  await repPage.getByLabel('导入开发档案（JSON）').setInputFiles(back);
  await repPage.getByRole('button', { name: '确认导入' }).click();
  await repPage.goto('/files/file/?id=dk-a&stage=application');
  await expect(repPage.getByRole('region', { name: '已批准' })).toBeVisible();
  await expect(repPage.getByText(/总经理审批：已验证（总经理 王强，密钥 [0-9A-F-]{39}）/)).toBeVisible();
  // The 申请表 prints each decision's check and the signer's key fingerprint.
  const pdf = await download(repPage, () => repPage.getByRole('button', { name: '申请表 PDF' }).click(), 'application.pdf');
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(printed).toMatch(/签名已验证：营销部长李娜，密钥[0-9A-F]{4}(-[0-9A-F]{4}){7}/);
  expect(printed).toMatch(/签名已验证：总经理王强，密钥[0-9A-F]{4}(-[0-9A-F]{4}){7}/);

  // Attack 1: the 总经理's comment changed by hand.
  const comment = edited(back, 'comment.json', (f) => {
    f.application.approvals.generalManager.comment = '同意，并追加预算 50 万。';
  });
  // Attack 2: the 预计年采购额 changed, with the submission fingerprint made to match the new content.
  const amount = edited(back, 'amount.json', (f) => {
    f.application.expectedAnnualPurchase = 6000;
    f.application.submittedFingerprint = applicationFingerprint(developmentFileSchema.parse(f));
  });
  // Each attack in a fresh copy of the rep's browser: the submitted file and the confirmed roster.
  const pinned = (await repPage.evaluate(() => localStorage.getItem('playbook:pinned-roster'))) ?? '';
  const repSettings = (await repPage.evaluate(() => localStorage.getItem('playbook:company-settings'))) ?? '';
  // Attack 3: the 营销部长's decision flipped, and the 总经理's record moved to another file id.
  const flipped = edited(back, 'flipped.json', (f) => {
    f.application.approvals.marketingManager.decision = 'returned';
    f.application.approvals.marketingManager.comment = '请补充';
  });
  // Attack 4: both decisions typed in as 代登记 of a paper form, with no signature.
  const paper = edited(back, 'paper.json', (f) => {
    for (const role of ['marketingManager', 'generalManager']) {
      const approval = f.application.approvals[role];
      approval.entry = 'paper';
      delete approval.signature;
    }
  });
  for (const [path, reason] of [
    [paper, '总经理审批：代登记（未签名）：本团队开启签名审批后，代登记只作记录，不计入'],
    [comment, '总经理审批：签名无效：签名与内容不符：记录在签名后被改动'],
    [amount, '申请内容与签名时不同'],
    [flipped, '营销部长审批：签名无效'],
  ] as const) {
    const victim = await rep.newPage();
    await seedStorage(victim, [applyingFile('dk-a', true)], '/files/', { 'playbook:pinned-roster': pinned, 'playbook:company-settings': repSettings });
    await victim.getByLabel('导入开发档案（JSON）').setInputFiles(path);
    await victim.getByRole('button', { name: '确认导入' }).click();
    await victim.goto('/files/file/?id=dk-a&stage=application');
    await expect(victim.getByRole('alert').filter({ hasText: '签名检查未通过' })).toContainText(reason);
    if (path === comment) expect(await axeViolations(victim)).toEqual([]);
    await expect(victim.getByRole('region', { name: '已批准' })).toHaveCount(0);
    await expect(victim.getByRole('button', { name: '进入下一阶段' })).toHaveCount(0);
    await victim.close();
  }

  // A settings file whose roster was changed by hand (another name for the 营销部长's key) is refused.
  await seedStorage(repPage, [], '/settings/', { 'playbook:pinned-roster': pinned, 'playbook:company-settings': repSettings });
  const forged = JSON.parse(readFileSync(settingsPath, 'utf8')) as { roster: { name: string }[]; rosterSignature?: unknown };
  const lina = forged.roster.find((e) => e.name === '李娜');
  if (lina) lina.name = '李娜（伪）';
  const unsigned = { ...forged, rosterSignature: undefined };
  const before = await repPage.evaluate(() => [localStorage.getItem('playbook:company-settings'), localStorage.getItem('playbook:pinned-roster')]);
  for (const [document, reason] of [
    [forged, '管理人员名单的签名无效（名单在签名后被改动）'],
    [unsigned, '管理人员名单有变更，但没有总经理的签名'],
  ] as const) {
    await repPage.getByLabel('选择公司设置文件（JSON）').setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
    await expect(repPage.getByRole('alert')).toContainText(reason);
    expect(await repPage.evaluate(() => [localStorage.getItem('playbook:company-settings'), localStorage.getItem('playbook:pinned-roster')])).toEqual(before);
  }
  await rep.close();
});

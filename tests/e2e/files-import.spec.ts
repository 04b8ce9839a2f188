/**
 * Importing development files on /files/: the export → clear → import round
 * trip, every broken fixture of tests/fixtures/import/ (the README's message,
 * and not one local file changed), the preview, conflicts that need an
 * explicit choice, and accessibility of the preview and the error state.
 */
import { join } from 'node:path';
import { axeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { emptyFile } from '../helpers/development-files';
import { seedStorage } from '../helpers/seed-storage';
import { typicalCompleteFile } from '../helpers/typical-file';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);
const NOT_JSON = '文件不完整或不是 JSON，无法读取。请确认文件已完整下载，或重新导出后再试。';

/** Local files that an import must leave alone. */
function localFiles(): DevelopmentFile[] {
  return [
    typicalCompleteFile('local-1', '青岛北方重工有限公司'),
    developmentFileSchema.parse({ ...emptyFile('local-2', '佛山美联家电有限公司'), stage: 'survey', clock: { 'rep-laptop': 3 } }),
  ];
}

async function seed(page: Page, files: readonly DevelopmentFile[]) {
  await seedStorage(page, files, '/files/');
  await expect(page.getByRole('heading', { name: '档案列表' })).toBeVisible();
}

/** Every stored file, raw, by key: an import that was refused must leave this exactly as it was. */
async function snapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('playbook:file:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

async function storedFiles(page: Page): Promise<DevelopmentFile[]> {
  const raw = await snapshot(page);
  return Object.values(raw).map((text) => (JSON.parse(text) as { data: DevelopmentFile }).data);
}

const importInput = (page: Page) => page.getByLabel('导入开发档案（JSON）');
const preview = (page: Page) => page.getByRole('table', { name: /导入预览/ });
const confirmButton = (page: Page) => page.getByRole('button', { name: '确认导入' });
const importAlert = (page: Page) => page.getByRole('region', { name: '导入开发档案' }).getByRole('alert');

function exportDocument(files: readonly DevelopmentFile[]): string {
  return JSON.stringify({ type: 'playbook.development-files', schemaVersion: 1, appVersion: 'test', exportedAt: new Date().toISOString(), files });
}


test('导出全部, cleared browser, import: the same files come back', async ({ page }) => {
  const files = [
    ...localFiles(),
    developmentFileSchema.parse({ ...emptyFile('local-3', '成都蜀光新材料有限公司'), stage: 'application' }),
  ];
  await seed(page, files);
  const before = await storedFiles(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /^导出全部/ }).click();
  const path = await (await downloadPromise).path();

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('还没有开发档案。')).toBeVisible();

  await importInput(page).setInputFiles(path);
  await expect(preview(page).getByRole('row')).toHaveCount(4);
  await expect(preview(page).getByText('新档案')).toHaveCount(3);
  await confirmButton(page).click();
  await expect(page.getByText('导入完成：已导入 3 份档案（新增 3 份）。')).toBeVisible();
  // The preview that had focus is gone: focus moves to the result.
  await expect(page.locator(':focus')).toContainText('导入完成');

  const after = await storedFiles(page);
  const summary = (list: DevelopmentFile[]) => list.map((f) => [f.id, f.customer.name, f.stage]).sort();
  expect(summary(after)).toEqual(summary(before));
  // Not only names and stages: every field, clock and time stamp survives the round trip.
  expect([...after].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...before].sort((a, b) => a.id.localeCompare(b.id)));
  await expect(page.getByRole('table', { name: /开发档案列表/ }).getByRole('link')).toHaveCount(3);
});

test.describe('documents refused whole: the README message, and no local file changed', () => {
  const refused: [string, string][] = [
    ['truncated.json', NOT_JSON],
    ['not-json.txt', NOT_JSON],
    ['empty.json', '文件是空的，没有可导入的开发档案。'],
    ['wrong-type.json', '这不是本系统导出的开发档案文件。请选择从“开发档案”导出的 .json 文件。'],
    ['future-version.json', '该文件来自更新版本的系统（数据版本 99，本站支持到 1），请先刷新或更新本站后再导入。本地档案没有任何改动。'],
  ];
  for (const [name, message] of refused) {
    test(name, async ({ page }) => {
      await seed(page, localFiles());
      const before = await snapshot(page);
      await importInput(page).setInputFiles(fixture(name));
      const alert = importAlert(page);
      await expect(alert).toContainText(message);
      await expect(alert).toContainText(`无法导入“${name}”`);
      await expect(preview(page)).toHaveCount(0);
      await expect(confirmButton(page)).toHaveCount(0);
      expect(await snapshot(page)).toEqual(before);
    });
  }

  test('a document over 20 MB, refused by its size before it is read', async ({ page }) => {
    await seed(page, localFiles());
    const before = await snapshot(page);
    // 21.5 MB of anything: the size alone decides.
    await importInput(page).setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(Math.round(21.5 * 1024 * 1024), 0x20) });
    await expect(importAlert(page)).toContainText('文件太大（21.5 MB），超过导入上限 20.0 MB。请分批导出后再导入。');
    expect(await snapshot(page)).toEqual(before);
  });

  test('10,000 entries', async ({ page }) => {
    await seed(page, localFiles());
    const before = await snapshot(page);
    const text = JSON.stringify({ type: 'playbook.development-files', schemaVersion: 1, appVersion: 'x', exportedAt: new Date().toISOString(), files: Array.from({ length: 10_000 }, () => ({})) });
    await importInput(page).setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(importAlert(page)).toContainText('文件包含 10000 份档案，超过单次导入上限 2000 份。请分批导出后再导入。');
    expect(await snapshot(page)).toEqual(before);
  });

  test('the error state has no axe violations', async ({ page }) => {
    await seed(page, localFiles());
    await importInput(page).setInputFiles(fixture('wrong-type.json'));
    await expect(importAlert(page)).toContainText('这不是本系统导出的开发档案文件');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('documents with nothing to import: each file 无效 with its reasons, and no local file changed', () => {
  const cases: [string, string[]][] = [
    ['missing-fields.json', ['id：缺少此项', 'createdAt：缺少此项', 'updatedAt：缺少此项']],
    ['wrong-types.json', ['createdAt：时间格式应为 ISO 8601', 'customer.name：类型不对，应为文字', 'stage：取值无效，可选：evaluation、survey', 'evaluation.finance.score：类型不对，应为数字']],
    ['huge-string.json', ['survey.findings：不能超过 5000 个字符']],
  ];
  for (const [name, reasons] of cases) {
    test(name, async ({ page }) => {
      await seed(page, localFiles());
      const before = await snapshot(page);
      await importInput(page).setInputFiles(fixture(name));
      const table = preview(page);
      await expect(table).toBeVisible();
      for (const reason of reasons) await expect(table).toContainText(reason);
      const rows = table.getByRole('row');
      const count = (await rows.count()) - 1;
      await expect(table.getByText('无效', { exact: true })).toHaveCount(count);
      await expect(confirmButton(page)).toBeDisabled();
      await expect(page.getByText('没有需要导入的档案；本机档案不会有任何改动。')).toBeVisible();
      await page.getByRole('button', { name: '取消' }).click();
      await expect(table).toBeHidden();
      await expect(importInput(page)).toBeFocused();
      expect(await snapshot(page)).toEqual(before);
    });
  }
});

test.describe('partly or fully importable documents', () => {
  test('valid-two-files.json: preview, then nothing written before 确认导入; a second import is 与本机相同', async ({ page }) => {
    await seed(page, localFiles());
    const before = await snapshot(page);
    await importInput(page).setInputFiles(fixture('valid-two-files.json'));
    const table = preview(page);
    await expect(table.getByRole('row', { name: /华东精密机械有限公司/ })).toContainText('新档案');
    await expect(table.getByRole('row', { name: /华东精密机械有限公司/ })).toContainText('纳入客户管理');
    await expect(table.getByRole('row', { name: /苏州恒达电子科技有限公司/ })).toContainText('策划与评估');
    expect(await axeViolations(page)).toEqual([]);
    expect(await snapshot(page)).toEqual(before);

    await confirmButton(page).click();
    await expect(page.getByText('导入完成：已导入 2 份档案（新增 2 份）。')).toBeVisible();
    const names = (await storedFiles(page)).map((f) => f.customer.name).sort();
    expect(names).toEqual(['佛山美联家电有限公司', '华东精密机械有限公司', '苏州恒达电子科技有限公司', '青岛北方重工有限公司'].sort());

    const afterFirst = await snapshot(page);
    await importInput(page).setInputFiles(fixture('valid-two-files.json'));
    await expect(preview(page).getByText('与本机相同')).toHaveCount(2);
    await expect(confirmButton(page)).toBeDisabled();
    expect(await snapshot(page)).toEqual(afterFirst);
  });

  test('cancel after a preview changes nothing', async ({ page }) => {
    await seed(page, localFiles());
    const before = await snapshot(page);
    await importInput(page).setInputFiles(fixture('valid-two-files.json'));
    await expect(preview(page)).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(preview(page)).toBeHidden();
    expect(await snapshot(page)).toEqual(before);
  });

  test('duplicate-ids.json: two imported, the duplicate listed as not imported with its reason', async ({ page }) => {
    await seed(page, localFiles());
    await importInput(page).setInputFiles(fixture('duplicate-ids.json'));
    const row = preview(page).getByRole('row', { name: /丙公司/ });
    await expect(row).toContainText('无效');
    await expect(row).toContainText('文件中有重复的档案编号：fx-dup-1');
    await confirmButton(page).click();
    const result = page.getByText('导入完成：已导入 2 份档案（新增 2 份）。');
    await expect(result).toBeVisible();
    await expect(page.getByText(/丙公司.*：无法导入：文件中有重复的档案编号：fx-dup-1/)).toBeVisible();
    expect((await storedFiles(page)).map((f) => f.customer.name)).toEqual(expect.arrayContaining(['甲公司', '乙公司']));
  });

  test('version-0.json: an old export is migrated and imported', async ({ page }) => {
    await seed(page, []);
    await importInput(page).setInputFiles(fixture('version-0.json'));
    await expect(preview(page).getByText('新档案')).toHaveCount(2);
    await confirmButton(page).click();
    const stages = (await storedFiles(page)).map((f) => [f.customer.name, f.stage]).sort();
    expect(stages).toEqual([['旧版客户一', 'survey'], ['旧版客户二', 'application']]);
  });

  test('html-in-names.json: names are shown as text and nothing runs', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('a script from an imported name ran');
    });
    await seed(page, []);
    await importInput(page).setInputFiles(fixture('html-in-names.json'));
    await expect(preview(page)).toContainText('<img src=x onerror=alert(1)>');
    await confirmButton(page).click();
    const list = page.getByRole('table', { name: /开发档案列表/ });
    await expect(list.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
    await expect(list.getByRole('link', { name: '<script>alert("xss")</script>有限公司' })).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script', { hasText: 'xss' }).count()).toBe(0);
  });

  test('proto-keys.json: imported without touching Object.prototype', async ({ page }) => {
    await seed(page, []);
    await importInput(page).setInputFiles(fixture('proto-keys.json'));
    await confirmButton(page).click();
    await expect(page.getByText(/导入完成/)).toBeVisible();
    expect(await page.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
    expect((await storedFiles(page)).map((f) => f.customer.name)).toEqual(['原型污染测试客户']);
  });
});

test.describe('the same file edited here and elsewhere', () => {
  /** The rep saved twice here; the manager saved once on top of the first save: each has work the other lacks. */
  function conflictingPair(): { mine: DevelopmentFile; theirs: DevelopmentFile } {
    const base = emptyFile('shared-1', '宁波海天塑业有限公司');
    const mine = developmentFileSchema.parse({ ...base, clock: { 'rep-laptop': 2 }, customer: { ...base.customer, region: '浙江宁波' } });
    const theirs = developmentFileSchema.parse({
      ...base,
      clock: { 'rep-laptop': 1, 'manager-pc': 1 },
      updatedAt: new Date().toISOString(),
      customer: { ...base.customer, name: '宁波海天塑业股份有限公司', region: '宁波市北仑区' },
    });
    return { mine, theirs };
  }

  async function openConflict(page: Page) {
    const { mine, theirs } = conflictingPair();
    await seed(page, [mine, ...localFiles()]);
    const before = await snapshot(page);
    await importInput(page).setInputFiles({ name: 'manager.json', mimeType: 'application/json', buffer: Buffer.from(exportDocument([theirs])) });
    const row = preview(page).getByRole('row', { name: /宁波海天塑业股份有限公司/ });
    await expect(row).toContainText('有冲突');
    return { row, before, mine, theirs };
  }

  test('确认导入 stays disabled until a choice is made; no axe violations in the preview', async ({ page }) => {
    const { row, before } = await openConflict(page);
    await expect(confirmButton(page)).toBeDisabled();
    await expect(page.getByText('还有 1 份有冲突的档案没有选择处理方式，选择后才能导入。')).toBeVisible();
    const group = row.getByRole('group', { name: /处理方式/ });
    // 合并 is offered but not chosen for the user: the other copy holds no manager entries to bring in.
    await expect(group.getByRole('radio')).toHaveCount(4);
    await expect(group.getByRole('radio', { name: /^合并/ })).not.toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await snapshot(page)).toEqual(before);

    await group.getByRole('radio', { name: /^保留本机/ }).check();
    await expect(confirmButton(page)).toBeDisabled(); // keeping mine leaves nothing to write
    await group.getByRole('radio', { name: /^使用导入/ }).check();
    await expect(confirmButton(page)).toBeEnabled();
  });

  test('使用导入 replaces the local copy and keeps it as a backup', async ({ page }) => {
    const { row } = await openConflict(page);
    await row.getByRole('radio', { name: /^使用导入/ }).check();
    await confirmButton(page).click();
    await expect(page.getByText(/导入完成：已导入 1 份档案（更新 1 份/)).toBeVisible();
    const shared = (await storedFiles(page)).find((f) => f.id === 'shared-1');
    expect(shared?.customer).toMatchObject({ name: '宁波海天塑业股份有限公司', region: '宁波市北仑区' });
    // The replaced version is kept, whole, in a backup key.
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('playbook:backup:playbook:file:shared-1:')));
    expect(backups).toHaveLength(1);
    await page.getByText(/浏览器中的备份（1 份）/).click();
    await expect(page.getByRole('cell', { name: '档案 shared-1', exact: true })).toBeVisible();
  });

  test('两份都保留 adds the imported copy beside the local one', async ({ page }) => {
    const { row, mine } = await openConflict(page);
    await row.getByRole('radio', { name: /^两份都保留/ }).check();
    await confirmButton(page).click();
    await expect(page.getByText(/另存副本 1 份/)).toBeVisible();
    const files = await storedFiles(page);
    expect(files.find((f) => f.id === 'shared-1')?.customer).toEqual(mine.customer);
    expect(files.map((f) => f.customer.name)).toContain('宁波海天塑业股份有限公司（导入副本）');
  });

  test('an older copy is shown as 比本机旧 and never imported', async ({ page }) => {
    const { mine } = conflictingPair();
    await seed(page, [mine]);
    const before = await snapshot(page);
    const older = developmentFileSchema.parse({ ...mine, clock: { 'rep-laptop': 1 }, customer: { ...mine.customer, region: '' } });
    await importInput(page).setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(exportDocument([older])) });
    await expect(preview(page)).toContainText('比本机旧（不会导入）');
    await expect(confirmButton(page)).toBeDisabled();
    expect(await snapshot(page)).toEqual(before);
  });

  test('a newer copy is shown as 比本机新 and replaces the local one', async ({ page }) => {
    const { mine } = conflictingPair();
    await seed(page, [mine]);
    const newer = developmentFileSchema.parse({ ...mine, clock: { 'rep-laptop': 3 }, stage: 'survey' });
    await importInput(page).setInputFiles({ name: 'new.json', mimeType: 'application/json', buffer: Buffer.from(exportDocument([newer])) });
    await expect(preview(page)).toContainText('比本机新');
    await confirmButton(page).click();
    await expect(page.getByText(/更新 1 份/)).toBeVisible();
    expect((await storedFiles(page))[0]?.stage).toBe('survey');
  });
});

test('the import asks for persistent storage after it writes, not on load', async ({ page }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage as StorageManager & { persist: () => Promise<boolean> };
    storage.persist = async () => {
      (window as unknown as { persistCalls: number }).persistCalls = ((window as unknown as { persistCalls?: number }).persistCalls ?? 0) + 1;
      return true;
    };
  });
  await seed(page, []);
  const calls = () => page.evaluate(() => (window as unknown as { persistCalls?: number }).persistCalls ?? 0);
  expect(await calls()).toBe(0);
  await importInput(page).setInputFiles(fixture('valid-two-files.json'));
  await confirmButton(page).click();
  await expect(page.getByText(/导入完成/)).toBeVisible();
  expect(await calls()).toBe(1);
});

test.describe('several files at once (one export per rep)', () => {
  const rep = (id: string, name: string, owner: string, clock: Record<string, number>, region = '') =>
    developmentFileSchema.parse({ ...emptyFile(id, name), owner, clock, customer: { ...emptyFile(id, name).customer, region } });
  const asUpload = (name: string, files: readonly DevelopmentFile[]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(exportDocument(files)) });

  test('two reps’ exports and a broken file: one preview with the source of each row, the broken file named with its reason', async ({ page }) => {
    await seed(page, localFiles());
    const before = await snapshot(page);
    await importInput(page).setInputFiles([
      asUpload('张伟.json', [rep('zw-1', '宁波海天塑业股份有限公司', '张伟', { zw: 2 })]),
      { name: '损坏.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"playbook.development-files","files":[') },
      asUpload('李娜.json', [rep('ln-1', '佛山顺德家具有限公司', '李娜', { ln: 1 }), rep('ln-2', '东莞长安模具厂', '李娜', { ln: 4 })]),
    ]);
    const table = preview(page);
    // The preview names the two files it comes from; the broken one is in the alert.
    await expect(table).toHaveAccessibleName('导入预览：2 个文件');
    await expect(page.getByRole('status').filter({ hasText: '已读取 2 个文件' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '来源文件' })).toBeVisible();
    await expect(table.getByRole('row', { name: /宁波海天塑业股份有限公司/ })).toContainText('张伟.json');
    await expect(table.getByRole('row', { name: /东莞长安模具厂/ })).toContainText('李娜.json');
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(importAlert(page)).toContainText(`无法导入“损坏.json”：${NOT_JSON}`);
    await expect(importAlert(page)).toContainText('这些文件不会导入；其余文件的预览见下表。');
    expect(await axeViolations(page)).toEqual([]);
    expect(await snapshot(page)).toEqual(before);

    await confirmButton(page).click();
    await expect(page.getByText('导入完成：已导入 3 份档案（新增 3 份）。')).toBeVisible();
    const ids = (await storedFiles(page)).map((f) => f.id).sort();
    expect(ids).toEqual(['ln-1', 'ln-2', 'local-1', 'local-2', 'zw-1']);
  });

  test('the same file in two exports: the newer copy is previewed and imported, the older one is named', async ({ page }) => {
    await seed(page, localFiles());
    await importInput(page).setInputFiles([
      asUpload('周五.json', [rep('zw-1', '宁波海天塑业股份有限公司', '张伟', { zw: 5 }, '宁波市北仑区')]),
      asUpload('周一.json', [rep('zw-1', '宁波海天塑业股份有限公司', '张伟', { zw: 2 }, '宁波市')]),
    ]);
    await expect(preview(page).getByRole('row')).toHaveCount(2);
    await expect(preview(page).getByRole('row', { name: /宁波海天塑业股份有限公司/ })).toContainText('周五.json');
    await expect(page.getByText('宁波海天塑业股份有限公司：“周一.json”中的是较旧的版本，预览的是“周五.json”中较新的版本。')).toBeVisible();
    await confirmButton(page).click();
    await expect(page.getByText('导入完成：已导入 1 份档案（新增 1 份）。')).toBeVisible();
    expect((await storedFiles(page)).find((f) => f.id === 'zw-1')?.customer.region).toBe('宁波市北仑区');
  });

  test('when every chosen file is refused, each is named with its reason and nothing changes', async ({ page }) => {
    await seed(page, localFiles());
    const before = await snapshot(page);
    await importInput(page).setInputFiles([fixture('not-json.txt'), fixture('wrong-type.json')]);
    const alert = importAlert(page);
    await expect(alert).toContainText(`无法导入“not-json.txt”：${NOT_JSON}`);
    await expect(alert).toContainText('无法导入“wrong-type.json”：这不是本系统导出的开发档案文件。');
    await expect(alert).toContainText('本机的开发档案没有任何改动。');
    await expect(preview(page)).toHaveCount(0);
    expect(await snapshot(page)).toEqual(before);
  });
});

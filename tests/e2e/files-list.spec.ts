/**
 * 我的开发档案 (/files/): creating files (with the duplicate check), the list's
 * search, filter and sort, delete with undo, exports, the 潜在客户名录 CSV,
 * storage warnings, and accessibility. Files are seeded straight into
 * localStorage in the store's envelope, as an earlier visit would have left them.
 */
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { emptyFile } from '../helpers/development-files';
import { seedStorage } from '../helpers/seed-storage';
import { developmentFileSchema, type DevelopmentFile, type DevelopmentFileInput } from '../../src/domain/development-file/schema';

const DAY = 24 * 60 * 60 * 1000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dateDaysAgo = (days: number) => isoDaysAgo(days).slice(0, 10);

function makeFile(id: string, name: string, patch: Partial<DevelopmentFileInput> = {}, createdDaysAgo = 2): DevelopmentFile {
  const base = emptyFile(id, name, isoDaysAgo(createdDaysAgo));
  return developmentFileSchema.parse({ ...base, ...patch, customer: { ...base.customer, ...patch.customer, name } });
}

const scores = (finance: number | null, investment: number | null, contribution: number | null, capability: number | null) => ({
  finance: { score: finance, note: '' },
  investment: { score: investment, note: '' },
  contribution: { score: contribution, note: '' },
  capability: { score: capability, note: '' },
  evaluatedAt: null,
});

/** Four prospects in different states; updated one, two, three and four days ago. */
function sampleFiles(): DevelopmentFile[] {
  return [
    makeFile('file-a', '华东精密机械有限公司', {
      updatedAt: isoDaysAgo(1),
      customer: { name: '', region: '上海', industry: '通用设备制造', type: '', sourceChannel: '' },
      evaluation: scores(4, 3, 4, 4),
    }),
    makeFile('file-b', '苏州恒达电子科技有限公司', {
      updatedAt: isoDaysAgo(2),
      stage: 'execution',
      customer: { name: '', region: '江苏苏州', industry: '电子元件', type: '', sourceChannel: '' },
      stageHistory: [
        { from: null, to: 'evaluation', at: isoDaysAgo(60), note: '' },
        { from: 'preparation', to: 'execution', at: isoDaysAgo(30), note: '' },
      ],
      evaluation: scores(2, 2, 2, 2),
      execution: {
        activities: [{ id: 'act-1', date: dateDaysAgo(20), type: 'contact', summary: '电话联系采购经理', outcome: '', nextStep: '' }],
        risks: [{ id: 'risk-1', kind: 'credit', description: '有两笔逾期付款记录', raisedOn: dateDaysAgo(19) }],
      },
    }),
    makeFile('file-c', '宁波海天塑业有限公司', {
      updatedAt: isoDaysAgo(3),
      stage: 'survey',
      customer: { name: '', region: '浙江宁波', industry: '塑料制品', type: '', sourceChannel: '' },
    }),
    makeFile('file-d', '成都蜀光新材料有限公司', {
      updatedAt: isoDaysAgo(4),
      stage: 'application',
      customer: { name: '', region: '四川成都', industry: '新材料', type: '', sourceChannel: '' },
      evaluation: scores(4, null, 3, null),
      execution: {
        activities: [{ id: 'act-2', date: dateDaysAgo(5), type: 'introduction', summary: '介绍公司产品', outcome: '', nextStep: '' }],
      },
    }),
  ];
}

/** Opens the page with exactly these files in storage (and, optionally, a last export time). */
async function seed(page: Page, files: readonly DevelopmentFile[], extra: Record<string, string> = {}) {
  await seedStorage(page, files, '/files/', extra);
  await expect(page.getByRole('heading', { name: '档案列表' })).toBeVisible();
}

async function storedFiles(page: Page): Promise<DevelopmentFile[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('playbook:file:'))
      .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { data: DevelopmentFile }).data),
  );
}

/** The workspace page belongs to another part of the site; these tests only check that we arrive there. */
async function stubWorkspace(page: Page) {
  await page.route('**/files/file/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="zh-CN"><title>工作区</title><h1>工作区</h1></html>' }),
  );
}

const fileTable = (page: Page) => page.getByRole('table', { name: /开发档案列表/ });
/** The names in the list, in order; read it with expect.poll, since the island renders a few tasks after load. */
const listedNames = (page: Page) => fileTable(page).getByRole('link').allInnerTexts();


test.describe('empty list', () => {
  test('says where files are kept and invites creating or importing; no axe violations', async ({ page }) => {
    await seed(page, []);
    await expect(page.getByRole('heading', { level: 1, name: '我的开发档案' })).toBeVisible();
    await expect(page.getByRole('main').getByText(/只保存在本浏览器中/)).toBeVisible();
    await expect(page.getByText('还没有开发档案。')).toBeVisible();
    await expect(page.getByRole('button', { name: '新建并开始填写' })).toBeVisible();
    await expect(page.getByLabel('导入开发档案（JSON）')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the heading is in the page before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/files/');
    await expect(page.getByRole('heading', { level: 1, name: '我的开发档案' })).toBeVisible();
    await context.close();
  });
});

test.describe('new file', () => {
  test('creates a file and opens its workspace; asks for persistent storage only then', async ({ page }) => {
    await page.addInitScript(() => {
      // Counts requests in sessionStorage, which survives the navigation to the workspace.
      const storage = navigator.storage as StorageManager & { persist: () => Promise<boolean> };
      storage.persist = async () => {
        sessionStorage.setItem('persist-calls', String(Number(sessionStorage.getItem('persist-calls') ?? '0') + 1));
        return true;
      };
    });
    await stubWorkspace(page);
    await seed(page, []);
    expect(await page.evaluate(() => sessionStorage.getItem('persist-calls'))).toBeNull();

    await page.getByLabel(/^客户名称/).fill('  华东精密机械有限公司 ');
    await page.getByLabel(/^开发业务/).fill('张伟');
    await page.getByRole('button', { name: '新建并开始填写' }).click();

    await expect(page).toHaveURL(/\/files\/file\/\?id=[A-Za-z0-9_-]+$/);
    const id = new URL(page.url()).searchParams.get('id');
    const files = await storedFiles(page);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ id, owner: '张伟', stage: 'evaluation', customer: { name: '华东精密机械有限公司' } });
    expect(await page.evaluate(() => sessionStorage.getItem('persist-calls'))).toBe('1');
  });

  test('an empty name is refused with a clear message; no axe violations', async ({ page }) => {
    await seed(page, []);
    await page.getByRole('button', { name: '新建并开始填写' }).click();
    const summary = page.getByRole('region', { name: '还不能新建档案' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /请填写客户名称/ })).toBeVisible();
    const name = page.getByLabel(/^客户名称/);
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/请填写客户名称/);
    expect(await storedFiles(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await summary.getByRole('link', { name: /请填写客户名称/ }).click();
    await expect(name).toBeFocused();
  });

  test('a near-same name warns about the likely duplicate and needs 仍然新建', async ({ page }) => {
    await stubWorkspace(page);
    await seed(page, [makeFile('file-a', '华东精密机械有限公司')]);
    await page.getByLabel(/^客户名称/).fill('华东精密机械（上海）有限公司');
    await page.getByRole('button', { name: '新建并开始填写' }).click();

    const warning = page.getByRole('group', { name: '可能已有这位客户的开发档案' });
    await expect(warning).toBeFocused();
    await expect(warning.getByRole('link', { name: '华东精密机械有限公司' })).toHaveAttribute('href', '/files/file/?id=file-a');
    await expect(warning).toContainText('与已有档案“华东精密机械有限公司”是同一名称');
    expect(await storedFiles(page)).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    // 修改客户名称 goes back to the field without creating anything.
    await warning.getByRole('button', { name: '修改客户名称' }).click();
    await expect(page.getByLabel(/^客户名称/)).toBeFocused();
    await expect(warning).toBeHidden();
    expect(await storedFiles(page)).toHaveLength(1);

    await page.getByRole('button', { name: '新建并开始填写' }).click();
    await page.getByRole('button', { name: '仍然新建' }).click();
    await expect(page).toHaveURL(/\/files\/file\/\?id=/);
    const names = (await storedFiles(page)).map((f) => f.customer.name).sort();
    expect(names).toEqual(['华东精密机械有限公司', '华东精密机械（上海）有限公司'].sort());
  });
});

test.describe('the list', () => {
  test('shows stage, score, next action, last activity and the 停滞 / 风险 badges in words', async ({ page }) => {
    await seed(page, sampleFiles());
    await expect.poll(() => listedNames(page)).toEqual(['华东精密机械有限公司', '苏州恒达电子科技有限公司', '宁波海天塑业有限公司', '成都蜀光新材料有限公司']);

    const rowA = fileTable(page).getByRole('row', { name: /华东精密机械/ });
    await expect(rowA).toContainText('策划与评估');
    await expect(rowA).toContainText('70/100 · 推荐');
    await expect(rowA.getByRole('link')).toHaveAttribute('href', '/files/file/?id=file-a');
    await expect(rowA).not.toContainText('停滞');

    const rowB = fileTable(page).getByRole('row', { name: /苏州恒达/ });
    await expect(rowB).toContainText('正式实施');
    await expect(rowB).toContainText('25/100 · 不推荐');
    await expect(rowB).toContainText('停滞');
    await expect(rowB).toContainText('风险：信用');
    await expect(rowB).toContainText('已 20 天没有开发活动');
    await expect(rowB).toContainText(dateDaysAgo(20));

    const rowC = fileTable(page).getByRole('row', { name: /宁波海天/ });
    await expect(rowC).toContainText('未评分');
    await expect(rowC).toContainText('暂无');

    const rowD = fileTable(page).getByRole('row', { name: /成都蜀光/ });
    await expect(rowD).toContainText('未评分');
    await expect(rowD).toContainText('已评 2/4 项');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('search by name, region or industry; filter by stage; clear', async ({ page }) => {
    await seed(page, sampleFiles());
    const search = page.getByRole('searchbox', { name: '搜索' });

    await search.fill('苏州');
    await expect.poll(() => listedNames(page)).toEqual(['苏州恒达电子科技有限公司']);
    await search.fill('塑料');
    await expect.poll(() => listedNames(page)).toEqual(['宁波海天塑业有限公司']);
    await search.fill('上海');
    await expect.poll(() => listedNames(page)).toEqual(['华东精密机械有限公司']);
    await expect(page.getByRole('status').filter({ hasText: '找到 1 份，共 4 份档案。' })).toBeVisible();

    await search.fill('不存在的客户');
    await expect(page.getByText('没有符合条件的档案。')).toBeVisible();
    await page.getByRole('button', { name: '清除搜索和筛选' }).click();
    await expect.poll(() => listedNames(page)).toHaveLength(4);

    await page.getByLabel('阶段').selectOption({ label: '背景调查' });
    await expect.poll(() => listedNames(page)).toEqual(['宁波海天塑业有限公司']);
    await page.getByLabel('阶段').selectOption({ label: '全部阶段' });
    await expect.poll(() => listedNames(page)).toHaveLength(4);
  });

  test('sorts by 最近更新, 客户名称, 评分 and 最后活动', async ({ page }) => {
    await seed(page, sampleFiles());
    const sort = page.getByLabel('排序');
    await sort.selectOption({ label: '客户名称' });
    // Pinyin order: cheng, hua, ning, su.
    await expect.poll(() => listedNames(page)).toEqual(['成都蜀光新材料有限公司', '华东精密机械有限公司', '宁波海天塑业有限公司', '苏州恒达电子科技有限公司']);
    await sort.selectOption({ label: '评分' });
    // Unscored last, most recently updated first among them.
    await expect.poll(() => listedNames(page)).toEqual(['华东精密机械有限公司', '苏州恒达电子科技有限公司', '宁波海天塑业有限公司', '成都蜀光新材料有限公司']);
    await sort.selectOption({ label: '最后活动' });
    await expect.poll(() => listedNames(page)).toEqual(['成都蜀光新材料有限公司', '苏州恒达电子科技有限公司', '华东精密机械有限公司', '宁波海天塑业有限公司']);
    await sort.selectOption({ label: '最近更新' });
    await expect.poll(() => listedNames(page)).toEqual(['华东精密机械有限公司', '苏州恒达电子科技有限公司', '宁波海天塑业有限公司', '成都蜀光新材料有限公司']);
  });

  test('reads well at 375 px: no sideways scrolling, each file a card with labelled facts', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await seed(page, sampleFiles());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const rowB = fileTable(page).getByRole('row', { name: /苏州恒达/ });
    const box = await rowB.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
    await expect(rowB.getByRole('button', { name: /^删除/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('delete', () => {
  test('asks in a dialog; Esc keeps the file and returns focus', async ({ page }) => {
    await seed(page, sampleFiles());
    const button = page.getByRole('button', { name: '删除“宁波海天塑业有限公司”' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: '删除开发档案？' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('宁波海天塑业有限公司');
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(await storedFiles(page)).toHaveLength(4);
  });

  test('deletes, then 撤销 brings the file back unchanged', async ({ page }) => {
    const files = sampleFiles();
    await seed(page, files);
    const before = (await storedFiles(page)).find((f) => f.id === 'file-c');

    await page.getByRole('button', { name: '删除“宁波海天塑业有限公司”' }).click();
    await page.getByRole('dialog', { name: '删除开发档案？' }).getByRole('button', { name: '删除', exact: true }).click();

    await expect(page.getByText('已删除“宁波海天塑业有限公司”。')).toBeFocused();
    await expect.poll(() => listedNames(page)).not.toContain('宁波海天塑业有限公司');
    expect((await storedFiles(page)).map((f) => f.id).sort()).toEqual(['file-a', 'file-b', 'file-d']);

    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByText('已恢复“宁波海天塑业有限公司”。')).toBeVisible();
    await expect.poll(() => listedNames(page)).toContain('宁波海天塑业有限公司');
    const after = (await storedFiles(page)).find((f) => f.id === 'file-c');
    expect(after).toMatchObject({ customer: before?.customer, stage: before?.stage, createdAt: before?.createdAt });

    // Still there after a reload: the restore was saved, not only shown.
    await page.reload();
    await expect.poll(() => listedNames(page)).toContain('宁波海天塑业有限公司');
  });

  test('works from the keyboard: delete, confirm, undo', async ({ page }) => {
    await seed(page, sampleFiles());
    await page.getByRole('button', { name: '删除“宁波海天塑业有限公司”' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '删除开发档案？' });
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: '删除', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('已删除“宁波海天塑业有限公司”。')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '撤销' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('已恢复“宁波海天塑业有限公司”。')).toBeFocused();
    await expect.poll(() => listedNames(page)).toContain('宁波海天塑业有限公司');
  });

  test('deleting the last file shows the empty list with 撤销', async ({ page }) => {
    await seed(page, [makeFile('only', '青岛北方重工有限公司')]);
    await page.getByRole('button', { name: '删除“青岛北方重工有限公司”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await expect(page.getByText('还没有开发档案。')).toBeVisible();
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['青岛北方重工有限公司']);
  });
});

test.describe('export', () => {
  test('导出全部 downloads every file as JSON and records the export', async ({ page }) => {
    await seed(page, sampleFiles());
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: /^导出全部/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^开发档案-4份-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { type: string; appVersion: string; files: DevelopmentFile[] };
    expect(document.type).toBe('playbook.development-files');
    expect(document.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(document.files.map((f) => f.id).sort()).toEqual(['file-a', 'file-b', 'file-c', 'file-d']);
    await expect(page.getByRole('status').filter({ hasText: /已导出 4 份开发档案/ })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('playbook:last-export-at'))).toMatch(/^\d{4}-/);
  });

  test('导出所选 downloads only the checked files', async ({ page }) => {
    await seed(page, sampleFiles());
    await expect(page.getByRole('button', { name: /^导出所选/ })).toBeDisabled();
    await page.getByRole('checkbox', { name: '选择“苏州恒达电子科技有限公司”' }).check();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出所选（1 份）' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^开发档案-苏州恒达电子科技有限公司-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { files: DevelopmentFile[] };
    expect(document.files.map((f) => f.customer.name)).toEqual(['苏州恒达电子科技有限公司']);
  });

  test('全选 selects the files shown after a search', async ({ page }) => {
    await seed(page, sampleFiles());
    await page.getByRole('searchbox', { name: '搜索' }).fill('有限公司');
    await page.getByRole('checkbox', { name: '全选当前显示的 4 份' }).check();
    await expect(page.getByRole('button', { name: '导出所选（4 份）' })).toBeEnabled();
    await page.getByRole('searchbox', { name: '搜索' }).fill('苏州');
    await page.getByRole('checkbox', { name: '全选当前显示的 1 份' }).uncheck();
    await expect(page.getByRole('button', { name: '导出所选（3 份）' })).toBeEnabled();
  });

  test('reminds to back up after 7 days without an export, until an export is made', async ({ page }) => {
    await seed(page, [makeFile('old', '佛山美联家电有限公司', {}, 10)]);
    const reminder = page.getByText(/还从未导出备份/);
    await expect(reminder).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '立即导出全部档案' }).click();
    await downloadPromise;
    await page.reload();
    await expect(page.getByText(/上次导出：/)).toBeVisible();
    await expect(reminder).toBeHidden();
  });

  test('no reminder for a recent export', async ({ page }) => {
    await seed(page, [makeFile('old', '佛山美联家电有限公司', {}, 10)], { 'playbook:last-export-at': isoDaysAgo(2) });
    await expect(page.getByText(/上次导出：/)).toBeVisible();
    await expect(page.getByText(/没有导出备份|还从未导出备份/)).toHaveCount(0);
  });
});

test.describe('潜在客户名录 (4.2.1)', () => {
  test('lists files in evaluation and survey and downloads a CSV with a BOM and Chinese headers', async ({ page }) => {
    await seed(page, sampleFiles());
    const section = page.getByRole('region', { name: '潜在客户名录' });
    await expect(section.getByRole('table').getByRole('link')).toHaveText(['华东精密机械有限公司', '宁波海天塑业有限公司']);

    const downloadPromise = page.waitForEvent('download');
    await section.getByRole('button', { name: /导出 CSV/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^潜在客户名录-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('客户名称,地区,行业,客户类型,来源渠道,阶段,负责业务,创建日期,报备营销部长日期');
    expect(lines.slice(1).filter(Boolean).map((line) => line.split(',')[0]).sort()).toEqual(['华东精密机械有限公司', '宁波海天塑业有限公司'].sort());
  });
});

test.describe('storage problems', () => {
  test('a corrupt entry is reported with its backup to download, and can be dismissed', async ({ page }) => {
    await seed(page, [makeFile('good', '华东精密机械有限公司')], { 'playbook:file:broken': '{"type":"playbook.development-file","sch' });
    const problem = page.getByRole('region', { name: '本机存储提示' });
    await expect(problem).toContainText('有一份开发档案无法读取');
    await expect.poll(() => listedNames(page)).toEqual(['华东精密机械有限公司']);

    const downloadPromise = page.waitForEvent('download');
    await problem.getByRole('button', { name: '下载原始内容' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^备份-playbook_file_broken-.*\.txt$/);
    expect(await readFile((await download.path()) ?? '', 'utf8')).toBe('{"type":"playbook.development-file","sch');

    await page.getByText(/浏览器中的备份（1 份）/).click();
    await expect(page.getByRole('cell', { name: '档案 broken', exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await problem.getByRole('button', { name: /知道了/ }).click();
    await expect(problem).toBeHidden();
  });
});

test.describe('a full storage', () => {
  test('a new file that could not be saved stays on the page, and export is offered', async ({ page }) => {
    await seed(page, []);
    // Fill this origin's localStorage to the last character.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    });
    await page.getByLabel(/^客户名称/).fill('青岛北方重工有限公司');
    await page.getByRole('button', { name: '新建并开始填写' }).click();

    const alert = page.getByRole('alert').filter({ hasText: '存储空间已满' });
    await expect(alert).toBeVisible();
    await expect(page.getByText(/已新建“青岛北方重工有限公司”，但没能保存到浏览器中/)).toBeVisible();
    await expect(page).toHaveURL(/\/files\/$/);
    await expect.poll(() => listedNames(page)).toEqual(['青岛北方重工有限公司']);

    const downloadPromise = page.waitForEvent('download');
    await alert.getByRole('button', { name: '立即导出备份' }).click();
    const document = JSON.parse(await readFile((await (await downloadPromise).path()) ?? '', 'utf8')) as { files: DevelopmentFile[] };
    expect(document.files.map((f) => f.customer.name)).toEqual(['青岛北方重工有限公司']);
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * 主管审阅 (/review/): a rep's JSON export is imported by the manager, the
 * submitted applications wait in the queue, the 营销部长 and the 总经理
 * approve one and the 营销部长 returns another with an opinion, the decided
 * file goes back to the rep as JSON and the rep's import shows the approvals.
 * Also the 进度报表 (table, CSV read cell by cell, JSON, PDF), the 申请表 PDF,
 * axe on each state, and a 375 px screen without sideways scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { emptyFile } from '../helpers/development-files';
import { seedStorage } from '../helpers/seed-storage';
import { parseCsv } from '../helpers/csv';
import { typicalCompleteFile } from '../helpers/typical-file';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';
import { compareClocks } from '../../src/domain/development-file/clock';
import { neutralizeFormula } from '../../src/domain/exchange/csv';
import { PROGRESS_COLUMNS, progressRow, sortForReport } from '../../src/domain/documents/progress-report';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const A = '华东精密机械有限公司';
const B = '苏州恒达电子科技有限公司';
const C = '=SUM(1,2)贸易公司';
const T = (day: string, time = '10:00:00') => `2026-${day}T${time}.000+08:00`;

/** A file as the rep leaves it after submitting the application (4.2.5): no decision yet. */
function submittedFile(id: string, name: string, submittedAt: string, scores: [number, number, number, number]): DevelopmentFile {
  const typical = typicalCompleteFile(id, name);
  const blank = emptyFile(id, name);
  const [finance, investment, contribution, capability] = scores;
  return developmentFileSchema.parse({
    ...typical,
    updatedAt: submittedAt,
    clock: { 'rep-laptop-4f2a': 30 },
    stage: 'application',
    stageHistory: typical.stageHistory.slice(0, 3),
    evaluation: {
      ...typical.evaluation,
      finance: { ...typical.evaluation.finance, score: finance },
      investment: { ...typical.evaluation.investment, score: investment },
      contribution: { ...typical.evaluation.contribution, score: contribution },
      capability: { ...typical.evaluation.capability, score: capability },
    },
    application: { ...typical.application, submittedAt, approvals: { marketingManager: null, generalManager: null } },
    execution: blank.execution,
    review: blank.review,
    onboarding: blank.onboarding,
  });
}

/** The rep's three files: two applications submitted, one prospect still in the survey (not for review). */
function repFiles(): DevelopmentFile[] {
  return [
    submittedFile('rv-a', A, T('04-02', '15:20:00'), [4, 3, 4, 4]),
    submittedFile('rv-b', B, T('04-05', '09:30:00'), [4, 2, 4, 2]),
    developmentFileSchema.parse({ ...emptyFile('rv-c', C), owner: '李娜', stage: 'survey', clock: { 'rep-laptop-4f2a': 2 } }),
  ];
}

async function seed(page: Page, files: readonly DevelopmentFile[], path = '/review/') {
  await seedStorage(page, files, path);
}

async function storedFiles(page: Page): Promise<DevelopmentFile[]> {
  const raw = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('playbook:file:'))
      .map((key) => localStorage.getItem(key) ?? ''),
  );
  return raw.map((text) => developmentFileSchema.parse((JSON.parse(text) as { data: unknown }).data));
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function download(page: Page, click: () => Promise<void>, name: string) {
  const downloading = page.waitForEvent('download');
  await click();
  const file: Download = await downloading;
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return { path, filename: file.suggestedFilename(), text: () => readFileSync(path, 'utf8') };
}

const flat = (text: string) => text.replace(/\s+/g, '');
function pdfText(path: string): string {
  return flat(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
}

const pendingTable = (page: Page) => page.getByRole('table', { name: /^待审批的开发申请/ });
const decidedTable = (page: Page) => page.getByRole('table', { name: /^已审批的开发申请/ });
const approvalSection = (page: Page, role: '营销部长' | '总经理') => page.getByRole('region', { name: `${role}审批` });

async function decide(page: Page, role: '营销部长' | '总经理', decision: '同意' | '退回修改' | '不同意', comment: string, by: string) {
  const section = approvalSection(page, role);
  await section.getByRole('radio', { name: decision, exact: true }).check();
  await section.getByLabel('审批意见').fill(comment);
  await section.getByLabel(/^审批人/).fill(by);
  await section.getByRole('button', { name: `登记${role}审批` }).click();
  await expect(page.getByRole('region', { name: '审批', exact: true }).getByRole('status')).toContainText(`已登记${role}审批：${decision}（${by}）`);
}

test.describe('主管审阅', () => {
  test.describe.configure({ timeout: 120_000 });

  test('rep export → import on /review/ → both managers approve, another is returned → JSON back → the rep sees the approvals', async ({ page, browser, baseURL }) => {
    // The rep, in a browser of their own: their files, exported with 导出全部.
    const rep = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'zh-CN', serviceWorkers: 'block' });
    const repPage = await rep.newPage();
    const repErrors: string[] = [];
    repPage.on('console', (m) => {
      if (m.type() === 'error') repErrors.push(m.text());
    });
    repPage.on('pageerror', (e) => repErrors.push(e.message));
    await seed(repPage, repFiles(), '/files/');
    await expect(repPage.getByRole('heading', { name: '档案列表' })).toBeVisible();
    const repExport = await download(repPage, () => repPage.getByRole('button', { name: /^导出全部/ }).click(), 'rep-export.json');

    // The manager, in another browser: nothing yet.
    await page.goto('/review/');
    await expect(page.getByRole('heading', { name: '待审批的开发申请' })).toBeVisible();
    await expect(page.getByText('没有待审批的开发申请。')).toBeVisible();
    await page.getByLabel('导入开发档案（JSON）').setInputFiles(repExport.path);
    await expect(page.getByRole('table', { name: /导入预览/ }).getByText('新档案')).toHaveCount(3);
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('导入完成：已导入 3 份档案（新增 3 份）。')).toBeVisible();

    // The queue: the two submitted applications, oldest first; the survey file is not there.
    const queue = pendingTable(page);
    await expect(queue.getByRole('row')).toHaveCount(3);
    const rowA = queue.getByRole('row', { name: new RegExp(A) });
    await expect(rowA.getByRole('cell')).toHaveText(['张伟', '2026-04-02', '70 分 推荐', '营销部长、总经理']);
    await expect(queue.getByRole('row', { name: new RegExp(B) }).getByRole('cell')).toHaveText(['张伟', '2026-04-05', '55 分 需复核', '营销部长、总经理']);
    await expect(queue.getByRole('row').nth(1)).toContainText(A);
    await expect(queue).not.toContainText('贸易公司');
    await expect(page.getByText('还没有已审批的开发申请。')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // One application: the 申请表 on the page, then the two decisions.
    await rowA.getByRole('link', { name: A }).click();
    await expect(page).toHaveURL(/\/review\/\?id=rv-a$/);
    await expect(page.getByRole('heading', { name: `审阅开发申请：${A}` })).toBeVisible();
    const form = page.getByRole('region', { name: '新客户开发申请表' });
    for (const heading of ['一、客户基本情况', '二、客户评估（4.1.2）', '三、背景调查摘要（4.2）', '四、开发申请（4.2.5）']) {
      await expect(form.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(form).toContainText('近三年营收稳定增长');
    await expect(form.getByRole('row', { name: /^财务管理能力与信用/ })).toContainText('4 / 5');
    await expect(form).toContainText('客户规模与信用良好');
    await expect(form.getByText('600', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /^依据 4\.2\.5/ })).toHaveAttribute('href', /clause-4-2-5$/);
    await expect(page.getByRole('link', { name: /^依据 4\.1\.2/ })).toHaveAttribute('href', /clause-4-1-2$/);
    await expect(page.getByText('审批状态：待审批')).toBeVisible();
    await expect(page.getByText('开发申请尚待营销部长审批')).toBeVisible();
    // The 总经理 decides after the 营销部长's 同意 (3.2 before 3.4).
    await expect(approvalSection(page, '总经理')).toHaveCount(0);
    await expect(page.getByText('营销部长同意后，总经理再批准（3.4）。')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // 登记 without a decision is refused by the form.
    await approvalSection(page, '营销部长').getByRole('button', { name: '登记营销部长审批' }).click();
    await expect(approvalSection(page, '营销部长').getByRole('group', { name: /营销部长的决定/ })).toBeFocused();
    await expect(approvalSection(page, '营销部长')).toContainText('请选择决定：同意、退回修改或不同意');
    await expect(approvalSection(page, '营销部长')).toContainText('请填写审批人');

    await decide(page, '营销部长', '同意', '同意，注意控制前期费用。', '李娜');
    await expect(page.getByText('开发申请尚待营销部长审批')).toHaveCount(0);
    await expect(page.getByText('开发申请尚待总经理批准')).toBeVisible();
    await decide(page, '总经理', '同意', '同意开发。', '王强');
    await expect(page.getByText('审批状态：已同意')).toBeVisible();
    await expect(approvalSection(page, '营销部长')).toContainText('同意 · 李娜');
    await expect(approvalSection(page, '总经理')).toContainText('同意 · 王强');

    // 导出给业务员（JSON）at once, before the autosave's delay: this one file, its clock now ahead of the rep's.
    const back = await download(page, () => page.getByRole('button', { name: '导出给业务员（JSON）' }).click(), 'back.json');
    expect(back.filename).toMatch(new RegExp(`^开发档案-${A}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const document = JSON.parse(back.text()) as { files: unknown[] };
    expect(document.files).toHaveLength(1);
    const sent = developmentFileSchema.parse(document.files[0]);
    expect(sent.id).toBe('rv-a');
    expect(sent.application.approvals.marketingManager).toMatchObject({ decision: 'approved', by: '李娜', comment: '同意，注意控制前期费用。' });
    expect(sent.application.approvals.generalManager).toMatchObject({ decision: 'approved', by: '王强' });
    expect(compareClocks(sent.clock, repFiles()[0]?.clock ?? {})).toBe('newer');
    await expect(page.getByRole('region', { name: '导出', exact: true }).getByRole('status').first()).toContainText('已导出 1 份开发档案');

    // The decisions survive a reload: saved in this browser.
    await page.reload();
    await expect(page.getByText('审批状态：已同意')).toBeVisible();

    // 申请表 PDF: the decisions are printed.
    const pdf = await download(page, () => page.getByRole('button', { name: '申请表 PDF' }).click(), 'application.pdf');
    expect(pdf.filename).toMatch(new RegExp(`^新客户开发申请表-${A}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const text = pdfText(pdf.path);
    for (const expected of [`客户：${A}`, '营销部长审批', '总经理审批', '■同意', '同意，注意控制前期费用。', '李娜', '王强', '70/100']) {
      expect(text, `申请表 PDF should contain ${expected}`).toContain(flat(expected));
    }

    // The other application is returned with an opinion.
    await page.getByRole('link', { name: '← 返回审阅列表' }).click();
    await expect(pendingTable(page).getByRole('row')).toHaveCount(2);
    await expect(decidedTable(page).getByRole('row', { name: new RegExp(A) })).toContainText('已同意');
    await pendingTable(page).getByRole('link', { name: B }).click();
    // 退回修改 without an opinion is refused: the rep would not know what to change.
    const marketing = approvalSection(page, '营销部长');
    await marketing.getByRole('radio', { name: '退回修改', exact: true }).check();
    await expect(marketing.getByLabel('审批意见')).toHaveAccessibleName('审批意见（必填）');
    await marketing.getByLabel(/^审批人/).fill('李娜');
    await marketing.getByRole('button', { name: '登记营销部长审批' }).click();
    await expect(marketing.getByLabel('审批意见')).toBeFocused();
    await expect(marketing.getByLabel('审批意见')).toHaveAccessibleDescription(/退回修改时请写明审批意见：需要修改哪些内容/);
    await expect(marketing.locator('.approval-record')).toHaveCount(0);
    expect((await storedFiles(page)).find((f) => f.id === 'rv-b')?.application.approvals.marketingManager).toBeNull();
    await marketing.getByLabel(/^审批人/).fill('');
    await decide(page, '营销部长', '退回修改', '请补充付款条件的调查结果。', '李娜');
    await expect(marketing.getByLabel('审批意见')).not.toHaveAttribute('aria-invalid');
    await expect(page.getByText('审批状态：已退回修改')).toBeVisible();
    await expect(page.getByText('营销部长退回修改：请按审批意见修改后重新提交')).toBeVisible();
    await expect(page.getByText('开发申请尚待总经理批准')).toHaveCount(0);
    await page.getByRole('link', { name: '← 返回审阅列表' }).click();

    await expect(page.getByText('没有待审批的开发申请。')).toBeVisible();
    await expect(pendingTable(page)).toHaveCount(0);
    const decided = decidedTable(page);
    await expect(decided.getByRole('row')).toHaveCount(3);
    await expect(decided.getByRole('row', { name: new RegExp(B) })).toContainText('已退回修改');
    await expect(decided.getByRole('row', { name: new RegExp(B) })).toContainText('营销部长：退回修改（李娜）');
    await expect(decided.getByRole('row', { name: new RegExp(B) })).toContainText('总经理：未审批');
    await page.getByLabel('审批结论（已审批）').selectOption({ label: '已退回修改' });
    await expect(decided.getByRole('row')).toHaveCount(2);
    await expect(decided).not.toContainText(A);
    await page.getByLabel('审批结论（已审批）').selectOption({ label: '已同意' });
    await expect(decided.getByRole('row')).toHaveCount(2);
    await expect(decided).toContainText(A);
    await page.getByRole('search', { name: '查找开发申请' }).getByLabel('搜索').fill('恒达');
    await expect(page.getByText('没有符合条件的已审批申请。')).toBeVisible();
    await page.getByRole('button', { name: '清除搜索和筛选' }).click();
    await expect(decided.getByRole('row')).toHaveCount(3);

    // The rep imports what the manager sent back: newer, so it replaces the rep's copy (kept as a backup).
    await repPage.getByLabel('导入开发档案（JSON）').setInputFiles(back.path);
    await expect(repPage.getByRole('table', { name: /导入预览/ }).getByText('比本机新')).toBeVisible();
    await repPage.getByRole('button', { name: '确认导入' }).click();
    await expect(repPage.getByText('导入完成：已导入 1 份档案（更新 1 份（原来的本机版本已备份在浏览器中））。')).toBeVisible();
    await repPage.goto('/files/file/?id=rv-a&stage=application');
    await expect(repPage.getByRole('region', { name: '营销部长审批' })).toContainText('同意 · 李娜');
    await expect(repPage.getByRole('region', { name: '营销部长审批' })).toContainText('意见：同意，注意控制前期费用。');
    await expect(repPage.getByRole('region', { name: '总经理审批' })).toContainText('同意 · 王强');
    await expect(repPage.getByText('开发申请尚待')).toHaveCount(0);
    expect(repErrors).toEqual([]);
    await rep.close();
  });

  test('进度报表: the table, CSV cell by cell, JSON of the files, and the PDF', async ({ page }) => {
    const files = [typicalCompleteFile('rv-done', '青岛北方重工有限公司'), ...repFiles()];
    await seed(page, files);
    const report = page.getByRole('region', { name: '新客户开发进度报表' });
    const table = report.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('row', { name: /青岛北方重工/ })).toContainText('纳入客户管理');
    await expect(table.getByRole('row', { name: /贸易公司/ })).toContainText('背景调查');
    await expect(table.getByRole('columnheader')).toHaveText([...PROGRESS_COLUMNS]);
    expect(await axeViolations(page)).toEqual([]);

    const csv = await download(page, () => report.getByRole('button', { name: '进度报表 CSV' }).click(), 'report.csv');
    const today = /-(\d{4}-\d{2}-\d{2})\.csv$/.exec(csv.filename)?.[1] ?? '';
    expect(csv.filename).toBe(`新客户开发进度报表-4份-${today}.csv`);
    const raw = csv.text();
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(raw);
    expect(rows[0]).toEqual([...PROGRESS_COLUMNS]);
    const expected = sortForReport(files).map((f) => progressRow(f, today, files.filter((o) => o.id !== f.id)).map(neutralizeFormula));
    expect(rows.slice(1)).toEqual(expected);
    // A few cells spelled out, so the test does not only agree with itself.
    const byName = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byName.get(A)?.slice(0, 4)).toEqual([A, '张伟', '开发申请', '70 分\n推荐']);
    expect(byName.get(B)?.slice(0, 4)).toEqual([B, '张伟', '开发申请', '55 分\n需复核']);
    expect(byName.get(`'${C}`)?.slice(0, 4)).toEqual([`'${C}`, '李娜', '背景调查', '已评 0/4 项']);
    expect(byName.get('青岛北方重工有限公司')?.[5]).toBe('首单 2,000 件。');
    expect(byName.get('青岛北方重工有限公司')?.[9]).toBe('财务');
    expect(rows.slice(1).map((row) => row[1])).toEqual(['李娜', '张伟', '张伟', '张伟']); // by rep in pinyin order: 李 before 张
    await expect(report.getByRole('status').first()).toContainText(`已导出 ${csv.filename}（4 份档案）`);

    const json = await download(page, () => report.getByRole('button', { name: '全部档案 JSON' }).click(), 'all.json');
    expect(json.filename).toMatch(/^开发档案-4份-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(json.text()) as { type: string; files: unknown[] };
    expect(document.type).toBe('playbook.development-files');
    const exported = document.files.map((f) => developmentFileSchema.parse(f)).sort((a, b) => a.id.localeCompare(b.id));
    expect(exported).toEqual((await storedFiles(page)).sort((a, b) => a.id.localeCompare(b.id)));

    const pdf = await download(page, () => report.getByRole('button', { name: '进度报表 PDF' }).click(), 'report.pdf');
    expect(pdf.filename).toBe(`新客户开发进度报表-4份-${today}.pdf`);
    const text = pdfText(pdf.path);
    for (const expected of ['新客户开发进度报表', A, B, '青岛北方重工有限公司', C, '共4份开发档案']) expect(text).toContain(flat(expected));
    await expect(report.getByRole('status').nth(1)).toContainText('已生成');
  });

  test('accessibility of the empty page, a missing file and a decided application; dark theme too', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.getByText('还没有导入任何开发档案。')).toBeVisible();
    await expect(page.getByRole('button', { name: '进度报表 CSV' })).toBeDisabled();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/review/?id=no-such-file');
    await expect(page.getByRole('heading', { name: '找不到这份开发档案' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await seed(page, [typicalCompleteFile('rv-done', A)], '/review/?id=rv-done');
    await expect(page.getByText('审批状态：已同意')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('375 px: the queue, the report and one application fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const files = [typicalCompleteFile('rv-done', '青岛北方重工有限公司'), ...repFiles()];
    await seed(page, files);
    await expect(pendingTable(page).getByRole('row')).toHaveCount(3);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto('/review/?id=rv-a');
    await expect(page.getByRole('heading', { name: `审阅开发申请：${A}` })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

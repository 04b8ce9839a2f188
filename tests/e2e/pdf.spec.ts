/**
 * PDF export from the real pages: 申请表 and 完整档案 in the workspace, the
 * 进度报表 on the list. Each PDF is downloaded, saved and read back with
 * poppler (pdftotext for the text, pdfinfo for pages and paper size), so
 * the Chinese must come back exactly. Also: the font failing to load, a
 * character the font lacks, and printing the workspace with Ctrl+P.
 */
import { execFileSync } from 'node:child_process';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { emptyFile } from '../helpers/development-files';
import { seedStorage } from '../helpers/seed-storage';
import { typicalCompleteFile } from '../helpers/typical-file';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';

const NAME = '华东精密机械有限公司';
const OTHER = '苏州恒达电子科技有限公司';

function files(): DevelopmentFile[] {
  return [
    typicalCompleteFile('pdf-typical', NAME),
    developmentFileSchema.parse({ ...emptyFile('pdf-other', OTHER), stage: 'survey', owner: '李娜' }),
  ];
}

async function seed(page: Page, list: readonly DevelopmentFile[]) {
  await seedStorage(page, list, '/files/');
}

async function openWorkspace(page: Page, id: string) {
  await page.goto(`/files/file/?id=${id}`);
  await expect(page.getByRole('region', { name: '导出 PDF' })).toBeVisible();
}

/** Clicks, waits for the download, saves it; returns the path and poppler's reading of it. */
async function downloadPdf(page: Page, click: () => Promise<void>, name: string) {
  const downloading = page.waitForEvent('download');
  await click();
  const download: Download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { path, text, pages, width: Number(size?.[1]), height: Number(size?.[2]), filename: download.suggestedFilename() };
}

/**
 * The text without white space: a table cell may wrap a long name, and
 * pdftotext leaves out the spaces of a line made only of one-character
 * words (“第 1 页 / 共 2 页” comes out as 第1页/共2页; MuPDF keeps them).
 */
const flat = (text: string) => text.replace(/\s+/g, '');

function expectTexts(text: string, labels: readonly string[]) {
  const all = flat(text);
  for (const label of labels) expect(all, `PDF text should contain “${label}”`).toContain(flat(label));
}

/** Every page's footer says “第 n 页 / 共 N 页” with N the real page count. */
function expectPageFooters(text: string, pages: number) {
  expect(pages).toBeGreaterThan(0);
  const all = flat(text);
  for (let n = 1; n <= pages; n++) expect(all).toContain(`第${n}页/共${pages}页`);
  expect(all).not.toContain(`第${pages + 1}页`);
}

test.describe('PDF export', () => {
  test.describe.configure({ timeout: 60_000 });

  test('申请表 PDF from the workspace: A4, the customer, the evaluation and the approval block', async ({ page }) => {
    await seed(page, files());
    await openWorkspace(page, 'pdf-typical');
    const group = page.getByRole('region', { name: '导出 PDF' });
    const pdf = await downloadPdf(page, () => group.getByRole('button', { name: '申请表 PDF' }).click(), 'application.pdf');

    expect(pdf.filename).toBe(`新客户开发申请表-${NAME}-${new Date().toLocaleDateString('en-CA')}.pdf`);
    expect(pdf.width).toBeCloseTo(595.28, 1);
    expect(pdf.height).toBeCloseTo(841.89, 1);
    expect(pdf.text).toContain(`客户：${NAME}`);
    expectTexts(pdf.text, ['新客户开发申请表', '客户基本情况', '客户名称', '所在地区', '江苏省苏州市', '财务管理能力与信用', '综合得分', '70 / 100', '推荐', '背景调查摘要', '前期准备摘要', '申请人签字', '营销部长审批', '总经理审批', '审批意见', '李娜', '生成日期']);
    expectPageFooters(pdf.text, pdf.pages);
    await expect(group.getByRole('status')).toContainText(`（${pdf.pages} 页，`);
  });

  test('完整档案 PDF: every stage, the activity log, progress reports, review and customer code', async ({ page }) => {
    await seed(page, files());
    await openWorkspace(page, 'pdf-typical');
    const pdf = await downloadPdf(page, () => page.getByRole('button', { name: '完整档案 PDF' }).click(), 'full.pdf');

    expect(pdf.filename).toMatch(new RegExp(`^开发档案-${NAME}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    expect(pdf.text).toContain(`客户：${NAME}`);
    expectTexts(pdf.text, ['新客户开发档案', '策划与评估', '背景调查', '开发申请', '前期准备', '正式实施', '开发总结', '纳入客户管理', '开发活动记录', '新客户开发进度报表', '营销部长指导意见', '成功点', '纠正预防措施', '客户代码', 'KH-2026-0012', '阶段记录']);
    expect(pdf.pages).toBeGreaterThan(1);
    expectPageFooters(pdf.text, pdf.pages);
  });

  test('进度报表 PDF on the list: landscape, one row per file, of all or of the checked ones', async ({ page }) => {
    await seed(page, files());
    await page.reload();
    const controls = page.getByRole('group', { name: '新客户开发进度报表（PDF）' });
    await expect(controls.getByRole('button', { name: /所选（0 份）/ })).toBeDisabled();

    const all = await downloadPdf(page, () => controls.getByRole('button', { name: '进度报表 PDF：全部（2 份）' }).click(), 'progress-all.pdf');
    expect(all.filename).toMatch(/^新客户开发进度报表-2份-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(all.width).toBeCloseTo(841.89, 1);
    expect(all.height).toBeCloseTo(595.28, 1);
    expectTexts(all.text, ['新客户开发进度报表', NAME, OTHER, '客户', '开发业务', '阶段', '评估', '最近活动', '取得成绩', '存在的问题', '下一步', '停滞', '风险', '纳入客户管理', '背景调查', '财务']);
    expectPageFooters(all.text, all.pages);

    await page.getByRole('checkbox', { name: `选择“${OTHER}”` }).check();
    const one = await downloadPdf(page, () => controls.getByRole('button', { name: '进度报表 PDF：所选（1 份）' }).click(), 'progress-one.pdf');
    expectTexts(one.text, [OTHER]);
    expect(flat(one.text)).not.toContain(NAME);
    expectPageFooters(one.text, one.pages);
  });

  test('the font failing to load is said in Chinese, and the next try works', async ({ page, pageProblems }) => {
    await seed(page, files());
    await page.route('**/fonts/*.ttf', (route) => route.abort('internetdisconnected'));
    await openWorkspace(page, 'pdf-typical');
    const group = page.getByRole('region', { name: '导出 PDF' });
    await group.getByRole('button', { name: '申请表 PDF' }).click();
    await expect(group.getByRole('status')).toHaveText('无法加载中文字体，请检查网络后重试。');
    await expect(group.getByRole('button', { name: '申请表 PDF' })).toBeEnabled();

    await page.unroute('**/fonts/*.ttf');
    const pdf = await downloadPdf(page, () => group.getByRole('button', { name: '申请表 PDF' }).click(), 'retry.pdf');
    expectTexts(pdf.text, [NAME]);
    // The browser reports the failed request on the console; that one was expected.
    const expected = (p: string) => /Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p);
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !expected(p)));
  });

  test('characters the font lacks are listed to the user and printed as □', async ({ page }) => {
    const rare = '𠮷野家餐饮有限公司';
    await seed(page, [typicalCompleteFile('pdf-rare', rare)]);
    await openWorkspace(page, 'pdf-rare');
    const pdf = await downloadPdf(page, () => page.getByRole('button', { name: '申请表 PDF' }).click(), 'rare.pdf');
    await expect(page.getByRole('alert')).toContainText('字体中没有下列 1 个字符');
    await expect(page.getByRole('alert')).toContainText('𠮷');
    expect(pdf.text).toContain('客户：□野家餐饮有限公司');
  });

  test('the workspace prints the current stage without navigation or buttons', async ({ page }) => {
    await seed(page, files());
    await page.goto('/files/file/?id=pdf-typical&stage=application');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 3 步 / 共 7 步：开发申请');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByLabel('开发理由')).toBeVisible();
    await expect(page.getByRole('navigation', { name: '开发阶段', includeHidden: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '档案视图', includeHidden: true })).toBeHidden();
    await expect(page.getByRole('region', { name: '导出 PDF', includeHidden: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '主导航', includeHidden: true })).toBeHidden();
    for (const button of await page.getByRole('button', { includeHidden: true }).all()) await expect(button).toBeHidden();
    const printed = await page.pdf({ preferCSSPageSize: true });
    expect(printed.length).toBeGreaterThan(1000);
  });
});

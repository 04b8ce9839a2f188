/**
 * 主管审阅 (/review/): a rep's JSON export is imported by the manager, the
 * submitted applications wait in the queue, the 营销部长 and the 总经理
 * approve one and the 营销部长 returns another with an opinion, the decided
 * file goes back to the rep as JSON and the rep's import shows the approvals.
 * Also the 进度报表 (table, CSV read cell by cell, JSON, PDF), the 申请表 PDF,
 * axe on each state, and a 375 px screen without sideways scrolling.
 */
import { execFileSync } from 'node:child_process';
import { axeViolations } from './support/axe';
import { chooseIdentity } from './support/identity';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { emptyFile } from '../helpers/development-files';
import { seedStorage } from '../helpers/seed-storage';
import { parseCsv } from '../helpers/csv';
import { typicalCompleteFile } from '../helpers/typical-file';
import { APPLYING, applyingFile, EXECUTING, executingFile, SURVEYING, surveyingFile } from '../helpers/desk-files';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';
import { neutralizeFormula } from '../../src/domain/exchange/csv';
import { PROGRESS_COLUMNS, progressRow, sortForReport } from '../../src/domain/documents/progress-report';

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

async function decide(page: Page, role: '营销部长' | '总经理', decision: '同意' | '退回修改' | '不同意', comment: string) {
  const section = approvalSection(page, role);
  await section.getByRole('radio', { name: decision, exact: true }).check();
  await section.getByLabel('审批意见').fill(comment);
  await section.getByRole('button', { name: `登记${role}审批` }).click();
  await expect(page.getByRole('complementary', { name: '开发申请审批' }).getByRole('status').first()).toContainText(`已登记${role}审批：${decision}。`);
}


test.describe('主管审阅', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the loop: the rep submits → the desk decides, guides, reviews and rules on a termination → the rep imports all of it', async ({ page, browser, baseURL }) => {
    // The rep, in a browser of their own.
    const rep = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'zh-CN', serviceWorkers: 'block' });
    const repPage = await rep.newPage();
    const repErrors: string[] = [];
    repPage.on('pageerror', (e) => repErrors.push(e.message));
    repPage.on('console', (m) => {
      if (m.type() === 'error') repErrors.push(m.text());
    });
    await seed(repPage, [applyingFile(), surveyingFile(), executingFile()], '/files/file/?id=dk-a&stage=application');

    // 4.2.5: check the answers, submit; focus goes to the status, whose one primary action is sending it.
    await repPage.getByRole('button', { name: '检查并提交申请' }).click();
    await repPage.getByRole('button', { name: '提交申请' }).click();
    const waiting = repPage.getByRole('region', { name: '等待营销部长审批' });
    await expect(waiting).toBeFocused();
    await expect(waiting.getByRole('button', { name: '导出发给主管（JSON）' })).toHaveClass(/button-primary/);
    await expect(repPage.getByRole('button', { name: '进入下一阶段' })).toHaveCount(0);
    await expect(repPage.getByRole('alert')).toHaveCount(0);

    // The file list says where each file waits; 导出全部 sends them.
    await repPage.goto('/files/');
    const list = repPage.getByRole('table', { name: /档案列表/ });
    await expect(list.getByRole('row', { name: new RegExp(APPLYING) })).toContainText('等待营销部长审批');
    await expect(list.getByRole('row', { name: new RegExp(SURVEYING) })).toContainText('等待营销部长登记团队评审');
    await expect(list.getByRole('row', { name: new RegExp(EXECUTING) })).toContainText('终止申请等待上级决定');
    const sent = await download(repPage, () => repPage.getByRole('button', { name: /^导出全部/ }).click(), 'rep-export.json');

    // The 营销部长 at the desk: first who they are, then the import.
    await page.goto('/review/');
    await chooseIdentity(page, '李娜', '营销部长');
    await page.getByLabel('导入开发档案（JSON）').setInputFiles(sent.path);
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('导入完成：已导入 3 份档案（新增 3 份）。')).toBeVisible();

    // The overview: what waits, the funnel with its table, the reps.
    const desk = page.getByRole('region', { name: '工作台总览' });
    for (const count of ['1 份待审批申请', '1 份档案待团队评审', '1 份终止申请待决定', '1 份进度报表待指导', '1 份档案有风险']) {
      await expect(desk.getByRole('link', { name: count })).toBeVisible();
    }
    const funnel = desk.getByRole('table', { name: /^开发漏斗/ });
    await expect(funnel.getByRole('row', { name: /^背景调查/ }).getByRole('cell')).toHaveText(['4.2.1', '3', '1']);
    await expect(funnel.getByRole('row', { name: /^正式实施/ }).getByRole('cell')).toHaveText(['4.4.1', '1', '1']);
    await expect(desk.getByRole('table', { name: /各业务员的档案/ }).getByRole('row', { name: /^张伟/ }).getByRole('cell')).toHaveText([
      '2',
      '背景调查 1、开发申请 1',
      '2',
      '0',
      '0',
    ]);
    await expect(pendingTable(page).getByRole('row', { name: new RegExp(APPLYING) })).toContainText('等待营销部长审批');

    // The application: the 营销部长 decides first; the 总经理's form is not there yet.
    await pendingTable(page).getByRole('link', { name: APPLYING }).click();
    const panel = page.getByRole('complementary', { name: '开发申请审批' });
    await expect(panel).toContainText('等待营销部长审批');
    await expect(approvalSection(page, '总经理')).toHaveCount(0);
    await expect(approvalSection(page, '营销部长').getByLabel(/^签字人|^审批人/)).toHaveCount(0);
    await decide(page, '营销部长', '同意', '同意，注意控制前期费用。');
    await expect(panel).toContainText('等待总经理批准');
    // A 营销部长 cannot record the 总经理's decision.
    await expect(approvalSection(page, '总经理')).toHaveCount(0);
    await chooseIdentity(page, '王强', '总经理', true);
    await decide(page, '总经理', '同意', '同意开发。');
    await expect(panel).toContainText('已批准');

    const pdf = await download(page, () => panel.getByRole('button', { name: '申请表 PDF' }).click(), 'application.pdf');
    const printed = pdfText(pdf.path);
    for (const expected of [`客户：${APPLYING}`, '营销部长审批', '总经理审批', '■同意', '同意，注意控制前期费用。', '李娜', '王强']) {
      expect(printed, `申请表 PDF should contain ${expected}`).toContain(flat(expected));
    }

    // The termination request: either superior may decide it; the 总经理 does.
    await page.getByRole('link', { name: '← 返回工作台' }).click();
    await desk.getByRole('region', { name: /^待决定的终止申请/ }).getByRole('link', { name: EXECUTING }).click();
    const termination = page.getByRole('region', { name: '终止申请' });
    await termination.getByRole('group', { name: /^上级的决定/ }).getByLabel('同意终止').check();
    await termination.getByLabel('决定理由').fill('诉讼属实，停止洽谈。');
    await termination.getByRole('button', { name: '登记决定' }).click();
    await expect(termination.getByRole('status')).toContainText('已登记对终止申请的决定。');
    await expect(termination).toContainText('上级决定：同意终止');
    // Guidance is the 营销部长's (4.4.6).
    const guidance = page.getByRole('region', { name: '进度报表与指导' });
    await expect(guidance).toContainText('由营销部长登记');
    await chooseIdentity(page, '李娜', '营销部长', true);
    await guidance.getByLabel('对 2026-11-25 进度报表的指导意见').fill('账期最多 90 天，超出部分报总经理。');
    await guidance.getByRole('button', { name: '登记指导意见' }).click();
    await expect(guidance).toContainText('营销部长 李娜');

    // The 团队评审 of the prospect in 背景调查.
    await page.goto(`/review/?id=dk-b`);
    const review = page.getByRole('region', { name: '团队评审' });
    await review.getByLabel('参加人员').fill('营销部长 李娜、业务员 张伟、财务部 赵会计');
    await review.getByRole('group', { name: /^评审结论/ }).getByLabel('重点开发').check();
    await review.getByRole('button', { name: '登记团队评审结论' }).click();
    await expect(review).toContainText('团队评审结论：重点开发');

    // Everything goes back as one JSON.
    await page.goto('/review/');
    await expect(desk.getByRole('link', { name: '0 份待审批申请' })).toBeVisible();
    const report = page.getByRole('region', { name: '新客户开发进度报表' });
    const back = await download(page, () => report.getByRole('button', { name: '全部档案 JSON' }).click(), 'back.json');

    // Meanwhile the rep changed a field of the executing file: both sides changed it, and 合并 keeps both.
    await repPage.goto('/files/file/?id=dk-c&stage=evaluation');
    await repPage.getByLabel('所在地区').fill('浙江省宁波市北仑区');
    await expect(repPage.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    await repPage.goto('/files/');
    await repPage.getByLabel('导入开发档案（JSON）').setInputFiles(back.path);
    const preview = repPage.getByRole('table', { name: /导入预览/ });
    await expect(preview.getByText('比本机新')).toHaveCount(2);
    await expect(preview.getByRole('row', { name: new RegExp(EXECUTING) }).getByLabel('合并')).toBeChecked();
    await repPage.getByRole('button', { name: '确认导入' }).click();
    await expect(repPage.getByText(/^导入完成/)).toBeVisible();

    // The rep sees every decision, marked with who made it.
    await repPage.goto('/files/file/?id=dk-a&stage=application');
    await expect(repPage.getByRole('region', { name: '已批准' })).toBeVisible();
    await expect(repPage.getByRole('region', { name: '营销部长审批' })).toContainText('同意 · 李娜');
    await expect(repPage.getByRole('region', { name: '总经理审批' })).toContainText('同意 · 王强');
    await repPage.goto('/files/file/?id=dk-b&stage=survey');
    await expect(repPage.getByText('团队评审结论：重点开发')).toBeVisible();
    await repPage.goto('/files/file/?id=dk-c&stage=execution');
    await expect(repPage.getByText('上级决定：同意终止')).toBeVisible();
    await expect(repPage.getByText('账期最多 90 天，超出部分报总经理。')).toBeVisible();
    await repPage.goto('/files/file/?id=dk-c&stage=evaluation');
    await expect(repPage.getByLabel('所在地区')).toHaveValue('浙江省宁波市北仑区');
    await repPage.goto('/files/file/?id=dk-c&stage=execution');
    await repPage.getByRole('button', { name: '确认终止开发' }).click();
    await expect(repPage.getByText('这份档案已终止开发（4.4.5）。', { exact: false })).toBeVisible();

    // An edit after approval: the decisions apply to the earlier version, and the 申请表 no longer prints them.
    await repPage.goto('/files/file/?id=dk-a&stage=application');
    await repPage.getByLabel(/^预计年采购额/).fill('650');
    await expect(repPage.getByRole('region', { name: '申请内容在提交后有修改，需重新提交' })).toBeVisible();
    const stale = await download(repPage, () => repPage.getByRole('button', { name: '申请表 PDF' }).click(), 'stale.pdf');
    const stalePrinted = pdfText(stale.path);
    expect(stalePrinted).toContain(flat('营销部长审批'));
    expect(stalePrinted).not.toContain(flat('■同意'));
    expect(stalePrinted).not.toContain(flat('同意，注意控制前期费用。'));
    expect(repErrors).toEqual([]);
    await rep.close();
  });

  test('退回修改 needs an opinion; the decided list filters by outcome and search; a rep identity records nothing', async ({ page }) => {
    const identity = { 'playbook:identity': JSON.stringify({ name: '李娜', role: 'marketingManager' }) };
    await seedStorage(page, [...repFiles(), typicalCompleteFile('rv-done', '青岛北方重工有限公司')], '/review/?id=rv-b', identity);
    const marketing = approvalSection(page, '营销部长');
    await marketing.getByRole('button', { name: '登记营销部长审批' }).click();
    await expect(marketing.getByRole('group', { name: /营销部长的决定/ })).toBeFocused();
    await expect(marketing).toContainText('请选择决定：同意、退回修改或不同意');
    await marketing.getByRole('radio', { name: '退回修改', exact: true }).check();
    await expect(marketing.getByLabel('审批意见')).toHaveAccessibleName('审批意见（必填）');
    await marketing.getByRole('button', { name: '登记营销部长审批' }).click();
    await expect(marketing.getByLabel('审批意见')).toBeFocused();
    await expect(marketing.getByLabel('审批意见')).toHaveAccessibleDescription(/退回修改时请写明审批意见：需要修改哪些内容/);
    expect((await storedFiles(page)).find((f) => f.id === 'rv-b')?.application.approvals.marketingManager).toBeNull();
    await decide(page, '营销部长', '退回修改', '请补充付款条件的调查结果。');
    await expect(page.getByRole('complementary', { name: '开发申请审批' })).toContainText('营销部长退回修改：请补充付款条件的调查结果。');

    await page.getByRole('link', { name: '← 返回工作台' }).click();
    const decided = decidedTable(page);
    await expect(decided.getByRole('row', { name: new RegExp(B) })).toContainText('营销部长：退回修改（李娜）');
    await page.getByLabel('审批结论（已审批）').selectOption({ label: '已退回修改' });
    await expect(decided.getByRole('row')).toHaveCount(2);
    await page.getByRole('search', { name: '查找开发申请' }).getByLabel('搜索').fill('北方');
    await expect(page.getByText('没有符合条件的已审批申请。')).toBeVisible();
    await page.getByRole('button', { name: '清除搜索和筛选' }).click();
    await expect(decided.getByRole('row')).toHaveCount(3);

    // A 开发业务 identity on the desk sees the state and records nothing.
    await chooseIdentity(page, '张伟', '开发业务', true);
    await pendingTable(page).getByRole('link', { name: A }).click();
    await expect(page.getByText('你的身份是开发业务：审批由营销部长和总经理登记。')).toBeVisible();
    await expect(approvalSection(page, '营销部长')).toHaveCount(0);
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

  test('accessibility of the empty page and a missing file', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.getByText('还没有导入任何开发档案。')).toBeVisible();
    await expect(page.getByRole('button', { name: '进度报表 CSV' })).toBeDisabled();
    await expect(page.getByRole('region', { name: '我的身份' }).getByText('不是权限控制', { exact: false })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/review/?id=no-such-file');
    await expect(page.getByRole('heading', { name: '找不到这份开发档案' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  // Colours are checked in both schemes at 1280; at 375 the layout (overflow, reflow, target sizes) in one.
  for (const [width, schemes] of [
    [1280, ['light', 'dark']],
    [375, ['light']],
  ] as const) {
    test(`accessibility of the desk and its forms at ${width} px (${schemes.join(', ')})`, async ({ page }) => {
      const identity = { 'playbook:identity': JSON.stringify({ name: '李娜', role: 'marketingManager' }) };
      const files = [applyingFile('dk-a', true), surveyingFile(), executingFile(), typicalCompleteFile('rv-done', A)];
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await seedStorage(page, files, '/review/', identity);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const states: [string, () => Promise<void>][] = [
        ['/review/', () => expect(page.getByRole('region', { name: '工作台总览' })).toBeVisible()],
        ['/review/?id=dk-a', () => expect(approvalSection(page, '营销部长')).toBeVisible()],
        ['/review/?id=dk-b', () => expect(page.getByRole('button', { name: '登记团队评审结论' })).toBeVisible()],
        ['/review/?id=dk-c', () => expect(page.getByRole('button', { name: '登记指导意见' })).toBeVisible()],
        ['/review/?id=rv-done', () => expect(page.getByRole('complementary', { name: '开发申请审批' })).toContainText('已批准')],
      ];
      for (const [path, ready] of states) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        await ready();
        expect(await overflow(), `${path} at ${width} px overflows`).toBeLessThanOrEqual(0);
        for (const scheme of schemes) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await axeViolations(page), `${path} at ${width} px, ${scheme}`).toEqual([]);
        }
      }
      if (width === 375) {
        // On a phone the decision is on the first screen.
        await page.goto('/review/?id=dk-a');
        const box = await approvalSection(page, '营销部长').getByRole('radio', { name: '同意', exact: true }).boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(812);
      }
    });
  }
});

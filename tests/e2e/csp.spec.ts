/**
 * The Content-Security-Policy, checked where it matters: on every built page
 * and while every interactive feature is used. The shared fixture fails any
 * test on a `securitypolicyviolation` event, a console error or a request to
 * another origin; the first test proves that watch really sees violations.
 */
import { seedStorage } from '../helpers/seed-storage';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtRoutes } from './support/built-routes';
import { envelopeText } from '../helpers/development-files';
import { typicalCompleteFile } from '../helpers/typical-file';
import { FIELDS } from '../../src/domain/development-file/labels';
import { developmentFileSchema } from '../../src/domain/development-file/schema';
import { exportDocument } from '../../src/domain/exchange/export';

const ROUTES = builtRoutes();

async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(content, 'the page declares a policy').toBeTruthy();
  return new Map(
    (content ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name = '', ...values] = d.split(/\s+/);
      return [name, values] as const;
    }),
  );
}

// eval is left out: Playwright's page.evaluate runs outside the page's policy,
// so only the policy text can show that 'unsafe-eval' is absent (next test).
test('the watch sees what the policy blocks: injected inline script, inline handlers and foreign scripts', async ({ page, pageProblems }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { pwned?: number };
    const script = document.createElement('script');
    script.textContent = 'window.pwned = 1';
    document.body.append(script);
    const handler = document.createElement('button');
    handler.setAttribute('onclick', 'window.pwned = 2');
    document.body.append(handler);
    handler.click();
    const address = 'https://cdn.example.invalid/x.js';
    const foreign = await import(/* @vite-ignore */ address).then(() => 'loaded', () => 'blocked');
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { pwned: w.pwned ?? null, foreign };
  });
  expect(outcome).toEqual({ pwned: null, foreign: 'blocked' });
  await expect.poll(() => pageProblems.filter((p) => p.startsWith('CSP violation')).length).toBeGreaterThanOrEqual(3);
  expect(pageProblems.join('\n')).toMatch(/script-src-elem blocked inline/);
  expect(pageProblems.join('\n')).toMatch(/script-src-attr blocked inline/);
  expect(pageProblems.join('\n')).toMatch(/script-src-elem blocked https:\/\/cdn\.example\.invalid/);
  pageProblems.length = 0; // seen and expected: the fixture checks the rest of the test
});

test(`all ${ROUTES.length} built pages declare the strict policy and load without a violation or a foreign request`, async ({ page }) => {
  test.setTimeout(120_000);
  expect(ROUTES.length).toBeGreaterThan(30);
  for (const route of ROUTES) {
    await page.goto(route);
    const policy = await policyOf(page);
    expect(policy.get('default-src'), route).toEqual(["'self'"]);
    expect(policy.get('object-src'), route).toEqual(["'none'"]);
    expect(policy.get('base-uri'), route).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts, route).toContain("'self'");
    expect(scripts.filter((s) => !s.startsWith("'sha256-")), route).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect([...policy.values()].flat(), route).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat(), route).not.toContain("'unsafe-eval'");
    expect([...policy.values()].flat().filter((v) => /^(https?:|\*)/.test(v)), route).toEqual([]);
  }
});

test('reading: search, theme, phone menu, clause links and printing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/procedure/4-3/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: '搜索关键词' }).fill('回款周期');
  await expect(dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toContainText('4.3.5');
  await page.keyboard.press('Escape');
  await page.getByLabel('颜色主题').selectOption({ label: '深色' });
  await page.getByRole('link', { name: '复制条款 4.3.2 的链接' }).click();
  await expect(page).toHaveURL(/#clause-4-3-2$/);
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByRole('button', { name: '目录' }).click();
  await page.keyboard.press('Escape');
});

test('development files: create, fill, a refused stage, every stage, PDFs, JSON and CSV export, import, delete and undo', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/learn/');
  await page.evaluate((text) => localStorage.setItem('playbook:file:csp-typical', text), envelopeText(typicalCompleteFile('csp-typical', '华东精密机械有限公司')));
  await page.goto('/files/');
  await page.getByLabel('客户名称', { exact: false }).first().fill('华东精密机械（上海）有限公司');
  await page.getByRole('button', { name: '新建并开始填写' }).click();
  await page.getByRole('button', { name: '仍然新建' }).click();
  await expect(page).toHaveURL(/\/files\/file\/\?id=/);
  await page.getByLabel(FIELDS['customer.region'].label).fill('上海市');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('button', { name: '进入下一阶段' }).click(); // refused: the error summary
  await expect(page.getByText(/请先完成以下 \d+ 项/)).toBeVisible();

  await page.goto('/files/file/?id=csp-typical');
  const stages = page.getByRole('navigation', { name: '开发阶段' }).getByRole('link');
  await expect(stages.last()).toBeVisible(); // the island has rendered the stepper
  const count = await stages.count();
  for (let i = 0; i < count; i++) {
    await stages.nth(i).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${i + 1} 步`);
  }
  const exportRegion = page.getByRole('region', { name: '导出 PDF' });
  for (const name of ['申请表 PDF', '完整档案 PDF']) {
    const downloading = page.waitForEvent('download');
    await exportRegion.getByRole('button', { name }).click();
    expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);
  }

  await page.goto('/files/');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: /^导出全部/ }).click();
  const json = readFileSync(await (await exported).path(), 'utf8');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 CSV/ }).click();
  await csv;
  const report = page.waitForEvent('download');
  await page.getByRole('button', { name: /^进度报表 PDF：全部/ }).click();
  await report;

  await page.getByRole('button', { name: '删除“华东精密机械有限公司”' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByLabel('导入开发档案（JSON）').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByRole('button', { name: '确认导入' })).toBeVisible();
});

test('quiz and self-assessment: answer, results, exports', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/quiz/4-1/?seed=csp');
  const heading = page.getByRole('heading', { level: 2, name: /第 1 题 \/ 共 (\d+) 题/ });
  const total = Number(/共 (\d+) 题/.exec(await heading.innerText())?.[1]);
  for (let n = 1; n <= total; n++) {
    const inputs = page.locator('.quiz-question input');
    if ((await inputs.count()) > 0) await inputs.first().check();
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('button', { name: n === total ? '查看成绩' : '下一题' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: /测验结果/ })).toBeVisible();

  await page.goto('/self-assessment/');
  await page.getByRole('button', { name: '开始自评' }).click();
  for (;;) {
    await page.locator('#question input[type=radio]').nth(3).check();
    const finish = page.getByRole('button', { name: '完成并查看结果' });
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await page.getByRole('button', { name: '下一题' }).click();
  }
  for (const name of ['导出结果（JSON）', '导出报告（PDF）']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    await downloading;
  }
});

test('manager page: import, review, approve, send back, 进度报表 as PDF, CSV and JSON', async ({ page }) => {
  test.setTimeout(90_000);
  const typical = typicalCompleteFile('csp-submitted', '苏州恒达电子科技有限公司');
  const submitted = developmentFileSchema.parse({
    ...typical,
    stage: 'application',
    stageHistory: typical.stageHistory.slice(0, 3),
    application: { ...typical.application, submittedAt: '2026-04-02T10:00:00.000+08:00', approvals: { marketingManager: null, generalManager: null } },
  });
  const { text } = exportDocument([submitted], { appVersion: 'csp', now: '2026-04-02T12:00:00.000Z' });
  await seedStorage(page, [], '/review/', { 'playbook:identity': JSON.stringify({ name: '李娜', role: 'marketingManager' }) });
  await page.getByLabel('导入开发档案（JSON）').setInputFiles({ name: 'rep.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('table', { name: /^待审批的开发申请/ }).getByRole('link', { name: '苏州恒达电子科技有限公司' }).click();
  const section = page.getByRole('region', { name: '营销部长审批' });
  await section.getByRole('radio', { name: '同意', exact: true }).check();
  await section.getByLabel('审批意见').fill('同意开发。');
  await section.getByRole('button', { name: '登记营销部长审批' }).click();
  for (const name of ['导出给业务员（JSON）', '申请表 PDF']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    await downloading;
  }
  await page.goto('/review/');
  for (const name of ['进度报表 PDF', '进度报表 CSV', '全部档案 JSON']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    await downloading;
  }
});

import type { Page } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from './support/axe';
import { test, expect } from './fixtures';
import { FIELDS, type FieldPath } from '../../src/domain/development-file/labels';
import { fieldDomId } from '../../src/islands/workspace/binding';
import { seedStorage } from '../helpers/seed-storage';
import { typicalCompleteFile } from '../helpers/typical-file';
import { applicationFingerprint } from '../../src/domain/development-file/application-state';

const label = (path: FieldPath) => FIELDS[path].label;
const thisYear = new Date().getFullYear();

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, WCAG_TAGS)).toEqual([]);
}

async function createFile(page: Page, name: string) {
  await page.goto('/files/');
  await page.getByLabel(label('customer.name'), { exact: false }).first().fill(name);
  await page.getByRole('button', { name: '新建并开始填写' }).click();
  await expect(page).toHaveURL(/\/files\/file\/\?id=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 1 步 / 共 7 步：策划与评估');
}

async function moveOn(page: Page, expectedHeading: string) {
  await page.getByRole('button', { name: '进入下一阶段' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedHeading);
}

async function reloadAndExpect(page: Page, heading: string) {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

const score = (page: Page, criterion: string, value: string) =>
  page.getByRole('group', { name: new RegExp(criterion) }).getByLabel(value).check();

test('a file walks every stage from 策划与评估 to 纳入客户管理, kept across reloads', async ({ page }) => {
  test.setTimeout(120_000);
  await createFile(page, '华东精密机械有限公司');
  await expect(page).toHaveTitle(/第 1 步 \/ 共 7 步/);

  // Moving on with nothing filled in: an error summary, focused, linking to each field.
  await page.getByRole('button', { name: '进入下一阶段' }).click();
  const summary = page.getByRole('region', { name: '还不能进入下一步' });
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);
  await summary.getByRole('link').first().click();
  await expect(page.getByRole('group', { name: /财务管理能力与信用/ }).getByRole('radio').first()).toBeFocused();

  // 4.1 evaluation, with the live total and recommendation.
  await page.getByLabel(label('customer.region')).fill('华东');
  await page.getByLabel(label('customer.industry')).fill('机械制造');
  await score(page, '财务管理能力与信用', '5 好');
  await score(page, '开发投入与交易预估', '4 较好');
  await score(page, '贡献与价值', '4 较好');
  await score(page, '技术难度与品质要求对比公司能力', '4 较好');
  await expect(page.getByText(/综合得分：\s*83 \/ 100/)).toBeVisible();
  await expect(page.getByText('推荐', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await reloadAndExpect(page, '第 1 步 / 共 7 步：策划与评估');
  await expect(page.getByLabel(label('customer.region'))).toHaveValue('华东');
  await expect(page.getByRole('group', { name: /财务管理能力与信用/ }).getByLabel('5 好')).toBeChecked();
  await moveOn(page, '第 2 步 / 共 7 步：背景调查');

  // 4.2 survey.
  await page.getByLabel(label('survey.reportedToManagerAt')).fill(`${thisYear}-11-02`);
  await page.getByLabel(label('survey.teamReview')).fill('营销部长组织评审，同意重点跟进');
  // The 4.2.2 conclusion is the 营销部长's: here only a 代登记 of the signed minutes.
  await page.getByText('代登记纸质评审记录（营销部长已签字）').click();
  await page.getByLabel('参加人员').fill('营销部长 李明、业务员 张伟');
  await page.getByRole('group', { name: /^评审结论/ }).getByLabel('重点开发').check();
  await page.getByLabel('签字人（营销部长）').fill('李明');
  await page.getByRole('button', { name: '代登记团队评审结论' }).click();
  await expect(page.getByText('团队评审结论：重点开发')).toBeVisible();
  await expect(page.getByText('代登记（依据纸质记录）')).toBeVisible();
  await page.getByLabel(label('survey.findings')).fill('注册资本五千万，回款记录良好');
  await page.getByRole('group', { name: new RegExp(label('survey.screeningResult')) }).getByLabel('重点开发').check();
  await reloadAndExpect(page, '第 2 步 / 共 7 步：背景调查');
  await expect(page.getByLabel(label('survey.findings'))).toHaveValue('注册资本五千万，回款记录良好');
  await moveOn(page, '第 3 步 / 共 7 步：开发申请');

  // 4.2.5 application: fill, check the answers, submit, record both approvals.
  await page.getByLabel(label('application.expectedAnnualPurchase')).fill('300');
  await page.getByLabel(label('application.reasons')).fill('符合主攻方向，年采购潜力大');
  await page.getByLabel(label('application.applicant')).fill('张伟');
  await page.getByLabel(label('application.appliedOn')).fill(`${thisYear}-11-05`);
  await page.getByRole('button', { name: '检查并提交申请' }).click();
  const check = page.getByRole('heading', { name: '提交前请检查申请内容' });
  await expect(check).toBeFocused();
  await expect(page.getByText('300 万元')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /修改\s*申请理由/ }).click();
  await expect(page.getByLabel(label('application.reasons'))).toBeFocused();
  await page.getByRole('button', { name: '检查并提交申请' }).click();
  await page.getByRole('button', { name: '提交申请' }).click();
  // Waiting is a status, not an error: focus on it, the next real action its one primary button.
  const status = page.getByRole('region', { name: '等待营销部长审批' });
  await expect(status).toBeFocused();
  await expect(status).toContainText('申请已提交。');
  await expect(status.getByRole('listitem').filter({ hasText: '营销部长审批' })).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('main .button-primary:visible')).toHaveCount(1);
  await expect(status.getByRole('button', { name: '导出发给主管（JSON）' })).toHaveClass(/button-primary/);
  await expect(page.getByRole('button', { name: '进入下一阶段' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '还不能进入下一步' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await status.getByRole('button', { name: '导出发给主管（JSON）' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^开发档案-华东精密机械有限公司-.*\.json$/);
  // The 总经理 decides after the 营销部长's 同意 (3.2 before 3.4).
  await expect(page.getByRole('region', { name: '总经理审批' })).toHaveCount(0);
  // The rep records decisions only as 代登记 of a signed paper form, closed until asked for.
  for (const role of ['营销部长', '总经理']) {
    const section = page.getByRole('region', { name: `${role}审批` });
    await expect(section.getByText(`尚未收到${role}的审批。`)).toBeVisible();
    await expect(section.getByLabel('同意', { exact: true })).toBeHidden();
    await section.getByText(`代登记纸质审批（${role}已在纸质申请表上签字）`).click();
    await section.getByLabel('同意', { exact: true }).check();
    await section.getByLabel(`签字人（${role}）`).fill(role === '营销部长' ? '李部长' : '王总');
    await section.getByRole('button', { name: `代登记${role}审批` }).click();
    await expect(section.getByText(/同意 · /)).toBeVisible();
    await expect(section.getByText('代登记（依据纸质审批）')).toBeVisible();
    if (role === '营销部长') await expect(page.getByRole('region', { name: '等待总经理批准' })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: '已批准' })).toBeVisible();
  await reloadAndExpect(page, '第 3 步 / 共 7 步：开发申请');
  await moveOn(page, '第 4 步 / 共 7 步：前期准备');

  // 4.3 preparation.
  await page.getByLabel(label('preparation.responsiblePerson.name')).fill('赵经理');
  await page.getByLabel(label('preparation.responsiblePerson.contact')).fill('138 0000 0000');
  await page.getByRole('button', { name: '添加关键决策人' }).click();
  await page.getByLabel(label('preparation.decisionMakers.name')).first().fill('钱总');
  await page.getByLabel(label('preparation.decisionMakers.role')).first().fill('采购总监，最终拍板');
  await page.getByRole('button', { name: '添加同类供应商' }).click();
  await page.getByLabel(label('preparation.similarSuppliers.name')).first().fill('某某五金');
  await page.getByLabel(label('preparation.procurementCharacteristics')).fill('集中招标');
  await page.getByLabel(label('preparation.procurementCycle')).fill('季度');
  await page.getByLabel(label('preparation.paymentMethod')).fill('电汇');
  await page.getByLabel(label('preparation.collectionCycleDays')).fill('60');
  await page.getByLabel(label('preparation.businessInfo')).fill('年产值三亿');
  await reloadAndExpect(page, '第 4 步 / 共 7 步：前期准备');
  await expect(page.getByLabel(label('preparation.decisionMakers.name')).first()).toHaveValue('钱总');
  await moveOn(page, '第 5 步 / 共 7 步：正式实施');

  // 4.4 execution: a contact, a closing request, a progress report.
  await page.getByRole('button', { name: '记录开发活动' }).click();
  await page.getByLabel(label('execution.activities.summary')).first().fill('拜访赵经理，介绍公司');
  await page.getByRole('button', { name: '完成编辑' }).first().click();
  await page.getByRole('button', { name: '记录开发活动' }).click();
  await page.getByLabel(label('execution.activities.type')).first().selectOption({ label: '成交要求' });
  await page.getByLabel(label('execution.activities.summary')).first().fill('考察满意，提出成交要求');
  await page.getByRole('button', { name: '完成编辑' }).first().click();
  await page.getByRole('button', { name: '填写进度报表' }).click();
  await page.getByLabel(label('execution.progressReports.progress')).first().fill('完成考察');
  await reloadAndExpect(page, '第 5 步 / 共 7 步：正式实施');
  await expect(page.getByText('考察满意，提出成交要求')).toBeVisible();
  await moveOn(page, '第 6 步 / 共 7 步：开发总结');

  // 4.5 review.
  await page.getByLabel(label('review.successPoints')).fill('提前摸清决策链');
  await page.getByLabel(label('review.failurePoints')).fill('报价响应偏慢');
  await page.getByLabel(label('review.correctiveActions')).fill('报价模板化');
  await reloadAndExpect(page, '第 6 步 / 共 7 步：开发总结');
  await moveOn(page, '第 7 步 / 共 7 步：纳入客户管理');

  // 4.6 onboarding: the next customer code, departments, archive.
  await page.getByRole('button', { name: '分配下一个客户代码' }).click();
  await expect(page.getByLabel(label('onboarding.customerCode'))).toHaveValue(`KH-${thisYear}-0001`);
  await page.getByLabel('财务部').check();
  await page.getByLabel(label('onboarding.documentsArchived')).check();
  await reloadAndExpect(page, '第 7 步 / 共 7 步：纳入客户管理');
  await page.getByRole('button', { name: '完成纳入客户管理' }).click();
  await expect(page.getByText(`开发完成：客户已纳入客户管理系统，客户代码 KH-${thisYear}-0001。`)).toBeVisible();

  // Earlier stages stay readable and kept.
  await page.getByRole('navigation', { name: '开发阶段' }).getByRole('link', { name: /策划与评估/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 1 步 / 共 7 步：策划与评估');
  await expect(page.getByLabel(label('customer.industry'))).toHaveValue('机械制造');
});

test('two tabs editing different fields of the same file lose nothing', async ({ page, context }) => {
  await createFile(page, '两页同时编辑有限公司');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('第 1 步 / 共 7 步：策划与评估');
  await page.getByLabel(label('customer.region')).fill('华南');
  await other.getByLabel(label('customer.industry')).fill('电子');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByLabel(label('customer.type')).fill('经销商');
  await other.getByLabel(label('customer.sourceChannel')).fill('展会');
  // Each tab saves its own edit after a short debounce; wait until storage holds both.
  const stored = () => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('playbook:file:')).map(([, v]) => v).join());
  await expect.poll(stored).toContain('经销商');
  await expect.poll(stored).toContain('展会');
  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.getByLabel(label('customer.region'))).toHaveValue('华南');
    await expect(tab.getByLabel(label('customer.industry'))).toHaveValue('电子');
    await expect(tab.getByLabel(label('customer.type'))).toHaveValue('经销商');
    await expect(tab.getByLabel(label('customer.sourceChannel'))).toHaveValue('展会');
  }
});

test('typing and reloading at once loses nothing', async ({ page }) => {
  await createFile(page, '立即刷新测试公司');
  await page.getByLabel(label('customer.region')).fill('西北');
  await page.reload();
  await expect(page.getByLabel(label('customer.region'))).toHaveValue('西北');
});

test('at 375 px the workspace fits and the stepper stays usable', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await createFile(page, '手机宽度测试公司');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('navigation', { name: '开发阶段' }).getByRole('link', { name: /策划与评估/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown file id says so in Chinese', async ({ page }) => {
  await page.goto('/files/file/?id=doesnotexist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这份开发档案');
});

test('a list entry is deleted with its own button and 撤销删除 brings it back where it was', async ({ page }) => {
  await seedStorage(page, [typicalCompleteFile('ws-lists')], '/files/file/?id=ws-lists');
  await page.getByRole('navigation', { name: '开发阶段' }).getByRole('link', { name: /前期准备/ }).click();
  const legends = page.locator('legend').filter({ hasText: /^关键决策人 \d/ });
  await expect(legends).toHaveText(['关键决策人 1：陈总', '关键决策人 2：周经理', '关键决策人 3：吴工']);

  await page.getByRole('button', { name: '删除关键决策人 周经理' }).click();
  await expect(legends).toHaveText(['关键决策人 1：陈总', '关键决策人 2：吴工']);
  await expect(page.getByText('已删除关键决策人 周经理。')).toBeVisible();
  await page.getByRole('button', { name: '撤销删除' }).click();
  await expect(legends).toHaveText(['关键决策人 1：陈总', '关键决策人 2：周经理', '关键决策人 3：吴工']);
  await expect(page.locator(`#${fieldDomId('preparation.decisionMakers.1.name')}`)).toBeFocused();

  await page.getByRole('navigation', { name: '开发阶段' }).getByRole('link', { name: /正式实施/ }).click();
  await page.getByRole('button', { name: /^删除问题 / }).click();
  await expect(page.getByRole('button', { name: /^删除问题 / })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: /^删除问题 / })).toHaveCount(0);
});

test('编辑 puts focus in the entry before the next frame, so keys typed at once are not lost', async ({ page }) => {
  await seedStorage(page, [typicalCompleteFile('ws-edit-focus')], '/files/file/?id=ws-edit-focus&stage=execution');
  const edit = page.getByRole('button', { name: /^编辑开发活动 / }).first();
  await expect(edit).toBeVisible();
  const focused = await edit.evaluate(async (button) => {
    (button as HTMLButtonElement).click();
    // The click's render runs in a microtask; one task later the form is on screen and no frame has been painted.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return document.activeElement?.id ?? '';
  });
  expect(focused).toMatch(/^field-execution-activities-\d+-date$/);
  await expect(page.getByRole('button', { name: '完成编辑' })).toBeVisible();
});

test('editing the application after both approvals needs a new submission; returned shows the opinion first', async ({ page }) => {
  const typical = typicalCompleteFile('ws-changed');
  const atApplication = {
    ...typical,
    // Submitted with this version's fingerprint of the content (files from before it have none).
    application: { ...typical.application, submittedFingerprint: applicationFingerprint(typical) },
    stage: 'application' as const,
    stageHistory: typical.stageHistory.filter((h) => ['evaluation', 'survey', 'application'].includes(h.to)),
  };
  await seedStorage(page, [atApplication], '/files/file/?id=ws-changed&stage=application');
  await expect(page.getByRole('region', { name: '已批准' })).toBeVisible();
  await expect(page.getByRole('button', { name: '进入下一阶段' })).toBeVisible();

  await page.getByLabel(label('application.expectedAnnualPurchase')).fill('650');
  const changed = page.getByRole('region', { name: '申请内容在提交后有修改，需重新提交' });
  await expect(changed).toBeVisible();
  await expect(changed.getByRole('button', { name: '重新检查并提交申请' })).toHaveClass(/button-primary/);
  await expect(page.getByRole('button', { name: '进入下一阶段' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '营销部长审批' }).getByText(/同意 · /)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await changed.getByRole('button', { name: '重新检查并提交申请' }).click();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('region', { name: '等待营销部长审批' })).toBeFocused();

  const section = page.getByRole('region', { name: '营销部长审批' });
  await section.getByText('代登记纸质审批（营销部长已在纸质申请表上签字）').click();
  await section.getByLabel('退回修改', { exact: true }).check();
  await section.getByLabel('审批意见').fill('请补充产能数据。');
  await section.getByLabel('签字人（营销部长）').fill('张伟');
  await section.getByRole('button', { name: '代登记营销部长审批' }).click();
  // Signed by the applicant himself: 自批 is said with the decision.
  await expect(section.getByText('自批：审批人与申请人相同')).toBeVisible();
  const returned = page.getByRole('region', { name: '营销部长退回修改' });
  await expect(returned).toContainText('审批意见：请补充产能数据。');
  await expect(returned.getByRole('button', { name: '修改后重新检查并提交' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: '营销部长退回修改' })).toBeVisible();
});

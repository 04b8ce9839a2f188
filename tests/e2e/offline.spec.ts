import type { Page } from '@playwright/test';
import { axeViolations, WCAG_AND_BEST_PRACTICE } from './support/axe';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from './fixtures';
import { serveDirectory } from './support/static-server';
import { writeServiceWorker } from '../../scripts/build-service-worker.mjs';
import { FIELDS } from '../../src/domain/development-file/labels';

/**
 * Each test gets its own copy of the build on its own host, so it can take
 * the network away (the host stops: Chromium's offline emulation also cuts
 * module scripts off from the service worker, which real browsers do not) and
 * deploy a new version while the browser keeps the old one.
 */
interface Deployment {
  origin: string;
  root: string;
  goOffline: () => Promise<void>;
}
const test = base.extend<{ deployment: Deployment }>({
  deployment: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'playbook-deploy-'));
    cpSync(resolve(process.env.ASTRO_OUT_DIR ?? 'dist'), root, { recursive: true });
    const host = await serveDirectory(root);
    let online = true;
    const goOffline = async () => {
      if (online) await host.close();
      online = false;
    };
    await use({ origin: host.origin, root, goOffline });
    await goOffline();
    rmSync(root, { recursive: true, force: true });
  },
  baseURL: async ({ deployment }, use) => use(deployment.origin),
  serviceWorkers: 'allow',
});

/** Waits until the service worker has cached the site and controls the page. */
async function waitUntilOfflineReady(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: '本站已保存到本机' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, pages, search, a quiz and the wizard work with the network off', async ({ page, deployment }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitUntilOfflineReady(page);
  await expectNoAxeViolations(page);
  // The notice sits fixed at the foot of the viewport, where it can cover the link below;
  // a reader closes it first (a click on a covered link waits until the test times out).
  await page.getByRole('status').filter({ hasText: '本站已保存到本机' }).getByRole('button', { name: '关闭' }).click();
  await deployment.goOffline();

  // Pages, by the links a reader would follow.
  await page.getByRole('link', { name: '开始学习' }).click();
  await expect(page).toHaveURL(/\/learn\/$/);
  await page.goto('/procedure/4-3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新客户开发的前期准备');
  await page.goto('/guide/step-6');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第六步：用心成就客户');

  // Search: Pagefind's script, worker, WASM and index come from the cache.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: '搜索关键词' }).fill('回款周期');
  const results = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link');
  await expect(results.first()).toContainText('4.3.5');
  await results.first().click();
  await expect(page).toHaveURL(/\/procedure\/4-3\/#clause-4-3-5$/);

  // A quiz: answer one question and get feedback.
  await page.goto('/quiz/4-1/?seed=offline');
  const options = page.locator('.quiz-question input');
  await options.first().check();
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.quiz-feedback')).toBeVisible();

  // The wizard: a new file is created, saved and still there after a reload.
  await page.goto('/files/');
  await page.getByLabel(FIELDS['customer.name'].label, { exact: false }).first().fill('离线测试有限公司');
  await page.getByRole('button', { name: '新建并开始填写' }).click();
  await expect(page).toHaveURL(/\/files\/file\/\?id=/);
  await page.getByLabel(FIELDS['customer.region'].label).fill('华南');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(FIELDS['customer.region'].label)).toHaveValue('华南');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 1 步 / 共 7 步：策划与评估');

  // The self-assessment page and an unknown address (the cached 404 page).
  await page.goto('/self-assessment/');
  await expect(page.getByRole('button', { name: '开始自评' })).toBeVisible();
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('找不到');
});

test('a new deployment replaces the old cache and tells the user, who chooses when to switch', async ({ page, deployment }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitUntilOfflineReady(page);
  const [oldCache] = (await cacheNames(page)).filter((name) => name.startsWith('playbook-precache-'));
  expect(oldCache).toBeDefined();

  // Deploy: one page changes, and the build writes a new sw.js.
  const home = join(deployment.root, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', '<p>第二版部署标记</p></main>'));
  writeServiceWorker(deployment.root);

  await page.reload();
  // The old cache keeps serving until the user chooses.
  await expect(page.getByText('第二版部署标记')).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: '网站有新版本' });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: '立即更新' }).click();

  await expect(page.getByText('第二版部署标记')).toBeVisible();
  await expect.poll(() => cacheNames(page)).not.toContain(oldCache);
  expect((await cacheNames(page)).filter((name) => name.startsWith('playbook-precache-'))).toHaveLength(1);

  // And the new version is what works offline.
  await deployment.goOffline();
  await page.goto('/learn/');
  await page.goto('/');
  await expect(page.getByText('第二版部署标记')).toBeVisible();
});

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
}

function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

#!/usr/bin/env node
/**
 * Typing cost in the workspace with 500 development files stored: seeds 500
 * realistic files, types into a field of one of them, and reports the long
 * tasks (> 50 ms) Chromium observed. A measurement, not a test: run it against
 * a built site served by `npm run preview`.
 *
 * Usage: npm run build && (npm run preview &) && node scripts/measure-typing.mjs [baseURL]
 */
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const FILES = 500;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.goto(`${base}/files/`);
await page.getByLabel('客户名称', { exact: false }).first().fill('测量用样本客户有限公司');
await page.getByRole('button', { name: '新建并开始填写' }).click();
await page.waitForURL(/\/files\/file\//);
await page.getByLabel('所在地区').fill('华东');

// Clone the stored file 500 times with realistic text in every long field.
const stored = await page.evaluate((count) => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('playbook:file:'));
  const envelope = JSON.parse(localStorage.getItem(key));
  const text = '客户经营稳定，回款记录良好，采购决策由采购总监与总经理共同决定，周期约一个季度。'.repeat(6);
  for (let i = 0; i < count; i++) {
    const id = `bench${String(i).padStart(4, '0')}`;
    const data = {
      ...envelope.data,
      id,
      customer: { ...envelope.data.customer, name: `样本客户${i}有限公司` },
      survey: { ...envelope.data.survey, findings: text, teamReview: text },
      preparation: { ...envelope.data.preparation, businessInfo: text, procurementCharacteristics: text },
      review: { successPoints: text, failurePoints: text, correctiveActions: text },
    };
    localStorage.setItem(`playbook:file:${id}`, JSON.stringify({ ...envelope, data }));
  }
  return Object.keys(localStorage).filter((k) => k.startsWith('playbook:file:')).length;
}, FILES);

await page.goto(`${base}/files/file/?id=bench0250`);
await page.getByLabel('所属行业').waitFor();
await page.waitForTimeout(3000); // page load and first render finish; they are not typing
await page.evaluate(() => {
  window.__longTasks = [];
  // Only tasks that start after this point: page load and first render are not typing.
  const since = performance.now();
  new PerformanceObserver((list) =>
    window.__longTasks.push(...list.getEntries().filter((e) => e.startTime >= since).map((e) => e.duration)),
  ).observe({ type: 'longtask', buffered: true });
});
const field = page.getByLabel('所属行业');
await field.click();
await page.keyboard.type('精密机械与自动化设备制造业', { delay: 60 });
await page.getByLabel('客户类型').click();
await page.keyboard.type('终端用户', { delay: 60 });
await page.waitForTimeout(2500); // let the debounced writes run
const tasks = await page.evaluate(() => window.__longTasks);
const bytes = await page.evaluate(() => Object.entries(localStorage).reduce((n, [k, v]) => n + (k.length + v.length) * 2, 0));
console.log(`files stored: ${stored}, localStorage: ${(bytes / 1024 / 1024).toFixed(2)} MB (UTF-16)`);
console.log(`keystrokes: ${'精密机械与自动化设备制造业终端用户'.length}`);
console.log(`long tasks (> 50 ms) while typing: ${tasks.length}${tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ''}`);
await browser.close();

import { execFileSync } from 'node:child_process';
import { axeViolations } from './support/axe';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { test, expect } from './fixtures';

/**
 * The 五心 self-assessment end to end. Expected scores are computed here from
 * the YAML, with the formula written out again (not imported), so the page's
 * numbers are checked against an independent reading of the instrument.
 */

interface YamlHeart {
  id: string;
  name: string;
  order: number;
  statements: { id: string; text: string; reverse?: boolean }[];
}

const DIR = join(import.meta.dirname, '../../content/assessment');
const HEARTS: YamlHeart[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseYaml(readFileSync(join(DIR, f), 'utf8')) as YamlHeart)
  .sort((a, b) => a.order - b.order);
const STATEMENTS = HEARTS.flatMap((h, heartIndex) => h.statements.map((s, index) => ({ ...s, heart: h, heartIndex, index })));
const BY_TEXT = new Map(STATEMENTS.map((s) => [s.text, s]));
const TOTAL = STATEMENTS.length;
const LABELS = ['非常不同意', '不同意', '不确定', '同意', '非常同意'];
/** The accessible name of the radio for an answer 1–5. */
const label = (answer: number): string => LABELS[answer - 1] ?? `no label for ${answer}`;

type Statement = (typeof STATEMENTS)[number];
type Choose = (s: Statement) => number;

/** Two answer patterns that give different scores per heart, some up and some down between them. */
const FIRST: Choose = (s) => ((s.heartIndex + s.index) % 5) + 1;
const SECOND: Choose = (s) => ((s.heartIndex * 3 + s.index * 2 + 1) % 5) + 1;

/** 1–5 answers → 0–100 per heart (reverse items as 6 − answer) and overall (mean of unrounded hearts). */
function expectedScores(choose: Choose) {
  const exact = HEARTS.map((h, heartIndex) => {
    const values = h.statements.map((s, index) => {
      const answer = choose({ ...s, heart: h, heartIndex, index });
      return s.reverse ? 6 - answer : answer;
    });
    return (100 * (values.reduce((a, b) => a + b, 0) / values.length - 1)) / 4;
  });
  return {
    hearts: Object.fromEntries(HEARTS.map((h, i) => [h.name, Math.round(exact[i] ?? NaN)])),
    overall: Math.round(exact.reduce((a, b) => a + b, 0) / exact.length),
  };
}

async function start(page: Page) {
  await page.goto('/self-assessment/');
  await page.getByRole('button', { name: '开始自评' }).click();
}

/** Answers the questions from the one on screen, by clicking, until `stopAfter` questions are done. */
async function answer(page: Page, choose: Choose, from = 1, stopAfter = TOTAL) {
  for (let n = from; n <= stopAfter; n++) {
    await expect(page.locator('#question-progress')).toHaveText(`第 ${n} 题 / 共 ${TOTAL} 题`);
    const text = (await page.locator('#question legend').innerText()).trim();
    const statement = BY_TEXT.get(text);
    expect(statement, `statement on screen: ${text}`).toBeDefined();
    if (!statement) return;
    await page.getByRole('radio', { name: label(choose(statement)), exact: true }).check();
    await page.getByRole('button', { name: n === TOTAL ? '完成并查看结果' : '下一题' }).click();
  }
}

function scoreCell(page: Page, heart: string, column: number) {
  return page.locator('table.score-table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: heart, exact: true }) }).getByRole('cell').nth(column);
}

async function expectScores(page: Page, choose: Choose) {
  const expected = expectedScores(choose);
  await expect(page.getByRole('heading', { name: '自评结果' })).toBeVisible();
  for (const [name, score] of Object.entries(expected.hearts)) await expect(scoreCell(page, name, 0), name).toHaveText(String(score));
  await expect(scoreCell(page, '总分', 0)).toHaveText(String(expected.overall));
  await expect(page.locator('.overall-score')).toHaveText(`总分 ${expected.overall}`);
}


test('complete the assessment and see scores computed from the YAML; they are kept after a reload', async ({ page }) => {
  await start(page);
  await answer(page, FIRST);
  await expectScores(page, FIRST);
  await expect(page.getByRole('heading', { name: '自评结果' })).toBeFocused();

  // Strongest and weakest hearts, with advice and links into the guide.
  const expected = expectedScores(FIRST).hearts;
  const top = Math.max(...Object.values(expected));
  const bottom = Math.min(...Object.values(expected));
  const strongest = page.getByRole('region', { name: '最强的心' });
  const weakest = page.getByRole('region', { name: '最需要加强的心' });
  for (const [name, score] of Object.entries(expected)) {
    if (score === top) await expect(strongest.getByRole('heading', { name: `${name}：${score} 分` })).toBeVisible();
    if (score === bottom) await expect(weakest.getByRole('heading', { name: `${name}：${score} 分` })).toBeVisible();
  }
  await expect(weakest.getByRole('link').first()).toHaveAttribute('href', /^\/guide\/step-[1-6]\/#(step-[1-6]|wuxin)$/);

  // The radar chart is hidden from screen readers; the table next to it holds its numbers.
  await expect(page.locator('svg.radar')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('svg.radar polygon.radar-area')).toHaveCount(1);
  await expect(page.locator('[style]')).toHaveCount(0);

  await page.reload();
  await expectScores(page, FIRST);
  await expect(page.getByRole('region', { name: '历次自评', exact: true }).getByRole('row')).toHaveCount(2);
});

test('stop halfway, reload, and resume at the same question with the answers kept', async ({ page }) => {
  await start(page);
  await answer(page, FIRST, 1, 10);
  await expect(page.locator('#question-progress')).toHaveText(`第 11 题 / 共 ${TOTAL} 题`);
  await page.reload();
  await expect(page.locator('#question-progress')).toHaveText(`第 11 题 / 共 ${TOTAL} 题`);
  await expect(page.getByRole('status').filter({ hasText: '已恢复上次未完成的自评：已答 10 题，从第 11 题继续。' })).toBeVisible();

  // The tenth answer is still there.
  await page.getByRole('button', { name: '上一题' }).click();
  await expect(page.locator('#question-progress')).toHaveText(`第 10 题 / 共 ${TOTAL} 题`);
  const tenth = BY_TEXT.get((await page.locator('#question legend').innerText()).trim());
  expect(tenth).toBeDefined();
  if (tenth) await expect(page.getByRole('radio', { name: label(FIRST(tenth)), exact: true })).toBeChecked();
  await page.getByRole('button', { name: '下一题' }).click();

  await answer(page, FIRST, 11);
  await expectScores(page, FIRST);
});

test('pause on purpose: the page says where the rep left off and continues there', async ({ page }) => {
  await start(page);
  await answer(page, FIRST, 1, 3);
  await page.getByRole('button', { name: '暂停，稍后继续' }).click();
  const paused = page.getByRole('heading', { name: '未完成的自评' });
  await expect(paused).toBeFocused();
  await expect(page.getByText(`已答 3 题 / 共 ${TOTAL} 题，答案已保存在本浏览器中。`)).toBeVisible();
  await page.getByRole('button', { name: '继续自评' }).click();
  await expect(page.locator('#question-progress')).toHaveText(`第 4 题 / 共 ${TOTAL} 题`);
  await expect(page.locator('#question')).toBeFocused();
  await answer(page, FIRST, 4);
  await expectScores(page, FIRST);

  // With a result to show, pausing a retake goes back to it and offers to continue.
  await page.getByRole('button', { name: '重新自评' }).click();
  await answer(page, SECOND, 1, 2);
  await page.getByRole('button', { name: '暂停，稍后继续' }).click();
  await expectScores(page, FIRST);
  await page.getByRole('button', { name: '继续未完成的自评（已答 2 题）' }).click();
  await expect(page.locator('#question-progress')).toHaveText(`第 3 题 / 共 ${TOTAL} 题`);
});

test('retake: the trend per heart is spelled out against the previous attempt, and the history lists both', async ({ page }) => {
  test.slow();
  await start(page);
  await answer(page, FIRST);
  await page.getByRole('button', { name: '重新自评' }).click();
  await answer(page, SECOND);
  await expectScores(page, SECOND);

  const before = expectedScores(FIRST);
  const after = expectedScores(SECOND);
  const words = (d: number) => (d > 0 ? `↑ 提高 ${d} 分` : d < 0 ? `↓ 下降 ${-d} 分` : '→ 持平（0 分）');
  const differences = Object.keys(after.hearts).map((name) => (after.hearts[name] ?? 0) - (before.hearts[name] ?? 0));
  expect(differences.some((d) => d > 0) && differences.some((d) => d < 0), 'the two patterns move hearts both ways').toBe(true);
  for (const name of Object.keys(after.hearts)) {
    await expect(scoreCell(page, name, 1), `${name} previous`).toHaveText(String(before.hearts[name]));
    await expect(scoreCell(page, name, 2), `${name} trend`).toHaveText(words((after.hearts[name] ?? 0) - (before.hearts[name] ?? 0)));
  }
  await expect(scoreCell(page, '总分', 2)).toHaveText(words(after.overall - before.overall));
  await expect(page.locator('svg.radar polygon.radar-previous')).toHaveCount(1);

  const history = page.getByRole('region', { name: '历次自评', exact: true });
  const rows = history.getByRole('row');
  await expect(rows).toHaveCount(3);
  // Newest first: date, overall, then each heart.
  await expect(rows.nth(1).getByRole('cell')).toHaveText([String(after.overall), ...Object.values(after.hearts).map(String)]);
  await expect(rows.nth(2).getByRole('cell')).toHaveText([String(before.overall), ...Object.values(before.hearts).map(String)]);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);

  await page.reload();
  await expect(scoreCell(page, HEARTS[0]?.name ?? '', 2)).toHaveText(words(differences[0] ?? 0));
});

test('keyboard only: Tab into the group, arrows choose, Enter goes on; focus follows the question', async ({ page }) => {
  test.slow();
  await page.goto('/self-assessment/');
  await page.getByRole('button', { name: '开始自评' }).focus();
  await page.keyboard.press('Enter');
  for (let n = 1; n <= TOTAL; n++) {
    await expect(page.locator('#question')).toBeFocused();
    const statement = BY_TEXT.get((await page.locator('#question legend').innerText()).trim());
    if (!statement) throw new Error('unknown statement on screen');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: label(1), exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    for (let i = 1; i < FIRST(statement); i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: label(FIRST(statement)), exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
  }
  await expectScores(page, FIRST);
  await expect(page.getByRole('heading', { name: '自评结果' })).toBeFocused();
});

test('going on without an answer shows an error tied to the question', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: '下一题' }).click();
  const first = STATEMENTS.find((s) => s.heartIndex === 0 && s.index === 0);
  const group = page.getByRole('group', { name: first?.text ?? '' });
  await expect(group).toBeFocused();
  await expect(page.locator('#question-error')).toHaveText('错误：请先选择一个选项，再继续。');
  await expect(group).toHaveAttribute('aria-describedby', 'question-progress question-error');
  await expect(page.locator('#question-progress')).toHaveText(`第 1 题 / 共 ${TOTAL} 题`);
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations in the introduction, question and result states', async ({ page }) => {
  test.slow();
  await page.goto('/self-assessment/');
  await expect(page.getByRole('button', { name: '开始自评' })).toBeVisible();
  expect(await axeViolations(page), 'introduction').toEqual([]);
  await page.getByRole('button', { name: '开始自评' }).click();
  await page.getByRole('radio', { name: '同意', exact: true }).check();
  expect(await axeViolations(page), 'question').toEqual([]);
  await page.getByRole('button', { name: '下一题' }).click();
  await answer(page, FIRST, 2);
  await page.getByRole('button', { name: '重新自评' }).click();
  await answer(page, SECOND);
  await expect(page.getByRole('heading', { name: '自评结果' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `results with trend (${scheme})`).toEqual([]);
  }
});

test('export downloads the result as JSON on this origin', async ({ page }) => {
  await start(page);
  await answer(page, FIRST);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出结果（JSON）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^五心自评-\d{4}-\d\d-\d\d\.json$/);
  expect(download.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    type: string;
    report: { overall: number; rows: { heart: string; score: number }[] };
    answers: { statementId: string; answer: number }[];
    history: unknown[];
  };
  const expected = expectedScores(FIRST);
  expect(data.type).toBe('playbook.wuxin-self-assessment');
  expect(data.report.overall).toBe(expected.overall);
  expect(Object.fromEntries(data.report.rows.map((r) => [r.heart, r.score]))).toEqual(expected.hearts);
  expect(data.answers).toHaveLength(TOTAL);
  for (const a of data.answers) {
    const s = STATEMENTS.find((x) => x.id === a.statementId);
    expect(s && FIRST(s)).toBe(a.answer);
  }
  expect(data.history).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
});

test('export makes a one-page PDF with real Chinese text of the scores', async ({ page }) => {
  await start(page);
  await answer(page, FIRST);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出报告（PDF）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^五心自评-\d{4}-\d\d-\d\d\.pdf$/);
  const path = await download.path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];
  expect(pages).toBe('1');
  const expected = expectedScores(FIRST);
  expect(text).toContain('五心自评报告');
  expect(text).toContain(`综合得分：${expected.overall}/100`);
  for (const [heart, score] of Object.entries(expected.hearts)) expect(text).toContain(`${heart}${score}`);
  await expect(page.getByRole('status').filter({ hasText: /已导出 五心自评-.*\.pdf/ })).toBeVisible();
});

test('a corrupt stored history does not break the page and is kept as a backup', async ({ page }) => {
  await page.goto('/self-assessment/');
  // The island has read the (empty) storage before the broken text is written.
  await expect(page.getByRole('button', { name: '开始自评' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('playbook:assessment:history', '{"version":1,"attempts":[{"completedAt":'));
  await page.reload();
  await expect(page.getByText('原内容已完整备份')).toBeVisible();
  await expect(page.getByRole('button', { name: '开始自评' })).toBeVisible();
  const backup = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('playbook:backup:playbook:assessment:history:'));
    return key ? localStorage.getItem(key) : null;
  });
  expect(backup).toBe('{"version":1,"attempts":[{"completedAt":');
  expect(await page.evaluate(() => localStorage.getItem('playbook:assessment:history'))).toBeNull();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('questions and results fit the width and can be completed by tapping', async ({ page }) => {
    test.slow();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await start(page);
    await expect(page.getByRole('radio', { name: '非常不同意', exact: true })).toBeVisible();
    expect(await overflow(), 'question').toBeLessThanOrEqual(0);
    // The options stack one per line on a phone.
    const boxes = await page.locator('.likert-option').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(new Set(boxes).size).toBe(5);
    // A tap anywhere on an option's box chooses it.
    await page.locator('.likert-option').filter({ hasText: '非常同意' }).tap({ position: { x: 300, y: 10 } });
    await expect(page.getByRole('radio', { name: '非常同意', exact: true })).toBeChecked();
    await answer(page, FIRST);
    await expectScores(page, FIRST);
    expect(await overflow(), 'results').toBeLessThanOrEqual(0);
    const chart = await page.locator('svg.radar').boundingBox();
    expect(chart?.width).toBeGreaterThan(250);
    expect(await axeViolations(page), 'results at 375 px').toEqual([]);
  });
});

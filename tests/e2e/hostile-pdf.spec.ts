/**
 * PDF exports of hostile files (part of the quality gates, issue 8): 申请表,
 * 完整档案 and 进度报表 of files whose every free-text field holds a corpus
 * string. Read back with poppler's pdftotext, each string must appear as
 * written — except what a printed page cannot show: control and invisible
 * formatting characters (bidi controls, zero-width characters) are dropped
 * (src/export/pdf/text.ts cleanText), and a lone surrogate, which is no
 * character at all, is printed as □ and listed to the user. No PDF may carry
 * an action, JavaScript, link or form; file names carry no bidi or control
 * characters. Files at the schema's length limits export without error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hostileCompleteFile, hostileTerminatedFile, maxLengthFile, type TextLeaf } from '../fixtures/hostile/files';
import { hugeString } from '../fixtures/hostile/corpus';
import { cleanText } from '../../src/export/pdf/text';
import { activeContent } from '../helpers/pdf-safety';
import { seedFiles, watchForHarm, expectInert } from '../helpers/hostile-page';

/** pdftotext's text without white space: table cells wrap, and lines of one-character words lose their spaces. */
const flat = (text: string) => text.replace(/\s+/g, '');

/** What the PDF should print for `text` (see the header): as pdftotext reads it back, flattened. */
const printed = (text: string) =>
  flat(
    text
      .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/.test(c) ? c : ''))
      .replace(/\p{Cs}/gu, '□'),
  );

/** Characters the site's own exports may never put into a file name. */
const UNSAFE_FILENAME = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"/\\|?*]/;

interface Pdf {
  text: string;
  pages: number;
  title: string;
  author: string;
  filename: string;
  bytes: Uint8Array;
}

async function exportPdf(page: Page, button: Locator, name: string): Promise<Pdf> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  return {
    text,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '',
    author: /^Author:\s+(.*)$/m.exec(info)?.[1] ?? '',
    filename: download.suggestedFilename(),
    bytes: new Uint8Array(readFileSync(path)),
  };
}

/**
 * Whether `needle` is in `haystack` in order, with at most `maxGap`
 * characters between two of its characters. pdftotext reads a table row
 * line by line, so when two cells of a row wrap, a few characters of the
 * neighbouring cell can come between the lines of a cell.
 */
function inOrder(haystack: string, needle: string, maxGap: number): boolean {
  if (haystack.includes(needle)) return true;
  const [first, ...rest] = needle;
  for (let start = haystack.indexOf(first ?? ''); start >= 0; start = haystack.indexOf(first ?? '', start + 1)) {
    let at = start;
    const ok = rest.every((char) => {
      const next = haystack.indexOf(char, at + 1);
      if (next < 0 || next - at - 1 > maxGap) return false;
      at = next;
      return true;
    });
    if (ok) return true;
  }
  return false;
}

/** The leaves whose printed text is missing from the PDF; `maxGap` > 0 for tables whose cells wrap side by side. */
function missingFrom(pdf: Pdf, leaves: readonly TextLeaf[], maxGap = 0): string[] {
  const all = flat(pdf.text);
  return leaves.filter((leaf) => !inOrder(all, printed(leaf.text), maxGap)).map((leaf) => `${leaf.path} (${leaf.name})`);
}

async function expectSafe(pdf: Pdf) {
  expect(pdf.pages).toBeGreaterThan(0);
  expect(await activeContent(pdf.bytes), `active content in ${pdf.filename}`).toEqual([]);
  expect(pdf.filename).toMatch(/\.pdf$/);
  expect(pdf.filename).not.toMatch(UNSAFE_FILENAME);
}

test.describe('PDF exports of hostile files', () => {
  test.describe.configure({ timeout: 120_000 });

  test('申请表 and 完整档案: every hostile string printed as text; no action, script or link', async ({ page }) => {
    const watch = watchForHarm(page);
    const complete = hostileCompleteFile();
    const terminated = hostileTerminatedFile();
    await seedFiles(page, [complete.file, terminated.file]);
    await page.goto(`/files/file/?id=${complete.file.id}`);
    const group = page.getByRole('region', { name: '导出 PDF' });

    const application = await exportPdf(page, group.getByRole('button', { name: '申请表 PDF' }), 'application.pdf');
    await expectSafe(application);
    const applicationLeaves = complete.leaves.filter((leaf) =>
      /^(customer\.|evaluation\.|application\.(reasons|applicant|approvals\.\w+\.(comment|by))$)/.test(leaf.path),
    );
    expect(applicationLeaves.length).toBeGreaterThan(10);
    expect(missingFrom(application, applicationLeaves), '申请表 fields not printed as written').toEqual([]);

    const full = await exportPdf(page, group.getByRole('button', { name: '完整档案 PDF' }), 'full.pdf');
    await expectSafe(full);
    expect(missingFrom(full, complete.leaves), '完整档案 fields not printed as written').toEqual([]);
    // Metadata is text too: the title names the customer (as cleaned for print), the author is the rep.
    expect(full.title).toBe(`新客户开发档案 · ${cleanText(complete.file.customer.name).trim()}`.split('\n')[0]);
    expect(full.author).toBe(cleanText(complete.file.owner).trim().split('\n')[0]);

    // A lone surrogate is no character: printed as □ and named to the user; nothing else is missing from the font.
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('字体中没有下列 2 个字符');
    await expectInert(page, watch, 'the workspace after the PDF exports');

    await page.goto(`/files/file/?id=${terminated.file.id}`);
    const stopped = await exportPdf(page, page.getByRole('button', { name: '完整档案 PDF' }), 'terminated.pdf');
    await expectSafe(stopped);
    expect(missingFrom(stopped, terminated.leaves.filter((leaf) => leaf.path.startsWith('execution.termination.'))), 'termination not printed').toEqual([]);
  });

  test('进度报表 of hostile files: names and activities printed as text; no action', async ({ page }) => {
    const complete = hostileCompleteFile();
    const terminated = hostileTerminatedFile();
    await seedFiles(page, [complete.file, terminated.file]);
    const controls = page.getByRole('group', { name: '新客户开发进度报表（PDF）' });
    const report = await exportPdf(page, controls.getByRole('button', { name: '进度报表 PDF：全部（2 份）' }), 'progress.pdf');
    await expectSafe(report);
    const names = [complete, terminated].flatMap(({ leaves }) => leaves.filter((leaf) => leaf.path === 'customer.name' || leaf.path === 'owner'));
    // The report is one wide table: a wrapped cell may have a few characters of its neighbour between its lines.
    expect(missingFrom(report, names, 12)).toEqual([]);
  });

  test('files at the length limits (about 100 KB of text) export all three PDFs without error', async ({ page }) => {
    test.setTimeout(240_000);
    const { file, leaves } = maxLengthFile();
    expect(leaves.reduce((sum, leaf) => sum + leaf.text.length, 0)).toBeGreaterThan(100_000);
    await seedFiles(page, [file]);
    await page.goto(`/files/file/?id=${file.id}`);
    const group = page.getByRole('region', { name: '导出 PDF' });
    for (const [button, name] of [
      ['申请表 PDF', 'max-application.pdf'],
      ['完整档案 PDF', 'max-full.pdf'],
    ] as const) {
      const pdf = await exportPdf(page, group.getByRole('button', { name: button }), name);
      await expectSafe(pdf);
      await expect(group.getByRole('status')).toContainText(`（${pdf.pages} 页，`);
      expect(flat(pdf.text).includes(printed(hugeString(40))), `${name} shows the long text`).toBe(true);
      if (button === '完整档案 PDF') {
        expect(pdf.pages).toBeGreaterThan(20);
        expect(missingFrom(pdf, leaves.slice(0, 3)), 'the first long texts printed whole').toEqual([]);
      }
    }
    await page.goto('/files/');
    const controls = page.getByRole('group', { name: '新客户开发进度报表（PDF）' });
    const report = await exportPdf(page, controls.getByRole('button', { name: '进度报表 PDF：全部（1 份）' }), 'max-progress.pdf');
    await expectSafe(report);
  });
});

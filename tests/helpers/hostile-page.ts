/**
 * Page checks for the hostile-input specs: what in the DOM would show that
 * hostile text was taken for markup, script or a URL; the text controls on
 * screen; and how the browser changes a string put into a control.
 *
 * Strings cross between Node and the page as JSON text, not as values:
 * Playwright's transport would turn a lone surrogate into U+FFFD, while
 * JSON.stringify writes it as an escape that JSON.parse restores.
 */
import { expect, type Page } from '@playwright/test';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';
import { stageInfo, WORKING_STAGES } from '../../src/domain/development-file/stages';
import { seedStorage } from './seed-storage';

/** Dialogs (alert, confirm, prompt) and new windows that opened while a test ran. */
export function watchForHarm(page: Page): { dialogs: string[]; popups: string[] } {
  const dialogs: string[] = [];
  const popups: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.context().on('page', (popup) => popups.push(popup.url()));
  return { dialogs, popups };
}

/**
 * Everything in the page that hostile text could have produced: elements
 * from markup (img src=x, iframe, object, embed, the corpus's #injected),
 * event-handler attributes, script-bearing URLs in any URL attribute
 * (javascript:, vbscript:, data:text/html, however cased or padded), and
 * scripts that call alert(). Empty when the page is inert.
 */
export async function harmInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'ping', 'content']);
    for (const el of document.querySelectorAll('*')) {
      for (const { name: attribute, value } of el.attributes) {
        const key = attribute.toLowerCase();
        if (key.startsWith('on')) found.push(`${name(el)} has an event handler attribute ${key}`);
        if (key === 'srcdoc') found.push(`${name(el)} has srcdoc`);
        if (URL_ATTRIBUTES.has(key)) {
          const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '').toLowerCase();
          if (/^(javascript:|vbscript:|data:text\/html)/.test(squeezed)) found.push(`${name(el)} ${key}="${value}"`);
        }
      }
    }
    for (const selector of ['img[src="x"]', 'iframe', 'object', 'embed', '#injected', 'meta[http-equiv="refresh" i]']) {
      for (const el of document.querySelectorAll(selector)) found.push(`${name(el)} matches ${selector}`);
    }
    for (const script of document.scripts) if (/alert\(/.test(script.text)) found.push('a script calls alert()');
    return found;
  });
}

/** The page is inert: nothing from harmInPage, no dialog, no new window. */
export async function expectInert(page: Page, watch: { dialogs: string[]; popups: string[] }, where: string): Promise<void> {
  expect(await harmInPage(page), `harmful DOM on ${where}`).toEqual([]);
  expect(watch.dialogs, `dialogs on ${where}`).toEqual([]);
  expect(watch.popups, `new windows on ${where}`).toEqual([]);
}

export interface TextControl {
  id: string;
  label: string;
  kind: 'input' | 'textarea';
  maxLength: number;
  value: string;
}

/**
 * Forms whose text is a draft until a button records it (an approval, a
 * termination request): the specs drive those by their labels instead.
 */
export const DRAFT_FORMS = '.approval, .termination';

/** The visible single- and multi-line text controls in <main>, outside the draft forms, in document order. */
export async function visibleTextControls(page: Page, outside: string = DRAFT_FORMS): Promise<TextControl[]> {
  const json = await page.evaluate((outsideSelector) => {
    const TEXT_TYPES = new Set(['text', 'tel', 'email', 'url', 'search']);
    const controls = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input, main textarea')].filter(
      (el) =>
        (el instanceof HTMLTextAreaElement || TEXT_TYPES.has(el.type)) &&
        el.checkVisibility() &&
        (outsideSelector === '' || !el.closest(outsideSelector)),
    );
    return JSON.stringify(
      controls.map((el) => ({
        id: el.id,
        label: el.labels?.[0]?.textContent ?? '',
        kind: el instanceof HTMLTextAreaElement ? 'textarea' : 'input',
        maxLength: el.maxLength,
        value: el.value,
      })),
    );
  }, outside);
  return JSON.parse(json) as TextControl[];
}

/** A control's value, read without Playwright's string transport. */
export async function controlValue(page: Page, id: string): Promise<string> {
  const json = await page.evaluate((controlId) => JSON.stringify((document.getElementById(controlId) as HTMLInputElement | null)?.value ?? null), id);
  return JSON.parse(json) as string;
}

/**
 * What a control holds after `text` is typed or pasted into it: a single-line
 * input turns each line break into a space, a textarea keeps line breaks as
 * LF; both stop at maxlength.
 */
export function typedValue(text: string, kind: TextControl['kind'], maxLength: number): string {
  const lines = kind === 'input' ? text.replace(/\r\n|\r|\n/g, ' ') : text.replace(/\r\n?/g, '\n');
  return maxLength >= 0 ? lines.slice(0, maxLength) : lines;
}

/** What a control shows for stored `text` (set by the page, not typed): an input drops line breaks, a textarea shows them as LF. */
export function shownValue(text: string, kind: TextControl['kind']): string {
  return kind === 'input' ? text.replace(/[\r\n]/g, '') : text.replace(/\r\n?/g, '\n');
}

/** Whether <main>'s text (not control values) contains each string, exactly or trimmed; by index. */
export async function mainTextContains(page: Page, texts: readonly string[]): Promise<boolean[]> {
  const json = await page.evaluate((textsJson) => {
    const wanted = JSON.parse(textsJson) as string[];
    const all = document.querySelector('main')?.textContent ?? '';
    return JSON.stringify(wanted.map((t) => all.includes(t) || (t.trim() !== '' && all.includes(t.trim()))));
  }, JSON.stringify(texts));
  return JSON.parse(json) as boolean[];
}

/** Replaces every stored file with `files` (as the store writes them) and reloads /files/. */
export async function seedFiles(page: Page, files: readonly DevelopmentFile[]): Promise<void> {
  await seedStorage(page, files, '/files/');
  await expect(page.getByRole('heading', { name: '档案列表' })).toBeVisible();
}

/** A file as stored in this browser, read without Playwright's string transport. */
export async function storedFile(page: Page, id: string): Promise<DevelopmentFile> {
  const json = await page.evaluate((key) => localStorage.getItem(key) ?? 'null', `playbook:file:${id}`);
  return developmentFileSchema.parse((JSON.parse(json) as { data: unknown }).data);
}

/** Every stored file, raw, by key: a refused import must leave this exactly as it was. */
export async function storageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('playbook:file:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

export const stageHeading = (id: (typeof WORKING_STAGES)[number]['id']) =>
  `第 ${WORKING_STAGES.findIndex((s) => s.id === id) + 1} 步 / 共 ${WORKING_STAGES.length} 步：${stageInfo(id).label}`;

/** Opens a stage of a file in the workspace. */
export async function openStage(page: Page, fileId: string, stage: (typeof WORKING_STAGES)[number]['id']): Promise<void> {
  await page.goto(`/files/file/?id=${fileId}&stage=${stage}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageHeading(stage));
}

/**
 * Shows every text control of the current view: folded visits are unfolded,
 * then each list entry with an 编辑 button is opened in turn (one at a
 * time, as the page allows) and `visit` is called for every control not
 * seen before. Draft forms are left out (see DRAFT_FORMS).
 */
export async function forEachTextControl(page: Page, visit: (control: TextControl) => Promise<void>): Promise<void> {
  const main = page.locator('main');
  const folded = main.locator('button[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
  const seen = new Set<string>();
  const visitNew = async () => {
    for (const control of await visibleTextControls(page)) {
      if (seen.has(control.id)) continue;
      seen.add(control.id);
      await visit(control);
    }
  };
  await visitNew();
  const edits = main.getByRole('button', { name: /^编辑/ });
  const count = await edits.count();
  for (let i = 0; i < count; i++) {
    await edits.nth(i).click();
    const done = main.getByRole('button', { name: '完成编辑' });
    await expect(done).toBeVisible();
    await visitNew();
    await done.click();
    await expect(edits).toHaveCount(count);
  }
}

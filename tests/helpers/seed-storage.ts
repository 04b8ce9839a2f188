import type { Page } from '@playwright/test';
import type { DevelopmentFile } from '../../src/domain/development-file/schema';
import { envelopeText } from './development-files';

/**
 * Replaces this browser's stored data with `files` (as the store writes them)
 * plus any raw `extra` entries, then opens `path`.
 *
 * The writing happens on a page without the development-file store: on an
 * island page the store would meet the new entries while that page unloads
 * and handle them there (a corrupt entry backed up and removed, say), and
 * the page under test would never see them.
 */
export async function seedStorage(
  page: Page,
  files: readonly DevelopmentFile[],
  path: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<void> {
  await page.goto('/learn/');
  const entries = { ...Object.fromEntries(files.map((f) => [`playbook:file:${f.id}`, envelopeText(f)])), ...extra };
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, entries);
  await page.goto(path);
}

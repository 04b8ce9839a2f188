/**
 * axe-core run in the page itself: injected once per document, asked only
 * for violations. @axe-core/playwright's analyze() finishes every run in a
 * fresh blank page of its own (runPartial + finishRun, for cross-origin
 * frames, which this site has none of) and returns every passing node too;
 * with ~250 checks per suite that was a large share of the end-to-end time.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;
export const WCAG_AND_BEST_PRACTICE = [...WCAG_TAGS, 'best-practice'] as const;

/** Each violation as “rule: the nodes it found”; empty when there is none. */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_TAGS): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the debugging protocol, so the page's strict CSP does not apply to it.
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(async (values) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(document, { runOnly: { type: 'tag', values: [...values] }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, tags);
}

/**
 * The on-page table of contents of a playbook page, read from its MDX source:
 * markdown headings (with the slugs the renderer gave them) plus the anchored
 * components — clauses, steps and the 五心 passage — in document order.
 */
import { clauseId, clauseTitle, isClauseNumber, stepId, WUXIN_ID, type GuideStep } from './clauses';

export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  depth: 2 | 3;
  id: string;
  text: string;
}

export function tableOfContents(body: string, headings: readonly RenderedHeading[]): TocItem[] {
  const pending = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const items: TocItem[] = [];
  let underHeading = false;
  const token =
    /^(#{2,3})\s+.+$|<Clause\s+n="([^"]+)">|<Step\s+n=\{(\d)\}\s+title="([^"]+)"|<Wuxin>/gm;
  for (const m of body.matchAll(token)) {
    if (m[1]) {
      const heading = pending.shift();
      if (heading) items.push({ depth: heading.depth as 2 | 3, id: heading.slug, text: heading.text });
      underHeading = true;
    } else if (m[2] !== undefined) {
      if (!isClauseNumber(m[2])) continue;
      items.push({ depth: underHeading ? 3 : 2, id: clauseId(m[2]), text: `${m[2]} ${clauseTitle(m[2])}` });
    } else if (m[3] !== undefined) {
      items.push({ depth: 2, id: stepId(Number(m[3]) as GuideStep), text: m[4] ?? '' });
      underHeading = true;
    } else {
      items.push({ depth: 2, id: WUXIN_ID, text: '五心' });
    }
  }
  return items;
}

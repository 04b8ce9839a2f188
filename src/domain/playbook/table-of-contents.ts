/**
 * The on-page table of contents of a playbook page, read from its MDX source:
 * markdown headings (with the slugs the renderer gave them) plus the anchored
 * components — clauses, steps and the 五心 passage — in document order.
 */
import { clauseId, isClauseNumber, stepId, WUXIN_ID, type GuideStep } from './clauses';

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

const SUMMARY_LENGTH = 14;

/** The first words of a clause, stripped of markdown, for a TOC line. */
export function summarise(markdown: string, length = SUMMARY_LENGTH): string {
  const text = markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/^\s*\d+\.\s+/gm, '')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, '')
    .replace(/[；。，：]+$/, '');
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function tableOfContents(body: string, headings: readonly RenderedHeading[]): TocItem[] {
  const pending = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const items: TocItem[] = [];
  let underHeading = false;
  const token =
    /^(#{2,3})\s+.+$|<Clause\s+n="([^"]+)">([\s\S]*?)<\/Clause>|<Step\s+n=\{(\d)\}\s+title="([^"]+)"|<Wuxin>/gm;
  for (const m of body.matchAll(token)) {
    if (m[1]) {
      const heading = pending.shift();
      if (heading) items.push({ depth: heading.depth as 2 | 3, id: heading.slug, text: heading.text });
      underHeading = true;
    } else if (m[2] !== undefined) {
      if (!isClauseNumber(m[2])) continue;
      items.push({ depth: underHeading ? 3 : 2, id: clauseId(m[2]), text: `${m[2]} ${summarise(m[3] ?? '')}` });
    } else if (m[4] !== undefined) {
      items.push({ depth: 2, id: stepId(Number(m[4]) as GuideStep), text: m[5] ?? '' });
      underHeading = true;
    } else {
      items.push({ depth: 3, id: WUXIN_ID, text: '五心' });
    }
  }
  return items;
}

/**
 * Clause-level ranking of Pagefind results.
 *
 * Pagefind ranks pages, and lists a page's sub-results (one per clause, step or
 * heading, via data-pagefind-title) in document order. A reader searching
 * 回款周期 wants clause 4.3.5 first, not the first clause of the best page, so
 * every section is scored on its own with BM25 over its weighted hits, using
 * the section's own length — a short clause that is about the term beats a
 * long one that mentions it in passing.
 */

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number };
  weighted_locations: WeightedLocation[];
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindPageData {
  url: string;
  word_count: number;
  meta: { title?: string };
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface RankedSection {
  url: string;
  title: string;
  pageTitle: string;
  excerpt: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

/** Words from this anchor up to the next anchor that starts after it. */
function sectionLength(page: PagefindPageData, sub: PagefindSubResult): number {
  const start = sub.anchor?.location ?? 0;
  const next = page.anchors
    .map((a) => a.location)
    .filter((loc) => loc > start)
    .reduce((min, loc) => Math.min(min, loc), page.word_count);
  return Math.max(1, next - start);
}

export function rankSections(pages: readonly PagefindPageData[], limit = 10): RankedSection[] {
  const sections = pages.flatMap((page) =>
    page.sub_results
      .filter((sub) => sub.weighted_locations.length > 0)
      .map((sub) => ({ page, sub, length: sectionLength(page, sub) })),
  );
  if (sections.length === 0) return [];
  const avgLength = sections.reduce((sum, s) => sum + s.length, 0) / sections.length;

  return sections
    .map(({ page, sub, length }, index) => {
      const tf = sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
      const norm = K1 * (1 - B + (B * length) / avgLength);
      return {
        url: sub.url,
        title: sub.title,
        pageTitle: page.meta.title ?? '',
        excerpt: sub.excerpt,
        score: (tf * (K1 + 1)) / (tf + norm),
        index,
      };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ index: _index, ...section }) => section);
}

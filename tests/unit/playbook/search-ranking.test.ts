import { describe, expect, test } from 'vitest';
import { rankSections, type PagefindPageData } from '../../../src/domain/playbook/search-ranking';

/** A page whose sections start at the given word positions, with hits at given positions. */
function pageWith(url: string, wordCount: number, sections: { id: string; at: number; hits: number[] }[]): PagefindPageData {
  return {
    url,
    word_count: wordCount,
    meta: { title: `页面 ${url}` },
    anchors: sections.map((s) => ({ element: 'div', id: s.id, location: s.at })),
    sub_results: sections.map((s) => ({
      title: `条款 ${s.id}`,
      url: `${url}#${s.id}`,
      excerpt: `…<mark>词</mark>…`,
      anchor: { element: 'div', id: s.id, location: s.at },
      weighted_locations: s.hits.map((location) => ({ weight: 1, balanced_score: 10, location })),
    })),
  };
}

describe('rankSections', () => {
  test('ranks sections across pages, not pages', () => {
    const a = pageWith('/a/', 100, [
      { id: 'a1', at: 0, hits: [] },
      { id: 'a2', at: 50, hits: [60] },
    ]);
    const b = pageWith('/b/', 20, [{ id: 'b1', at: 0, hits: [3, 8] }]);
    const ranked = rankSections([a, b]);
    expect(ranked.map((r) => r.url)).toEqual(['/b/#b1', '/a/#a2']);
  });

  test('a short section about the term beats a long one that mentions it as often', () => {
    const page = pageWith('/p/', 120, [
      { id: 'long', at: 0, hits: [10] },
      { id: 'short', at: 100, hits: [105] },
    ]);
    expect(rankSections([page])[0]?.url).toBe('/p/#short');
  });

  test('sections without hits are left out and the limit is kept', () => {
    const page = pageWith('/p/', 100, [
      { id: 's1', at: 0, hits: [1] },
      { id: 's2', at: 10, hits: [] },
      { id: 's3', at: 20, hits: [21] },
    ]);
    expect(rankSections([page]).map((r) => r.url)).toEqual(['/p/#s1', '/p/#s3']);
    expect(rankSections([page], 1)).toHaveLength(1);
    expect(rankSections([])).toEqual([]);
  });

  test('equal scores keep Pagefind’s page order', () => {
    const a = pageWith('/a/', 10, [{ id: 'x', at: 0, hits: [1] }]);
    const b = pageWith('/b/', 10, [{ id: 'y', at: 0, hits: [1] }]);
    expect(rankSections([a, b]).map((r) => r.url)).toEqual(['/a/#x', '/b/#y']);
    expect(rankSections([b, a]).map((r) => r.url)).toEqual(['/b/#y', '/a/#x']);
  });
});

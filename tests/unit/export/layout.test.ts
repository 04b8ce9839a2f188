/**
 * Page layout without a font (fixed-pitch metrics): A4 in both orientations,
 * how many table rows fit a page, the header row repeated on every page,
 * tall rows split between lines, headings kept with what follows, and the
 * “第 N 页 / 共 M 页” footer.
 */
import { describe, expect, it } from 'vitest';
import { fitText, layoutDocument, pageNumberText, STYLE, type DrawOp, type FontMetrics, type LaidOutPage } from '../../../src/export/pdf/layout';
import type { Block, PdfDocumentModel, TableBlock } from '../../../src/domain/documents/model';

/** Every character one em wide (Chinese), ASCII half an em. */
const metrics: FontMetrics = {
  width: (text, size) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 1 : 0.5), 0) * size,
  ascent: 0.88,
  descent: 0.12,
};

const doc = (blocks: Block[], orientation: 'portrait' | 'landscape' = 'portrait'): PdfDocumentModel => ({
  title: '测试报表',
  subtitle: '副标题',
  orientation,
  generatedOn: '2026-11-27',
  footer: '测试报表 · 页脚',
  blocks,
});

const texts = (page: LaidOutPage) => page.ops.filter((op): op is Extract<DrawOp, { kind: 'text' }> => op.kind === 'text');
const textOf = (page: LaidOutPage) => texts(page).map((op) => op.text);

function table(rows: number, cellText = (i: number) => `第${i}行`): TableBlock {
  return {
    kind: 'table',
    columns: [1, 3],
    header: [
      { text: '序号', style: 'header' },
      { text: '内容', style: 'header' },
    ],
    rows: Array.from({ length: rows }, (_, i) => [{ text: String(i + 1) }, { text: cellText(i + 1) }]),
  };
}

const rowHeight = (lines: number, size = STYLE.table) => lines * size * STYLE.cellLineHeight + 2 * STYLE.cellPadY;

describe('pages', () => {
  it('are A4, portrait or landscape', () => {
    const portrait = layoutDocument(doc([]), metrics);
    expect([portrait.width, portrait.height]).toEqual([595.28, 841.89]);
    const landscape = layoutDocument(doc([], 'landscape'), metrics);
    expect([landscape.width, landscape.height]).toEqual([841.89, 595.28]);
  });

  it('keep everything inside the margins, except the footer below the text area', () => {
    const layout = layoutDocument(doc([table(120)]), metrics);
    const m = STYLE.margin.portrait;
    for (const page of layout.pages) {
      for (const op of page.ops) {
        if (op.kind === 'text') {
          expect(op.x).toBeGreaterThanOrEqual(m.left - 0.01);
          expect(op.x + metrics.width(op.text, op.size)).toBeLessThanOrEqual(layout.width - m.right + 0.01);
          expect(op.y).toBeLessThanOrEqual(layout.height - 10);
          expect(op.y).toBeGreaterThan(m.top);
        }
        if (op.kind === 'rect') expect(op.y + op.height).toBeLessThanOrEqual(layout.height - m.bottom + 0.01);
      }
    }
  });
});

describe('tables', () => {
  it('fill each page with as many whole rows as fit, then go on with the header repeated', () => {
    const layout = layoutDocument(doc([table(120)]), metrics);
    const m = STYLE.margin.portrait;
    const textHeight = 841.89 - m.top - m.bottom;
    const perFullPage = Math.floor((textHeight - rowHeight(1)) / rowHeight(1));
    expect(perFullPage).toBe(35);

    const rowsOn = layout.pages.map((page) => textOf(page).filter((t) => /^第\d+行$/.test(t)).length);
    expect(rowsOn.reduce((a, b) => a + b, 0)).toBe(120);
    // Pages after the first (which starts with the title) are full, but for the last.
    for (const count of rowsOn.slice(1, -1)) expect(count).toBe(perFullPage);
    expect(layout.pages.length).toBe(4);

    for (const page of layout.pages) {
      const header = texts(page).filter((op) => op.text === '内容');
      expect(header, 'one header row per page').toHaveLength(1);
      expect(header[0]?.bold).toBe(true);
    }
    // On continuation pages the header is the first thing at the top of the text area.
    for (const page of layout.pages.slice(1)) {
      const first = page.ops.find((op) => op.kind === 'rect');
      expect(first?.kind === 'rect' && first.y).toBeCloseTo(m.top, 5);
      expect(textOf(page)[0]).toBe('序号');
    }
    // Rows stay in order.
    const order = layout.pages.flatMap((page) => textOf(page).filter((t) => /^第\d+行$/.test(t)).map((t) => Number(t.slice(1, -1))));
    expect(order).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('split a row taller than a page between lines, each line once and in order, under a repeated header', () => {
    const long = Array.from({ length: 150 }, (_, i) => `行${String(i + 1).padStart(3, '0')}`).join('\n');
    const layout = layoutDocument(doc([table(1, () => long)]), metrics);
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    const lines = layout.pages.flatMap((page) => textOf(page).filter((t) => /^行\d{3}$/.test(t)));
    expect(lines).toEqual(Array.from({ length: 150 }, (_, i) => `行${String(i + 1).padStart(3, '0')}`));
    for (const page of layout.pages) expect(textOf(page).filter((t) => t === '内容')).toHaveLength(1);
  });

  it('repeat a split row’s field name on the next page, marked （续）', () => {
    const long = Array.from({ length: 80 }, (_, i) => `第${i + 1}句`).join('\n');
    const layout = layoutDocument(doc([{ kind: 'table', columns: [1, 3], rows: [[{ text: '调查结果', style: 'label' }, { text: long }]] }]), metrics);
    expect(layout.pages.length).toBe(2);
    expect(textOf(layout.pages[0] as LaidOutPage)).toContain('调查结果');
    expect(textOf(layout.pages[1] as LaidOutPage)).toContain('调查结果（续）');
  });

  it('move a row that fits on a page to the next page whole rather than split it', () => {
    const filler: Block = { kind: 'spacer', height: 600 };
    const five = Array.from({ length: 5 }, (_, i) => `五行${i + 1}`).join('\n');
    const layout = layoutDocument(doc([filler, table(3, () => five)]), metrics);
    for (const page of layout.pages) {
      const shown = textOf(page).filter((t) => t.startsWith('五行'));
      expect(shown.length % 5, 'a five-line row is never cut').toBe(0);
    }
  });

  it('wrap long cell text inside the column', () => {
    const text = '很长的说明文字'.repeat(20);
    const layout = layoutDocument(doc([table(1, () => text)]), metrics);
    const lines = layout.pages.flatMap((page) => textOf(page)).filter((t) => t.startsWith('很') || t.startsWith('长') || t.includes('说明'));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
  });
});

describe('headings', () => {
  it('are never the last thing on a page', () => {
    for (let filler = 560; filler <= 700; filler += 7) {
      const layout = layoutDocument(doc([{ kind: 'spacer', height: filler }, { kind: 'heading', text: '二、客户评估' }, table(3)]), metrics);
      const withHeading = layout.pages.find((page) => textOf(page).includes('二、客户评估'));
      expect(withHeading && textOf(withHeading).some((t) => /^第\d+行$/.test(t)), `filler ${filler}`).toBe(true);
    }
  });
});

describe('footer', () => {
  it('numbers every page “第 N 页 / 共 M 页” and repeats the generation date and label', () => {
    const layout = layoutDocument(doc([table(120)]), metrics);
    const count = layout.pages.length;
    layout.pages.forEach((page, i) => {
      const t = textOf(page);
      expect(t).toContain(`第 ${i + 1} 页 / 共 ${count} 页`);
      expect(t).toContain('生成日期：2026-11-27');
      expect(t).toContain('测试报表 · 页脚');
    });
    expect(pageNumberText(3, 12)).toBe('第 3 页 / 共 12 页');
  });

  it('cuts a label too long for its place with “…”', () => {
    const measure = (t: string) => metrics.width(t, 10);
    expect(fitText('短标签', 100, measure)).toBe('短标签');
    const cut = fitText('很长很长的客户名称'.repeat(5), 100, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(100);
  });
});

describe('paragraphs', () => {
  it('flow over pages line by line', () => {
    const text = Array.from({ length: 120 }, (_, i) => `段落第${i + 1}行`).join('\n');
    const layout = layoutDocument(doc([{ kind: 'paragraph', text }]), metrics);
    expect(layout.pages.length).toBe(3);
    const lines = layout.pages.flatMap((page) => textOf(page).filter((t) => t.startsWith('段落')));
    expect(lines).toHaveLength(120);
  });
});

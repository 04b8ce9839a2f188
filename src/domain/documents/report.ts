/**
 * A simple one-page (or longer) report for other features: quiz results,
 * the 五心 self-assessment … Describe it, the layout does the rest (A4,
 * margins, wrapping, tables split across pages with their header repeated,
 * “第 N 页 / 共 M 页” and the generation date in every footer).
 *
 * From an island (src/export/pdf/client.ts runs it in the PDF worker, so
 * nothing of it is downloaded before the click):
 *
 *   import { downloadPdf, renderReport, PdfError } from '../../export/pdf/client';
 *   const pdf = await renderReport({
 *     title: '新客户开发知识测验成绩单',
 *     subtitle: '张伟 · 2026-11-27',
 *     sections: [
 *       { heading: '成绩', rows: [['得分', '85 / 100'], ['用时', '12 分钟']] },
 *       { heading: '错题', table: { columns: ['题目', { header: '你的答案', width: 0.5 }, { header: '正确答案', width: 0.5 }], rows: [['…', 'B', 'C']] } },
 *       { heading: '建议', paragraphs: ['复习 4.2.4 专项调查。'] },
 *     ],
 *   });
 *   downloadPdf(pdf);   // and list pdf.missingCharacters, if any, to the user
 *
 * A failure rejects with a PdfError whose message is Chinese, for the user
 * (reason 'font': the font could not be fetched).
 */
import type { Block, Orientation, PdfDocumentModel } from './model';

export interface ReportTableColumn {
  header: string;
  /** Relative width; 1 by default. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface ReportSection {
  heading?: string;
  /** Label/value pairs, shown as a two-column form grid. */
  rows?: readonly (readonly [label: string, value: string])[];
  /** Running text; a newline inside one starts a new line. */
  paragraphs?: readonly string[];
  /** A table whose header row repeats on every page it reaches. */
  table?: {
    columns: readonly (string | ReportTableColumn)[];
    rows: readonly (readonly string[])[];
  };
}

export interface ReportSpec {
  title: string;
  subtitle?: string;
  orientation?: Orientation;
  sections: readonly ReportSection[];
  /** Footer text on every page; the title by default. */
  footer?: string;
  /** Base of the downloaded file's name (without .pdf); the title by default. */
  filename?: string;
  author?: string;
}

export function reportDocument(spec: ReportSpec, generatedOn: string): PdfDocumentModel {
  const blocks: Block[] = [];
  for (const section of spec.sections) {
    if (section.heading) blocks.push({ kind: 'heading', text: section.heading });
    for (const text of section.paragraphs ?? []) blocks.push({ kind: 'paragraph', text });
    if (section.rows && section.rows.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [1.3, 3.7],
        rows: section.rows.map(([label, value]) => [{ text: label, style: 'label' }, { text: value }]),
      });
    }
    if (section.table) {
      const columns = section.table.columns.map((c) => (typeof c === 'string' ? { header: c } : c));
      blocks.push({
        kind: 'table',
        columns: columns.map((c) => c.width ?? 1),
        header: columns.map((c) => ({ text: c.header, style: 'header' as const, ...(c.align ? { align: c.align } : {}) })),
        rows: section.table.rows.map((row) =>
          columns.map((c, i) => ({ text: row[i] ?? '', ...(c.align ? { align: c.align } : {}) })),
        ),
      });
    }
  }
  return {
    title: spec.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
    orientation: spec.orientation ?? 'portrait',
    generatedOn,
    ...(spec.footer ? { footer: spec.footer } : {}),
    ...(spec.author ? { author: spec.author } : {}),
    blocks,
  };
}

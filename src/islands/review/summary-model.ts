/**
 * The 申请表 as the review page shows it: the same document the PDF prints
 * (applicationDocument), cut into its numbered sections, with label/value
 * grids turned into pairs (a definition list on the page) and tables with a
 * header kept as tables. The approval section is left out: the page has the
 * approval forms instead.
 */
import type { Block, Cell, PdfDocumentModel } from '../../domain/documents/model';

export type SummaryPart =
  | { kind: 'pairs'; pairs: { label: string; value: string }[] }
  | { kind: 'table'; header: readonly Cell[]; rows: readonly (readonly Cell[])[] }
  | { kind: 'text'; text: string };

export interface SummarySection {
  heading: string;
  parts: SummaryPart[];
}

/** The section heading the PDF prints above the two approval blocks (…、审批). */
const APPROVAL_HEADING = /、审批$/;

function partOf(block: Block): SummaryPart | null {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'text', text: block.text };
    case 'table': {
      if (block.header) return { kind: 'table', header: block.header, rows: block.rows };
      const pairs: { label: string; value: string }[] = [];
      for (const row of block.rows) {
        for (let i = 0; i < row.length; i++) {
          const cell = row[i];
          if (cell?.style === 'label') pairs.push({ label: cell.text, value: row[i + 1]?.text ?? '' });
        }
      }
      return { kind: 'pairs', pairs };
    }
    default:
      return null;
  }
}

export function summarySections(model: PdfDocumentModel): SummarySection[] {
  const sections: SummarySection[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'heading') {
      sections.push({ heading: block.text, parts: [] });
      continue;
    }
    const part = partOf(block);
    const current = sections.at(-1);
    if (part && current) current.parts.push(part);
  }
  return sections.filter((s) => !APPROVAL_HEADING.test(s.heading));
}

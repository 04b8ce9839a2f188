/**
 * readImports(): several export documents at once (a manager receives one
 * from each rep), previewed as one import. Each document is read by
 * readImport(); a refused document is listed with its reason and the others
 * still go ahead. Never throws, changes nothing.
 *
 * The same file in two documents (a rep sent Monday's and Friday's export):
 * the newer copy by version vector is previewed and the older is listed as
 * superseded. Two copies each edited since they parted cannot be ordered;
 * the second is shown as invalid with a reason, so neither is taken silently.
 */
import { relate } from './classify';
import { countByStatus, readImport, type ImportOptions, type ImportPreview, type PreviewEntry } from './import';

export interface NamedDocument {
  /** The file name, shown to the user as text. */
  name: string;
  text: string;
}

export interface SupersededCopy {
  customerName: string;
  /** The document the older copy came from. */
  from: string;
  /** The document whose newer copy is previewed instead. */
  keptFrom: string;
}

export interface ManyImportResult {
  /** Documents refused whole, with their Chinese reason. */
  refused: { name: string; message: string }[];
  /** Names of the documents read, in the order given. */
  accepted: string[];
  /** All accepted documents' entries, each with its `source`; null when none was accepted. */
  preview: ImportPreview | null;
  superseded: SupersededCopy[];
}

export function readImports(
  documents: readonly NamedDocument[],
  localFiles: Parameters<typeof readImport>[1],
  options: ImportOptions = {},
): ManyImportResult {
  const refused: ManyImportResult['refused'] = [];
  const accepted: string[] = [];
  const superseded: SupersededCopy[] = [];
  const entries: PreviewEntry[] = [];
  /** Where each valid file id sits in `entries`. */
  const byId = new Map<string, number>();
  let first: ImportPreview | null = null;

  for (const { name, text } of documents) {
    const result = readImport(text, localFiles, options);
    if (!result.ok) {
      refused.push({ name: name, message: result.message });
      continue;
    }
    accepted.push(name);
    first ??= result.preview;
    for (const entry of result.preview.entries) {
      const sourced: PreviewEntry = { ...entry, source: name };
      if (sourced.status === 'invalid') {
        entries.push(sourced);
        continue;
      }
      const at = byId.get(sourced.id);
      const earlier = at === undefined ? undefined : entries[at];
      if (at === undefined || earlier === undefined || earlier.status === 'invalid') {
        byId.set(sourced.id, entries.length);
        entries.push(sourced);
        continue;
      }
      const order = relate(sourced.theirs, earlier.theirs);
      if (order === 'same' || order === 'older') {
        superseded.push({ customerName: sourced.customerName, from: name, keptFrom: earlier.source ?? '' });
      } else if (order === 'newer') {
        superseded.push({ customerName: earlier.customerName, from: earlier.source ?? '', keptFrom: name });
        entries[at] = sourced;
      } else {
        entries.push({
          status: 'invalid',
          index: sourced.index,
          source: name,
          id: sourced.id,
          customerName: sourced.customerName,
          stage: sourced.stage,
          theirsUpdatedAt: sourced.theirsUpdatedAt,
          mineUpdatedAt: sourced.mineUpdatedAt,
          reasons: [`与“${earlier.source ?? ''}”中的同一份档案各自有修改，无法判断哪份较新；请单独导入这个文件后再选择处理方式`],
        });
      }
    }
  }

  const preview: ImportPreview | null =
    first === null ? null : { ...first, entries, counts: countByStatus(entries) };
  return { refused, accepted, preview, superseded };
}

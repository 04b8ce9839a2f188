/**
 * What in a PDF could act rather than show: actions (JavaScript, Launch,
 * URI, SubmitForm …), automatic actions (OpenAction, AA), annotations,
 * forms, embedded files. Read with pdf-lib, which expands object streams;
 * page content streams are also decompressed and searched for the same
 * names. Returns what it found; empty for a PDF that only draws.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

const ACTIVE_KEYS = new Set([
  'JS',
  'JavaScript',
  'Launch',
  'URI',
  'OpenAction',
  'AA',
  'SubmitForm',
  'ImportData',
  'ResetForm',
  'GoToR',
  'GoToE',
  'Rendition',
  'RichMedia',
  'EmbeddedFile',
  'EmbeddedFiles',
  'AcroForm',
  'XFA',
  'Annots',
]);
const ACTIVE_IN_CONTENT = /\/(JavaScript|JS|Launch|URI|OpenAction|AA|SubmitForm)\b|javascript:/i;

export async function activeContent(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const found: string[] = [];
  const visited = new Set<PDFObject>();
  const walk = (object: PDFObject | undefined, where: string): void => {
    if (object === undefined || visited.has(object)) return;
    visited.add(object);
    if (object instanceof PDFName && ACTIVE_KEYS.has(object.decodeText())) found.push(`${where}: the name /${object.decodeText()}`);
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : null;
    if (dict) {
      for (const [key, value] of dict.entries()) {
        // pdf-lib gives every page an empty /Annots array: only annotations are a finding.
        const emptyList = value instanceof PDFArray && value.size() === 0;
        if (ACTIVE_KEYS.has(key.decodeText()) && !emptyList) found.push(`${where}: /${key.decodeText()}`);
        if (!(value instanceof PDFRef)) walk(value, `${where}/${key.decodeText()}`);
      }
    }
    if (object instanceof PDFArray) object.asArray().forEach((item, i) => item instanceof PDFRef || walk(item, `${where}[${i}]`));
  };
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) walk(object, ref.toString());

  for (const [n, page] of doc.getPages().entries()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      const match = ACTIVE_IN_CONTENT.exec(text);
      if (match) found.push(`page ${n + 1} content: ${match[0]}`);
    }
  }
  return found;
}

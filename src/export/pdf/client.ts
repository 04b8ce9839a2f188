/**
 * The page's side of the PDF export, small enough to sit in an island's
 * first load: it starts the PDF worker (worker.ts) on the first request,
 * so none of the PDF code, HarfBuzz or the font is fetched before someone
 * exports, and the page stays responsive while a PDF is made.
 *
 * For other features (quiz results, the self-assessment), from a click handler:
 *
 *   import { downloadPdf, renderReport } from '../../export/pdf/client';
 *   const pdf = await renderReport({ title: '…', sections: [{ heading: '成绩', rows: [['得分', '85']] }] });
 *   downloadPdf(pdf);   // then tell the user about pdf.missingCharacters, if any
 *
 * See report.ts for what a report may contain.
 */
import type { DevelopmentFile } from '../../domain/development-file/schema';
import type { PdfOptions, PdfReply, PdfRequest, PdfResult, ReportSpec } from './protocol';

export type { PdfOptions, PdfResult, ReportSpec };
export type { ReportSection, ReportTableColumn } from '../../domain/documents/report';

/** Failure to make a PDF; `message` is Chinese, for the user. */
export class PdfError extends Error {
  /** font: the font could not be fetched (offline?); worker: the PDF code could not be loaded. */
  readonly reason: 'font' | 'worker' | 'other';
  constructor(reason: 'font' | 'worker' | 'other', message: string) {
    super(message);
    this.name = 'PdfError';
    this.reason = reason;
  }
}

const FONT_MESSAGE = '无法加载中文字体，请检查网络后重试';
const WORKER_MESSAGE = '无法加载 PDF 导出功能，请检查网络后重试';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: PdfResult) => void; reject: (e: PdfError) => void }>();

function failAll(error: PdfError): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'pdf-export' });
  started.addEventListener('message', (event: MessageEvent<PdfReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(reply.error === 'font' ? new PdfError('font', FONT_MESSAGE) : new PdfError('other', reply.message));
  });
  // The worker's script itself could not be loaded or crashed: start afresh next time.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    failAll(new PdfError('worker', WORKER_MESSAGE));
  });
  worker = started;
  return started;
}

export function requestPdf(request: PdfRequest): Promise<PdfResult> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    try {
      startWorker().postMessage({ id, request });
    } catch {
      pending.delete(id);
      reject(new PdfError('worker', WORKER_MESSAGE));
    }
  });
}

export const applicationPdf = (file: DevelopmentFile, options?: PdfOptions) =>
  requestPdf({ kind: 'application', file, ...(options ? { options } : {}) });
export const fullFilePdf = (file: DevelopmentFile, options?: PdfOptions) =>
  requestPdf({ kind: 'fullFile', file, ...(options ? { options } : {}) });
export const progressReportPdf = (files: readonly DevelopmentFile[], options?: PdfOptions) =>
  requestPdf({ kind: 'progressReport', files, ...(options ? { options } : {}) });
/** A report other features describe (quiz results, self-assessment): see report.ts. */
export const renderReport = (spec: ReportSpec, options?: PdfOptions) =>
  requestPdf({ kind: 'report', spec, ...(options ? { options } : {}) });

/** Saves the PDF: a Blob, an object URL on this origin and a temporary <a download>. */
export function downloadPdf(result: PdfResult): void {
  const url = URL.createObjectURL(new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

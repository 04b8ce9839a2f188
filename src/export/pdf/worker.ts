/**
 * The PDF worker: everything heavy of the export (pdf-lib, HarfBuzz, the
 * font, the document builders) runs here, off the page's thread, and is
 * downloaded only when the first PDF is asked for (client.ts starts it).
 */
import { browserSubsetFont, FontLoadError } from './browser-font';
import { createPdfExports } from './exports';
import type { PdfReply, PdfRequest } from './protocol';

/** The worker's global scope, typed here (the project's types are the DOM's, not the worker lib's). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<{ id: number; request: PdfRequest }>) => void): void;
  postMessage(message: PdfReply, transfer?: Transferable[]): void;
};

const pdf = createPdfExports(browserSubsetFont);

function make(request: PdfRequest) {
  switch (request.kind) {
    case 'application':
      return pdf.application(request.file, request.options);
    case 'fullFile':
      return pdf.fullFile(request.file, request.options);
    case 'progressReport':
      return pdf.progressReport(request.files, request.options);
    case 'report':
      return pdf.report(request.spec, request.options);
  }
}

scope.addEventListener('message', (event) => {
  const { id, request } = event.data;
  make(request).then(
    (result) => {
      const reply: PdfReply = { id, ok: true, result };
      scope.postMessage(reply, [result.bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const reply: PdfReply = {
        id,
        ok: false,
        error: error instanceof FontLoadError ? 'font' : 'other',
        message: error instanceof Error ? error.message : String(error),
      };
      scope.postMessage(reply);
    },
  );
});

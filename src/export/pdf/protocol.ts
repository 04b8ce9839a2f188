/** Messages between the page (client.ts) and the PDF worker (worker.ts). Types only. */
import type { DevelopmentFile } from '../../domain/development-file/schema';
import type { PdfOptions } from './exports';
import type { PdfResult } from './generate';
import type { ReportSpec } from '../../domain/documents/report';

export type PdfRequest =
  | { kind: 'application'; file: DevelopmentFile; options?: PdfOptions }
  | { kind: 'fullFile'; file: DevelopmentFile; options?: PdfOptions }
  | { kind: 'progressReport'; files: readonly DevelopmentFile[]; options?: PdfOptions }
  | { kind: 'report'; spec: ReportSpec; options?: PdfOptions };

export type PdfReply =
  | { id: number; ok: true; result: PdfResult }
  | { id: number; ok: false; error: 'font' | 'other'; message: string };

export type { PdfOptions, PdfResult, ReportSpec };

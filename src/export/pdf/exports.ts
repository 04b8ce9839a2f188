/**
 * The PDFs the site makes, bound to a font source: the browser's (browser.ts,
 * fetches the font when first used) or Node's (node-font.ts, tests and the
 * benchmark). Both run exactly this code.
 */
import { safeFilenamePart } from '../../domain/exchange/export';
import { calendarDateIn } from '../../domain/exchange/dates';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { APPLICATION_TITLE, applicationDocument, customerName } from '../../domain/documents/application';
import { fullFileDocument } from '../../domain/documents/full-file';
import { PROGRESS_REPORT_TITLE, progressReportDocument } from '../../domain/documents/progress-report';
import { generatePdf, type PdfResult, type SubsetFont } from './generate';
import { reportDocument, type ReportSpec } from '../../domain/documents/report';
import type { ActiveRules } from '../../domain/settings/company-settings';

export interface PdfOptions {
  /** The generation date (YYYY-MM-DD) and “today” for derived facts; the local date by default. */
  today?: string;
  /** For printing stored times; the runtime's time zone by default. */
  timeZone?: string;
  /** Fixed creation date in the PDF's metadata (tests); now by default. */
  createdAt?: Date;
  /** The company's rules in force (公司设置); the site's defaults when absent. */
  rules?: ActiveRules;
  /** 签名审批: each printed record's signature check, in words, by record key. */
  signatureMarks?: Readonly<Record<string, string>>;
}

export interface PdfExports {
  /** 新客户开发申请表 of one file. */
  application(file: DevelopmentFile, options?: PdfOptions): Promise<PdfResult>;
  /** The whole development file. */
  fullFile(file: DevelopmentFile, options?: PdfOptions): Promise<PdfResult>;
  /** 新客户开发进度报表 over several files (landscape). */
  progressReport(files: readonly DevelopmentFile[], options?: PdfOptions): Promise<PdfResult>;
  /** A report described by other features (quiz, self-assessment); see report.ts. */
  report(spec: ReportSpec, options?: PdfOptions): Promise<PdfResult>;
}

export function createPdfExports(subsetFont: SubsetFont): PdfExports {
  const settle = (options: PdfOptions = {}) => {
    const today = options.today ?? calendarDateIn(new Date(), options.timeZone);
    return {
      doc: { today, ...(options.timeZone ? { timeZone: options.timeZone } : {}), ...(options.rules ? { rules: options.rules } : {}), ...(options.signatureMarks ? { signatureMarks: options.signatureMarks } : {}) },
      generate: (filename: string) => ({ filename, ...(options.createdAt ? { createdAt: options.createdAt } : {}) }),
    };
  };
  return {
    application(file, options) {
      const { doc, generate } = settle(options);
      const name = safeFilenamePart(customerName(file));
      return generatePdf(applicationDocument(file, doc), subsetFont, generate(`${APPLICATION_TITLE}-${name}-${doc.today}.pdf`));
    },
    fullFile(file, options) {
      const { doc, generate } = settle(options);
      const name = safeFilenamePart(customerName(file));
      return generatePdf(fullFileDocument(file, doc), subsetFont, generate(`开发档案-${name}-${doc.today}.pdf`));
    },
    progressReport(files, options) {
      const { doc, generate } = settle(options);
      return generatePdf(progressReportDocument(files, doc), subsetFont, generate(`${PROGRESS_REPORT_TITLE}-${files.length}份-${doc.today}.pdf`));
    },
    report(spec, options) {
      const { doc, generate } = settle(options);
      const base = safeFilenamePart(spec.filename ?? spec.title, '报告');
      return generatePdf(reportDocument(spec, doc.today), subsetFont, generate(`${base}-${doc.today}.pdf`));
    },
  };
}

export type { PdfResult, ReportSpec };

/**
 * Customer codes (4.6.1): prefix, year and a zero-padded serial, e.g.
 * KH-2026-0001. Serials restart each year; the next free code of a year is one
 * past the highest used, so a deleted file's code is never handed out again
 * while a higher one exists.
 */
import { DEVELOPMENT_CONFIG } from './config';
import type { DevelopmentFile } from './schema';

/** DEVELOPMENT_CONFIG.customerCode with its literal types widened. */
export interface CustomerCodeConfig {
  prefix: string;
  serialDigits: number;
}

const DEFAULT_CONFIG: CustomerCodeConfig = DEVELOPMENT_CONFIG.customerCode;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

export function parseCustomerCode(
  code: string,
  config: CustomerCodeConfig = DEFAULT_CONFIG,
): { year: number; serial: number } | null {
  const match = new RegExp(`^${escapeRegExp(config.prefix)}-(\\d{4})-(\\d{${config.serialDigits}})$`).exec(code);
  if (!match?.[1] || !match[2]) return null;
  const serial = Number(match[2]);
  // 0000 is a placeholder people type, not a serial.
  return serial >= 1 ? { year: Number(match[1]), serial } : null;
}

export function isValidCustomerCode(code: string, config: CustomerCodeConfig = DEFAULT_CONFIG): boolean {
  return parseCustomerCode(code, config) !== null;
}

export function formatCustomerCode(year: number, serial: number, config: CustomerCodeConfig = DEFAULT_CONFIG): string {
  return `${config.prefix}-${String(year).padStart(4, '0')}-${String(serial).padStart(config.serialDigits, '0')}`;
}

/**
 * One past the highest serial used in `year`; codes of other years and
 * malformed codes are ignored. Null when the year's serials are used up.
 */
export function nextCustomerCode(
  files: readonly DevelopmentFile[],
  year: number,
  config: CustomerCodeConfig = DEFAULT_CONFIG,
): string | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`年份无效：${year}`);
  let highest = 0;
  for (const file of files) {
    const parsed = parseCustomerCode(file.onboarding.customerCode.trim(), config);
    if (parsed && parsed.year === year) highest = Math.max(highest, parsed.serial);
  }
  const serial = highest + 1;
  return String(serial).length > config.serialDigits ? null : formatCustomerCode(year, serial, config);
}

function comparable(code: string): string {
  return code.trim().toUpperCase();
}

/** The file (other than `exceptId`) that already uses `code`. */
export function findCustomerCodeHolder(
  code: string,
  files: readonly DevelopmentFile[],
  exceptId?: string,
): DevelopmentFile | undefined {
  const wanted = comparable(code);
  if (wanted === '') return undefined;
  return files.find((f) => f.id !== exceptId && comparable(f.onboarding.customerCode) === wanted);
}

export function customerCodeTaken(code: string, files: readonly DevelopmentFile[], exceptId?: string): boolean {
  return findCustomerCodeHolder(code, files, exceptId) !== undefined;
}

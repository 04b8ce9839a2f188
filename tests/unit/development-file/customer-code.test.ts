import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  customerCodeTaken,
  findCustomerCodeHolder,
  formatCustomerCode,
  isValidCustomerCode,
  nextCustomerCode,
  parseCustomerCode,
} from '../../../src/domain/development-file/customer-code';
import type { DevelopmentFile } from '../../../src/domain/development-file/schema';
import { blankFile } from './fixtures';

const withCode = (id: string, customerCode: string): DevelopmentFile => {
  const file = blankFile(id);
  return { ...file, onboarding: { ...file.onboarding, customerCode } };
};

describe('customer code pattern', () => {
  test('prefix, year and a four-digit serial', () => {
    expect(parseCustomerCode('KH-2026-0001')).toEqual({ year: 2026, serial: 1 });
    expect(isValidCustomerCode('KH-2025-9999')).toBe(true);
    expect(formatCustomerCode(2026, 42)).toBe('KH-2026-0042');
  });

  test.each([
    '',
    'KH-2026-0000',
    'kh-2026-0001',
    'KH-26-0001',
    'KH-2026-001',
    'KH-2026-00001',
    ' KH-2026-0001',
    'KX-2026-0001',
    'KH2026-0001',
    'KH-２０２６-0001',
  ])('%j is not a code', (code) => {
    expect(isValidCustomerCode(code)).toBe(false);
  });

  test('another prefix and width from the config, taken literally', () => {
    const config = { prefix: 'C.N', serialDigits: 3 };
    expect(isValidCustomerCode('C.N-2026-001', config)).toBe(true);
    expect(isValidCustomerCode('CXN-2026-001', config)).toBe(false);
    expect(formatCustomerCode(2026, 7, config)).toBe('C.N-2026-007');
  });
});

describe('nextCustomerCode', () => {
  test('the first of a year is 0001', () => {
    expect(nextCustomerCode([], 2026)).toBe('KH-2026-0001');
  });

  test('one past the highest of that year, ignoring other years and malformed codes', () => {
    const files = [
      withCode('a', 'KH-2026-0003'),
      withCode('b', 'KH-2026-0007'),
      withCode('c', 'KH-2025-0042'),
      withCode('d', 'KH-2026-07'),
      withCode('e', 'not a code'),
      withCode('f', ''),
      withCode('g', ' KH-2026-0005 '),
    ];
    expect(nextCustomerCode(files, 2026)).toBe('KH-2026-0008');
    expect(nextCustomerCode(files, 2025)).toBe('KH-2025-0043');
    expect(nextCustomerCode(files, 2027)).toBe('KH-2027-0001');
  });

  test('null when the year is full; an impossible year is an error', () => {
    expect(nextCustomerCode([withCode('a', 'KH-2026-9999')], 2026)).toBeNull();
    expect(() => nextCustomerCode([], 2026.5)).toThrow(RangeError);
    expect(() => nextCustomerCode([], 10000)).toThrow(RangeError);
  });

  test('property: never one of the existing codes, always valid, always of the year asked', () => {
    const codeArb = fc.oneof(
      fc.tuple(fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 1, max: 9998 })).map(([y, s]) => formatCustomerCode(y, s)),
      fc.string({ maxLength: 14 }),
    );
    fc.assert(
      fc.property(fc.array(codeArb, { maxLength: 30 }), fc.integer({ min: 2024, max: 2028 }), (codes, year) => {
        const files = codes.map((code, i) => withCode(`f${i}`, code));
        const next = nextCustomerCode(files, year);
        return (
          next !== null && isValidCustomerCode(next) && parseCustomerCode(next)?.year === year && !customerCodeTaken(next, files)
        );
      }),
    );
  });
});

describe('customerCodeTaken', () => {
  const files = [withCode('a', 'KH-2026-0001'), withCode('b', '')];

  test('taken by another file, ignoring case and surrounding spaces', () => {
    expect(customerCodeTaken('KH-2026-0001', files)).toBe(true);
    expect(customerCodeTaken(' kh-2026-0001', files)).toBe(true);
    expect(customerCodeTaken('KH-2026-0002', files)).toBe(false);
    expect(findCustomerCodeHolder('KH-2026-0001', files)?.id).toBe('a');
  });

  test('a file does not clash with itself; a blank code never clashes', () => {
    expect(customerCodeTaken('KH-2026-0001', files, 'a')).toBe(false);
    expect(customerCodeTaken('', files)).toBe(false);
    expect(customerCodeTaken('  ', files)).toBe(false);
  });
});

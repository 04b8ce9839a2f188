import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { neutralizeFormula, potentialCustomerListCsv, POTENTIAL_CUSTOMER_COLUMNS, toCsv } from '../../../src/domain/exchange/csv';
import { createDevelopmentFile } from '../../../src/domain/development-file/factory';
import type { DevelopmentFile, StageId } from '../../../src/domain/development-file/schema';
import { text } from './arbitraries';

/** A strict RFC 4180 reader, to check what the writer wrote. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      for (i++; ; i++) {
        if (i >= csv.length) throw new Error('unterminated quote');
        if (csv[i] === '"' && csv[i + 1] === '"') (field += '"'), i++;
        else if (csv[i] === '"') break;
        else field += csv[i];
      }
      i++;
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bare ${JSON.stringify(csv[i])} at ${i}`);
        field += csv[i++];
      }
    }
    if (csv[i] === ',') {
      row.push(field), (field = ''), i++;
    } else if (csv.startsWith('\r\n', i)) {
      row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length > 0 || field !== '') throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('toCsv', () => {
  test('quotes only what needs quoting, ends records with CRLF, starts with a BOM', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', '两行\n文字', 3, true, null, undefined]])).toBe('\uFEFFa,"b,c","say ""hi""","两行\n文字",3,true,,\r\n');
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
  });

  test.each([
    ['=HYPERLINK("http://evil","点我")', `'=HYPERLINK("http://evil","点我")`],
    ['+86 138', `'+86 138`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['华东=1', '华东=1'],
    ['', ''],
  ])('text %j is written as %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  test('numbers stay numbers: a negative amount is not text to neutralise', () => {
    expect(toCsv([[-5]], { bom: false })).toBe('-5\r\n');
  });

  test('round trip: any text comes back, formulas defused', () => {
    const cell = fc.oneof(text(50), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '=', '+', '-', '@', '\t', 'a', '中'), maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(toCsv(rows, { bom: false }))).toEqual(rows.map((r) => r.map(neutralizeFormula)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('potentialCustomerListCsv (4.2.1 潜在客户名录)', () => {
  const make = (id: string, name: string, stage: StageId, createdAt: string, reported: string | null = null): DevelopmentFile => {
    const file = createDevelopmentFile({ customerName: name, owner: '张伟' }, createdAt, id);
    return {
      ...file,
      stage,
      customer: { ...file.customer, region: '江苏省苏州市', industry: '通用设备制造', type: '终端制造商', sourceChannel: '展会' },
      survey: { ...file.survey, reportedToManagerAt: reported },
    };
  };

  test('lists files in evaluation or survey, oldest first, with Chinese headers and labels', () => {
    const csv = potentialCustomerListCsv(
      [
        make('c', '丙公司', 'survey', '2026-11-03T09:00:00.000+08:00', '2026-11-05'),
        make('a', '甲公司', 'evaluation', '2026-11-01T00:30:00.000+08:00'),
        make('x', '已申请', 'application', '2026-10-01T09:00:00.000+08:00'),
        make('t', '已终止', 'terminated', '2026-10-01T09:00:00.000+08:00'),
      ],
      { timeZone: 'Asia/Shanghai' },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      [...POTENTIAL_CUSTOMER_COLUMNS],
      ['甲公司', '江苏省苏州市', '通用设备制造', '终端制造商', '展会', '策划与评估', '张伟', '2026-11-01', ''],
      ['丙公司', '江苏省苏州市', '通用设备制造', '终端制造商', '展会', '背景调查', '张伟', '2026-11-03', '2026-11-05'],
    ]);
  });

  test('a hostile customer name is neither a formula nor a broken row', () => {
    const csv = potentialCustomerListCsv([make('a', '=cmd|"/c calc"!A1,\r\n下一行', 'evaluation', '2026-11-01T09:00:00.000+08:00')]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe(`'=cmd|"/c calc"!A1,\r\n下一行`);
  });

  test('only headers when nothing is in evaluation or survey', () => {
    expect(potentialCustomerListCsv([])).toBe(`\uFEFF${POTENTIAL_CUSTOMER_COLUMNS.join(',')}\r\n`);
  });
});

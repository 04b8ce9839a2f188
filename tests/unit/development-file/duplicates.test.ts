import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findLikelyDuplicates, normaliseCustomerName, withinOneEdit } from '../../../src/domain/development-file/duplicates';
import { blankFile } from './fixtures';

describe('normaliseCustomerName', () => {
  test.each([
    ['华东精密机械有限公司', '华东精密机械'],
    ['华东精密机械（上海）有限公司', '华东精密机械'],
    ['华东精密机械(上海)有限公司', '华东精密机械'],
    ['华东 精密·机械 有限责任公司', '华东精密机械'],
    ['上海电气集团股份有限公司', '上海电气'],
    ['海尔集团公司', '海尔'],
    ['东风汽车厂', '东风汽车'],
    ['江南电机苏州分公司', '江南电机苏州'],
    ['ＡＢＣ精密　股份有限公司', 'abc精密'],
    ['Acme Co., Ltd.', 'acme'],
    ['ACME INC', 'acme'],
    ['Acme Ltd有限公司', 'acme'],
    ['【苏州】精工科技', '精工科技'],
    ['华东有限公 司', '华东'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseCustomerName(name)).toBe(expected);
  });

  test('English suffixes only as whole trailing words', () => {
    expect(normaliseCustomerName('Costco')).toBe('costco');
    expect(normaliseCustomerName('Co-op Foods')).toBe('coopfoods');
  });

  test('a name that is only a suffix normalises to nothing', () => {
    expect(normaliseCustomerName('有限公司')).toBe('');
    expect(normaliseCustomerName(' (上海) ')).toBe('');
    expect(normaliseCustomerName('Ltd.')).toBe('');
  });

  test('property: idempotent', () => {
    const pieces = fc.constantFrom(
      '华',
      '东',
      '精',
      '密',
      '有',
      '限',
      '公',
      '司',
      '责',
      '任',
      '股',
      '份',
      '集',
      '团',
      '厂',
      '分',
      '总',
      '（',
      '）',
      '(',
      ')',
      '【',
      '】',
      '[',
      ']',
      ' ',
      '　',
      '.',
      ',',
      '_',
      '-',
      'Ａ',
      'a',
      'B',
      'co',
      'Ltd',
      'inc',
      'İ',
    );
    const nameArb = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(''));
    fc.assert(
      fc.property(nameArb, (name) => normaliseCustomerName(normaliseCustomerName(name)) === normaliseCustomerName(name)),
      {
        numRuns: 2000,
      },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        const once = normaliseCustomerName(name);
        return normaliseCustomerName(once) === once;
      }),
    );
  });
});

describe('withinOneEdit', () => {
  test.each([
    ['华东精密', '华东精密', true],
    ['华东精密', '华南精密', true],
    ['华东精密', '华东精密厂', true],
    ['华东精密', '东精密', true],
    ['华东精密', '华南精工', false],
    ['华东精密', '精密华东', false],
    ['', 'a', true],
    ['ab', 'ba', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('findLikelyDuplicates', () => {
  const files = [
    blankFile('f1', '华东精密机械（上海）有限公司'),
    blankFile('f2', '华南精密机械有限公司'),
    blankFile('f3', '苏州华东精密机械股份有限公司'),
    blankFile('f4', '江南电机'),
    blankFile('f5', '有限公司'),
  ];
  const found = (name: string, exceptId?: string) =>
    findLikelyDuplicates(name, files, exceptId).map((d) => [d.file.id, d.reason]);

  test('same after normalising, one character apart, or one name inside the other — in that order', () => {
    expect(found('华东精密机械有限公司')).toEqual([
      ['f1', 'same'],
      ['f2', 'similar'],
      ['f3', 'contains'],
    ]);
    expect(findLikelyDuplicates('华东精密机械', files)[0]?.message).toBe('与已有档案“华东精密机械（上海）有限公司”是同一名称');
  });

  test('the file being edited is not its own duplicate', () => {
    expect(found('华东精密机械', 'f1').map(([id]) => id)).toEqual(['f2', 'f3']);
  });

  test('short names need an exact match: one character apart or contained is too common', () => {
    const short = [blankFile('s1', '华东厂'), blankFile('s2', '华东')];
    expect(findLikelyDuplicates('华南厂', short)).toEqual([]);
    expect(findLikelyDuplicates('华东机械', short)).toEqual([]);
    expect(findLikelyDuplicates('华东', short).map((d) => [d.file.id, d.reason])).toEqual([
      ['s1', 'same'],
      ['s2', 'same'],
    ]);
  });

  test('four characters is enough for fuzzy matches', () => {
    expect(found('江南电器')).toEqual([['f4', 'similar']]);
    expect(found('无锡江南电机')).toEqual([['f4', 'contains']]);
  });

  test('an empty or suffix-only name matches nothing', () => {
    expect(findLikelyDuplicates('', files)).toEqual([]);
    expect(findLikelyDuplicates('有限公司', files)).toEqual([]);
  });
});

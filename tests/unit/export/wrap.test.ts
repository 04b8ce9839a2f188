/**
 * Line breaking of PDF text: Chinese per character, Latin at spaces, long
 * words by character, newlines kept, and no closing punctuation at the start
 * of a line (nor opening punctuation at its end).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atoms, cleanText, wrapText } from '../../../src/export/pdf/text';

/** A fixed-pitch stand-in for the font: a Chinese character is 10 wide, anything else 5. */
const measure = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 10 : 5), 0);
const wrap = (text: string, width: number) => wrapText(text, width, measure);

describe('wrapText', () => {
  it('breaks Chinese between any two characters', () => {
    expect(wrap('一二三四五六七', 50)).toEqual(['一二三四五', '六七']);
    expect(wrap('一二三四五', 50)).toEqual(['一二三四五']);
  });

  it('never starts a line with closing punctuation: the character before goes along', () => {
    expect(wrap('一二三四五。六', 50)).toEqual(['一二三四', '五。六']);
    expect(wrap('一二三四五，六七', 50)).toEqual(['一二三四', '五，六七']);
    expect(wrap('一二三四“五”', 50)).toEqual(['一二三四', '“五”']);
    expect(wrap('甲乙丙丁戊……己', 50)).toEqual(['甲乙丙丁', '戊……己']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(wrap('一二三四（五）', 50)).toEqual(['一二三四', '（五）']);
    expect(wrap('一二三四（五', 40)).toEqual(['一二三四', '（五']);
    expect(wrap('一二三《四五》', 50)).toEqual(['一二三《四', '五》']);
  });

  it('keeps Latin words, numbers and codes whole, breaking at spaces', () => {
    expect(wrap('hello world foo', 60)).toEqual(['hello world', 'foo']);
    expect(wrap('客户代码 KH-2026-0012', 70)).toEqual(['客户代码', 'KH-2026-0012']);
    expect(wrap('首批2,000件', 40)).toEqual(['首批', '2,000件']);
  });

  it('breaks a word longer than the line by character', () => {
    expect(wrap('abcdefghijklmnop', 30)).toEqual(['abcdef', 'ghijkl', 'mnop']);
    expect(wrap('见 https://example.invalid/a/b', 50)).toEqual(['见', 'https://ex', 'ample.inva', 'lid/a/b']);
  });

  it('keeps newlines and empty lines; \\r\\n and \\r count as one newline', () => {
    expect(wrap('甲\n\n乙', 100)).toEqual(['甲', '', '乙']);
    expect(wrap('甲\r\n乙\r丙', 100)).toEqual(['甲', '乙', '丙']);
    expect(wrap('一二三四五六\n七', 50)).toEqual(['一二三四五', '六', '七']);
  });

  it('drops the spaces where a line breaks, keeps indentation at the start of a paragraph', () => {
    expect(wrap('aaaa bbbb', 25)).toEqual(['aaaa', 'bbbb']);
    expect(wrap('  缩进的段落', 100)).toEqual(['  缩进的段落']);
  });

  it('always gives at least one line, and a character wider than the line gets a line of its own', () => {
    expect(wrap('', 50)).toEqual(['']);
    expect(wrap('一二', 5)).toEqual(['一', '二']);
  });

  it('loses no character but the spaces at breaks (property)', () => {
    const chars = fc.constantFrom(...'一二三四五六七八九十，。、；：！？（）《》“”abc XYZ 0123-/,.'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), fc.integer({ min: 20, max: 120 }), (list, width) => {
        const text = list.join('');
        expect(wrap(text, width).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  it('fits the width, only closing punctuation may hang past it, and none starts a line (property)', () => {
    const chars = fc.constantFrom(...'一二三四五六七八九十，。、；：！？（）《》“”'.split(''));
    const closing = '，。、；：！？）》”';
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), fc.integer({ min: 10, max: 120 }), (list, width) => {
        const lines = wrap(list.join(''), width);
        for (const line of lines) {
          const body = line.replace(new RegExp(`[${closing}]+$`), '');
          if ([...body].length > 1) expect(measure(body)).toBeLessThanOrEqual(width);
        }
        for (const line of lines.slice(1)) expect(closing).not.toContain(line[0] ?? '\0');
      }),
    );
  });
});

describe('atoms', () => {
  it('glues closing punctuation to what precedes and opening punctuation to what follows', () => {
    expect(atoms('说明（见附件）。').map((a) => a.text)).toEqual(['说', '明', '（见', '附', '件）。']);
  });
});

describe('cleanText', () => {
  it('drops controls and invisible formatting characters, keeps newlines, turns tabs into spaces', () => {
    expect(cleanText('甲\u200b乙\u202e丙\u0007丁\ufe0f\t戊\r\n己')).toBe('甲乙丙丁  戊\n己');
  });
});

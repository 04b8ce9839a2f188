/**
 * Text for the PDF: cleaning what users typed, and breaking it into lines.
 *
 * Line breaking follows the habits of Chinese typesetting, simplified:
 * - a line may break between any two Chinese characters (per character);
 * - Latin words, numbers and codes (“KH-2026-0012”, “2,000”) break only at
 *   spaces, unless one alone is wider than the line;
 * - closing punctuation （，。、）》” …） never starts a line and opening
 *   punctuation （（《“ …） never ends one (禁则): each is kept with its neighbour;
 * - a newline in the text always starts a new line; empty lines are kept.
 * Pure: widths come from a `measure` function, so tests need no font.
 */

/** Width of a string at the size being laid out, in points. */
export type Measure = (text: string) => number;

/** Must not start a line. */
const CLOSING = new Set([
  ...'，。、；：？！）》」』】〕〉〗｝］’”…—～·・％‰℃°′″',
  ...',.;:?!)]}%',
  ...'ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々〻',
]);
/** Must not end a line. */
const OPENING = new Set([...'（《「『【〔〈〖｛［‘“', ...'([{']);

/** Characters set one by one, with a break allowed around each (ideographs, kana, hangul, full-width forms). */
const PER_CHARACTER =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/**
 * What is drawn: line ends as \n, tabs as two spaces, and no control or
 * invisible formatting characters (they have no glyph, and would only be
 * reported as “missing”): zero-width and bidi marks, variation selectors.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    .replace(/[\p{Cc}\p{Cf}\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]/gu, (c) => (c === '\n' ? c : ''));
}

interface Atom {
  text: string;
  /** A run of spaces: a break opportunity, dropped at the start and end of a wrapped line. */
  space: boolean;
}

/** Splits one paragraph (no newline) into the pieces a line may not break inside. */
export function atoms(paragraph: string): Atom[] {
  const raw: Atom[] = [];
  let word = '';
  let spaces = '';
  const flushWord = () => {
    if (word) raw.push({ text: word, space: false });
    word = '';
  };
  const flushSpaces = () => {
    if (spaces) raw.push({ text: spaces, space: true });
    spaces = '';
  };
  for (const char of paragraph) {
    if (char === ' ') {
      flushWord();
      spaces += char;
    } else if (PER_CHARACTER.test(char) || (char > '\u007f' && (CLOSING.has(char) || OPENING.has(char)))) {
      // ASCII punctuation stays inside its word (“2,000”, “(A)”); it is glued below when it touches Chinese.
      flushWord();
      flushSpaces();
      raw.push({ text: char, space: false });
    } else {
      flushSpaces();
      word += char;
    }
  }
  flushWord();
  flushSpaces();

  // 禁则: glue closing punctuation to what precedes it, opening punctuation to what follows.
  const glued: Atom[] = [];
  let carry = '';
  for (const atom of raw) {
    if (atom.space) {
      if (carry) glued.push({ text: carry, space: false });
      carry = '';
      glued.push(atom);
      continue;
    }
    const text = carry + atom.text;
    carry = '';
    const first = [...atom.text][0] ?? '';
    const previous = glued.at(-1);
    if (CLOSING.has(first) && previous && !previous.space && text === atom.text) {
      previous.text += text;
    } else if (OPENING.has([...text].at(-1) ?? '')) {
      carry = text;
    } else {
      glued.push({ text, space: false });
    }
  }
  if (carry) glued.push({ text: carry, space: false });
  return glued;
}

/**
 * Breaks a piece wider than the line into lines by character. Closing
 * punctuation still never starts a line: it hangs past the line's end.
 */
function breakLong(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && !CLOSING.has(char) && measure(line + char) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let pendingSpace = '';
  let atStart = true;
  for (const atom of atoms(paragraph)) {
    if (atom.space) {
      // Spaces opening the paragraph are kept (indentation); elsewhere they may become a break.
      if (atStart) line += atom.text;
      else if (line) pendingSpace = atom.text;
      continue;
    }
    atStart = false;
    const candidate = line + pendingSpace + atom.text;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      pendingSpace = '';
      continue;
    }
    if (line.trim()) lines.push(line);
    line = '';
    pendingSpace = '';
    if (measure(atom.text) <= maxWidth) {
      line = atom.text;
    } else {
      const pieces = breakLong(atom.text, maxWidth, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The lines of `text` at most `maxWidth` wide (a single character wider
 * than the line still gets a line of its own). Always at least one line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return cleanText(text)
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}

/** Distinct code points of some texts. */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const set = new Set<number>();
  for (const text of texts) for (const char of text) set.add(char.codePointAt(0) ?? 0);
  return set;
}

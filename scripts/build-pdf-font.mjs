#!/usr/bin/env node
/**
 * Builds the font the PDF export downloads when someone exports (never before):
 * Noto Sans SC Regular (TrueType, from @expo-google-fonts/noto-sans-sc) cut
 * down with HarfBuzz to the characters a Chinese business document needs:
 *
 *   - every character of GB2312 (its 6,763 hanzi and its symbol rows:
 *     CJK and full-width punctuation, ①, №, box drawing …),
 *   - printable ASCII, Latin-1 and general punctuation (– — … ‰ • …),
 *   - a few dozen name characters GB2312 lacks (喆, 堃, 玥 …),
 *   - every non-ASCII character written anywhere in src/ and content/, so
 *     all of the site's own labels are there whatever the charset says.
 *
 * The browser subsets this file again, to the characters of one PDF, and
 * embeds that (src/export/pdf/). Characters outside this set are reported to
 * the user by the export, never silently dropped.
 *
 * Output (gitignored, served as-is; compression is the web server's job):
 *   public/fonts/NotoSansSC-Regular-pdf.ttf   the font
 *   public/fonts/NotoSansSC-OFL.txt           its licence (SIL OFL 1.1)
 *   public/fonts/NotoSansSC-Regular-pdf.json  what it was built from, so an
 *                                             unchanged input is not rebuilt
 *
 * Usage: node scripts/build-pdf-font.mjs [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const PDF_FONT_DIR = join(ROOT, 'public', 'fonts');
export const PDF_FONT_FILE = join(PDF_FONT_DIR, 'NotoSansSC-Regular-pdf.ttf');
const META_FILE = join(PDF_FONT_DIR, 'NotoSansSC-Regular-pdf.json');
const LICENSE_FILE = join(PDF_FONT_DIR, 'NotoSansSC-OFL.txt');
const SOURCE_PACKAGE = '@expo-google-fonts/noto-sans-sc';
/** Bump when the options below change, so existing outputs are rebuilt. */
const RECIPE = 'v2: gb2312+names+own-text, no hinting, no layout tables';

/**
 * Characters outside GB2312 that are common in people's and companies'
 * names (通用规范汉字表 puts them in use where GB2312 did not): 喆 as in 王喆.
 */
const NAME_CHARACTERS = '喆堃玥昇珺彧赟镕焜淏犇垚祎琇瑄婳旸琰璟熠珏翀昶劼曌鋆頔燚昳晞煜珩瑀琬婕洺沄甯';

/** The folders whose text must be printable in full. */
const OWN_TEXT_DIRS = ['src', 'content'];
const OWN_TEXT_EXTENSIONS = /\.(ts|tsx|astro|mjs|js|json|md|mdx|ya?ml)$/;

export function sourceFontPath() {
  return require.resolve(`${SOURCE_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`);
}

/** GB2312 decoded through the GBK decoder: rows 1–9 (symbols) and 16–87 (hanzi). */
function gb2312Characters() {
  const decoder = new TextDecoder('gbk', { fatal: false });
  const chars = [];
  for (let row = 0xa1; row <= 0xf7; row++) {
    if (row > 0xa9 && row < 0xb0) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      // Row 55 (0xD7) ends at 0xF9; GBK fills the rest with its own additions.
      if (row === 0xd7 && cell > 0xf9) continue;
      const char = decoder.decode(new Uint8Array([row, cell]));
      const cp = char.codePointAt(0) ?? 0;
      if (char.length !== 1 || char === '\ufffd' || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
      chars.push(char);
    }
  }
  return chars;
}

function rangeCharacters(from, to) {
  const chars = [];
  for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp));
  return chars;
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Printable characters only: no controls, format characters, surrogates or private use. */
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]$/u;

function ownTextCharacters() {
  const chars = new Set();
  for (const dir of OWN_TEXT_DIRS) {
    for (const file of walk(join(ROOT, dir))) {
      if (!OWN_TEXT_EXTENSIONS.test(file)) continue;
      for (const char of readFileSync(file, 'utf8')) if (char.codePointAt(0) >= 0x80) chars.add(char);
    }
  }
  return [...chars];
}

/** The characters of the served font, sorted by code point. */
export function pdfFontCharacters() {
  const all = new Set([
    ...rangeCharacters(0x20, 0x7e),
    ...rangeCharacters(0xa0, 0xff),
    ...rangeCharacters(0x2010, 0x2027),
    ...rangeCharacters(0x2030, 0x203b),
    ...rangeCharacters(0x3000, 0x303f),
    ...rangeCharacters(0xff01, 0xff5e),
    ...rangeCharacters(0xffe0, 0xffe6),
    ...gb2312Characters(),
    ...NAME_CHARACTERS,
    ...ownTextCharacters(),
  ]);
  return [...all].filter((c) => PRINTABLE.test(c)).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

/** Write-then-rename, so a test running in parallel never reads a half-written file. */
function writeAtomic(path, data) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * Writes the font unless an identical build is already there.
 * Returns what was built (or found) and whether work was done.
 */
export async function buildPdfFont({ force = false, log = () => {} } = {}) {
  const sourcePath = sourceFontPath();
  const source = readFileSync(sourcePath);
  const text = pdfFontCharacters().join('');
  const key = createHash('sha256').update(RECIPE).update('\0').update(source).update('\0').update(text).digest('hex');

  if (!force && existsSync(PDF_FONT_FILE) && existsSync(META_FILE) && existsSync(LICENSE_FILE)) {
    try {
      const meta = JSON.parse(readFileSync(META_FILE, 'utf8'));
      if (meta.key === key) return { built: false, path: PDF_FONT_FILE, bytes: statSync(PDF_FONT_FILE).size, characters: meta.characters };
    } catch {
      // An unreadable record: build again.
    }
  }

  const { default: subsetFont } = await import('subset-font');
  const started = performance.now();
  const font = await subsetFont(source, text, {
    targetFormat: 'truetype',
    // The PDF needs outlines and metrics only: no hinting (viewers rasterise
    // without it), no OpenType layout (text is laid out one glyph per
    // character), no vertical metrics.
    noHinting: true,
    keepFeatures: [],
    noLayoutClosure: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'vhea', 'vmtx', 'VORG', 'DSIG'],
    // Copyright, names, version, licence and its URL stay in the font (OFL 1.1).
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
  });
  mkdirSync(PDF_FONT_DIR, { recursive: true });
  writeAtomic(PDF_FONT_FILE, font);
  writeAtomic(LICENSE_FILE, readFileSync(require.resolve(`${SOURCE_PACKAGE}/LICENSE_FONT`)));
  const characters = [...text].length;
  // Last: its key says the files above are complete and current.
  writeAtomic(
    META_FILE,
    `${JSON.stringify({ key, recipe: RECIPE, source: `${SOURCE_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`, characters, bytes: font.length }, null, 2)}\n`,
  );
  log(`PDF font: ${characters} characters, ${(font.length / 1024).toFixed(0)} KB, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { built: true, path: PDF_FONT_FILE, bytes: font.length, characters };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildPdfFont({ force: process.argv.includes('--force'), log: console.log });
  if (!result.built) console.log(`PDF font up to date: ${result.characters} characters, ${(result.bytes / 1024).toFixed(0)} KB`);
}

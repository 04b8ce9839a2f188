/**
 * The font source in the browser (the PDF worker): the subset font the site
 * serves and HarfBuzz's subsetting wasm, fetched from this site on the first
 * export and kept in memory for the next ones. A failed fetch is forgotten,
 * so the next export tries again.
 */
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { SubsetFont } from './generate';
import { createSubsetter, type FontSubsetter } from './hb-subset';

/** Built by scripts/build-pdf-font.mjs into public/fonts/. */
export const PDF_FONT_URL = '/fonts/NotoSansSC-Regular-pdf.ttf';

/** The font or the wasm could not be fetched. */
export class FontLoadError extends Error {
  constructor(cause?: unknown) {
    super('无法加载中文字体，请检查网络后重试', { cause });
    this.name = 'FontLoadError';
  }
}

async function fetchBytes(url: string, init?: RequestInit): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let subsetter: Promise<FontSubsetter> | null = null;

function loadSubsetter(): Promise<FontSubsetter> {
  if (subsetter) return subsetter;
  const loading = (async () => {
    try {
      // The font is revalidated with the server (a new build may have added characters).
      const [font, wasm] = await Promise.all([fetchBytes(PDF_FONT_URL, { cache: 'no-cache' }), fetchBytes(wasmUrl)]);
      return await createSubsetter(wasm, font);
    } catch (error) {
      throw new FontLoadError(error);
    }
  })();
  subsetter = loading;
  loading.catch(() => {
    if (subsetter === loading) subsetter = null;
  });
  return loading;
}

export const browserSubsetFont: SubsetFont = async (codePoints) => (await loadSubsetter()).subset(codePoints);

/**
 * The font source in Node (unit tests, the benchmark): the same font file
 * the site serves (public/fonts/, built by scripts/build-pdf-font.mjs) and
 * the same HarfBuzz wasm, read from disk. Never imported by browser code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SubsetFont } from './generate';
import { createSubsetter } from './hb-subset';

const require = createRequire(import.meta.url);

export async function nodeSubsetFont(fontPath: string): Promise<SubsetFont> {
  const [wasm, font] = await Promise.all([readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')), readFile(fontPath)]);
  const subsetter = await createSubsetter(wasm, new Uint8Array(font.buffer, font.byteOffset, font.byteLength));
  return async (codePoints) => subsetter.subset(codePoints);
}

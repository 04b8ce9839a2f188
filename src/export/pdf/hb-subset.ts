/**
 * Font subsetting with HarfBuzz (harfbuzzjs's harfbuzz-subset.wasm, which
 * needs no imports): the same code in the browser and in Node, only the way
 * the wasm and font bytes are fetched differs (font-source.ts).
 *
 * The source font is copied into wasm memory once and kept there, so each
 * PDF costs only the subsetting itself.
 */

/** The raw C API the module exports (the subset of it used here). */
interface HarfBuzzSubsetExports {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

const tag = (name: string) => [...name].reduce((value, char) => ((value << 8) | char.charCodeAt(0)) >>> 0, 0);
/** Tables a PDF does not use: OpenType layout (one glyph per character here), vertical metrics, hinting. */
const DROP_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vhea', 'vmtx', 'VORG', 'DSIG', 'gasp', 'fpgm', 'prep', 'cvt '];
/** Copyright, names, version, licence and licence URL stay (SIL OFL 1.1). */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14];

export interface FontSubsetter {
  /** A TrueType font with the glyphs of these code points (those the font has) and .notdef. */
  subset(codePoints: Iterable<number>): Uint8Array;
  /** Frees the wasm copy of the font. */
  destroy(): void;
}

export async function createSubsetter(wasm: BufferSource | WebAssembly.Module, font: Uint8Array): Promise<FontSubsetter> {
  const instance =
    wasm instanceof WebAssembly.Module ? await WebAssembly.instantiate(wasm, {}) : (await WebAssembly.instantiate(wasm, {})).instance;
  const hb = instance.exports as unknown as HarfBuzzSubsetExports;
  hb._initialize?.();
  // Views are taken afresh: growing the wasm memory detaches older ones.
  const heap = () => new Uint8Array(hb.memory.buffer);

  const fontPtr = hb.malloc(font.byteLength);
  if (fontPtr === 0) throw new Error('HarfBuzz: out of memory');
  heap().set(font, fontPtr);
  const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  let destroyed = false;

  return {
    subset(codePoints) {
      if (destroyed) throw new Error('HarfBuzz: subsetter already destroyed');
      const input = hb.hb_subset_input_create_or_fail();
      if (input === 0) throw new Error('HarfBuzz: hb_subset_input_create_or_fail failed');
      let result = 0;
      try {
        const unicodes = hb.hb_subset_input_unicode_set(input);
        for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
        const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
        hb.hb_set_clear(features);
        const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const name of DROP_TABLES) hb.hb_set_add(drop, tag(name));
        const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
        for (const id of NAME_IDS) hb.hb_set_add(names, id);
        hb.hb_subset_input_set_flags(
          input,
          hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
        );
        result = hb.hb_subset_or_fail(face, input);
      } finally {
        hb.hb_subset_input_destroy(input);
      }
      if (result === 0) throw new Error('HarfBuzz: hb_subset_or_fail failed');
      const out = hb.hb_face_reference_blob(result);
      try {
        const length = hb.hb_blob_get_length(out);
        if (length === 0) throw new Error('HarfBuzz: empty subset');
        const ptr = hb.hb_blob_get_data(out, 0);
        return heap().slice(ptr, ptr + length);
      } finally {
        hb.hb_blob_destroy(out);
        hb.hb_face_destroy(result);
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      hb.hb_face_destroy(face);
      hb.free(fontPtr);
    },
  };
}

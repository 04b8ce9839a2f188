/**
 * What the service worker keeps for offline use, decided from the finished
 * build. Pure functions over relative paths and bytes, so the rules are
 * unit-tested and the build script stays a thin loop over the disk.
 */
import { createHash } from 'node:crypto';

/**
 * Files left to the runtime cache (kept after their first use) instead of the
 * install-time download: the PDF export's font, HarfBuzz and worker (3.5 MB
 * that most visits never need, on phones in poor networks), and Pagefind's
 * ready-made UI bundles, which the site does not use.
 * @type {RegExp[]}
 */
export const RUNTIME_ONLY = [
  /^fonts\//,
  /^_astro\/harfbuzz-subset-[^/]+\.wasm$/,
  /^_astro\/worker-[^/]+\.js$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/,
  /\.map$/,
  /^sw\.js$/,
];

/** @param {string} path relative to the build directory, with forward slashes */
export function isPrecached(path) {
  return !RUNTIME_ONLY.some((pattern) => pattern.test(path));
}

/**
 * The URL a built file is requested by: `guide/index.html` is `/guide/`,
 * everything else is its own path.
 * @param {string} path
 */
export function urlFor(path) {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/**
 * @param {{ path: string, bytes: Uint8Array }[]} files every file of the build
 * @returns {{ version: string, entries: { url: string, revision: string }[], bytes: number }}
 *   entries sorted by URL; `version` changes when any precached byte does, so a
 *   new deployment gets a new cache and an unchanged one keeps its cache.
 */
export function buildManifest(files) {
  const precached = files.filter((file) => isPrecached(file.path));
  const entries = precached
    .map((file) => ({ url: urlFor(file.path), revision: sha256(file.bytes).slice(0, 16) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = sha256(new TextEncoder().encode(entries.map((e) => `${e.url} ${e.revision}`).join('\n'))).slice(0, 12);
  const bytes = precached.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  return { version, entries, bytes };
}

/** @param {Uint8Array} bytes */
function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

#!/usr/bin/env node
/**
 * Writes `<outDir>/sw.js` for the finished build (after Pagefind, whose index
 * it precaches): the manifest of every precached URL with a content hash,
 * then the worker itself (src/service-worker/sw.js).
 *
 * Usage: node scripts/build-service-worker.mjs [outDir]   (default: ASTRO_OUT_DIR or dist)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildManifest } from '../src/service-worker/precache.mjs';

export function writeServiceWorker(outDir) {
  const files = walk(outDir).map((full) => ({
    path: relative(outDir, full).split(sep).join('/'),
    bytes: readFileSync(full),
  }));
  const manifest = buildManifest(files);
  const worker = readFileSync(new URL('../src/service-worker/sw.js', import.meta.url), 'utf8');
  writeFileSync(join(outDir, 'sw.js'), `const MANIFEST = ${JSON.stringify(manifest)};\n${worker}`);
  return manifest;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = resolve(process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
  const manifest = writeServiceWorker(outDir);
  console.log(
    `sw.js: version ${manifest.version}, ${manifest.entries.length} files precached (${(manifest.bytes / 1024).toFixed(0)} KB uncompressed)`,
  );
}

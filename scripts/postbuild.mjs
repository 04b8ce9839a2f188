#!/usr/bin/env node
/**
 * Steps that need the finished static build: the Pagefind index (it reads the
 * built HTML), then the service worker, whose precache list is the full build.
 * The output directory follows ASTRO_OUT_DIR like astro.config.mjs, so
 * side-by-side builds (dist-a, dist-b) get their own index.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(resolve('node_modules/.bin/pagefind'), ['--site', outDir]);
// Last: the service worker's precache list covers everything built above.
run(process.execPath, [resolve('scripts/build-service-worker.mjs'), outDir]);

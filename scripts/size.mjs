#!/usr/bin/env node
/**
 * JavaScript shipped per page of the production build (dist/), gzip bytes,
 * checked against budgets. Counts what loads before the user does anything:
 * inline scripts, <script src>, module entry points, hydrated islands
 * (component-url, renderer-url) and every chunk they import statically.
 * Dynamic import() targets (the Pagefind UI, PDF export) are not counted:
 * they load only when someone opens search or exports.
 *
 * Usage: node scripts/size.mjs [--json]
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const KB = 1024;
/** First matching pattern wins. Content pages ship no React. */
const BUDGETS = [
  { name: 'island page', test: (route) => /^\/(files|review|settings|quiz|self-assessment)(\/|$)/.test(route), gzipBytes: 90 * KB },
  { name: 'content page', test: () => true, gzipBytes: 15 * KB },
];

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const fileCache = new Map();
function readAsset(urlPath) {
  const file = join(DIST, decodeURI(urlPath.split(/[?#]/)[0]));
  if (!fileCache.has(file)) fileCache.set(file, existsSync(file) ? readFileSync(file, 'utf8') : null);
  return fileCache.get(file);
}

/** Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`. */
function staticImports(code, fromUrl) {
  const specs = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) specs.push(m[1]);
  return specs
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(fromUrl), s)));
}

function collectModule(url, seen) {
  if (seen.has(url)) return;
  const code = readAsset(url);
  if (code == null) return;
  seen.add(url);
  for (const dep of staticImports(code, url)) collectModule(dep, seen);
}

function pageScripts(html, pageUrl) {
  const modules = new Set();
  let inlineBytes = 0;
  const resolveUrl = (src) => (src.startsWith('/') ? src : posix.join(posix.dirname(pageUrl), src));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (/type="(application\/(ld\+)?json)"/.test(attrs)) continue;
    if (src) {
      if (/^https?:/.test(src)) throw new Error(`${pageUrl}: external script ${src}`);
      collectModule(resolveUrl(src), modules);
    } else if (m[2].trim()) {
      inlineBytes += gzip(m[2]);
      for (const dep of staticImports(m[2], pageUrl)) collectModule(dep, modules);
    }
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of ['component-url', 'renderer-url']) {
      const v = new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1];
      if (v) collectModule(resolveUrl(v), modules);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) collectModule(resolveUrl(m[1]), modules);
  const moduleBytes = [...modules].reduce((sum, url) => sum + gzip(readAsset(url)), 0);
  return { modules: [...modules], gzipBytes: inlineBytes + moduleBytes, inlineBytes };
}

const rows = walk(DIST)
  .filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'))
  .map((file) => {
    const rel = relative(DIST, file).split('\\').join('/');
    const route = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    const html = readFileSync(file, 'utf8');
    const { modules, gzipBytes, inlineBytes } = pageScripts(html, route.endsWith('/') ? route + 'index.html' : route);
    const budget = BUDGETS.find((b) => b.test(route));
    return { route, kind: budget.name, gzipBytes, inlineBytes, modules: modules.length, budget: budget.gzipBytes, ok: gzipBytes <= budget.gzipBytes };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const fmt = (n) => (n / KB).toFixed(1).padStart(6) + ' KB';
  console.log('JavaScript loaded before interaction, per page (gzip):');
  console.log(`${'route'.padEnd(34)} ${'kind'.padEnd(13)} ${'gzip JS'.padStart(9)} ${'budget'.padStart(9)}  files`);
  for (const r of rows) {
    console.log(`${r.route.padEnd(34)} ${r.kind.padEnd(13)} ${fmt(r.gzipBytes)} ${fmt(r.budget)}  ${String(r.modules).padStart(3)} ${r.ok ? '' : ' OVER BUDGET'}`);
  }
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} page(s) over their JavaScript budget: ${over.map((r) => r.route).join(', ')}`);
  process.exit(1);
}

// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// The one inline script Astro does not hash for us (it must run before first
// paint to apply the remembered theme), so its hash is added here.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8').trim();
/** @returns {import('astro').CspHash} */
const sha256 = (/** @type {string} */ text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const themeInitHash = sha256(themeInit);

export default defineConfig({
  site: 'https://playbook.example.invalid',
  trailingSlash: 'always',
  // A separate output folder lets several local test runs (each with its own
  // preview port, PW_PORT) build and serve side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Islands are written against React's API and rendered by Preact's
  // React-compatible runtime: react-dom alone (66 KB gzip) would leave the
  // workspace's own code 24 KB of its 90 KB first-load budget.
  integrations: [mdx(), preact({ compat: true })],
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly in the page when its worker fails.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
    },
  },
  devToolbar: { enabled: false },
});

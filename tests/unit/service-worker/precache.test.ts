import { describe, expect, it } from 'vitest';
import { buildManifest, isPrecached, urlFor } from '../../../src/service-worker/precache.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('urlFor', () => {
  it('serves index.html files by their folder', () => {
    expect(urlFor('index.html')).toBe('/');
    expect(urlFor('procedure/4-3/index.html')).toBe('/procedure/4-3/');
    expect(urlFor('404.html')).toBe('/404.html');
    expect(urlFor('pagefind/pagefind-entry.json')).toBe('/pagefind/pagefind-entry.json');
  });
});

describe('isPrecached', () => {
  it('keeps pages, scripts, styles and the whole search index', () => {
    for (const path of ['index.html', 'files/file/index.html', '_astro/Workspace.DR1pqxkT.js', '_astro/index.BvcJGw5m.css',
      'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-entry.json',
      'pagefind/index/zh-cn_1a2b.pf_index', 'pagefind/fragment/zh-cn_3c4d.pf_fragment', 'pagefind/pagefind.zh-cn_c33b.pf_meta',
      'schema/development-files.schema.json', 'favicon.svg']) {
      expect(isPrecached(path), path).toBe(true);
    }
  });
  it('leaves the PDF font, HarfBuzz, the PDF worker, unused Pagefind UI and sw.js itself to first use', () => {
    for (const path of ['fonts/NotoSansSC-Regular-pdf.ttf', '_astro/harfbuzz-subset-CE7g_rQT.wasm', '_astro/worker-U7auEigg.js',
      'pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.css', 'pagefind/pagefind-highlight.js', 'sw.js', '_astro/a.js.map']) {
      expect(isPrecached(path), path).toBe(false);
    }
  });
});

describe('buildManifest', () => {
  const build = [
    { path: 'index.html', bytes: bytes('<h1>首页</h1>') },
    { path: 'guide/index.html', bytes: bytes('<h1>指南</h1>') },
    { path: 'fonts/x.ttf', bytes: bytes('font') },
  ];

  it('lists precached URLs sorted, with content revisions and their total size', () => {
    const manifest = buildManifest(build);
    expect(manifest.entries.map((e) => e.url)).toEqual(['/', '/guide/']);
    expect(manifest.entries[0]?.revision).toMatch(/^[0-9a-f]{16}$/);
    expect(manifest.bytes).toBe(bytes('<h1>首页</h1>').byteLength + bytes('<h1>指南</h1>').byteLength);
  });

  it('keeps its version while nothing precached changes, whatever the file order', () => {
    expect(buildManifest([...build].reverse()).version).toBe(buildManifest(build).version);
    const fontChanged = build.map((f) => (f.path === 'fonts/x.ttf' ? { ...f, bytes: bytes('other font') } : f));
    expect(buildManifest(fontChanged).version).toBe(buildManifest(build).version);
  });

  it('changes its version and that file’s revision when a precached byte changes', () => {
    const changed = build.map((f) => (f.path === 'guide/index.html' ? { ...f, bytes: bytes('<h1>指南（新）</h1>') } : f));
    const before = buildManifest(build);
    const after = buildManifest(changed);
    expect(after.version).not.toBe(before.version);
    expect(after.entries[0]).toEqual(before.entries[0]);
    expect(after.entries[1]?.revision).not.toBe(before.entries[1]?.revision);
  });
});

/**
 * The service worker: keeps the whole site (pages, scripts, styles, the
 * Pagefind index) so it works offline after one visit.
 *
 * The build (scripts/build-service-worker.mjs) prepends `const MANIFEST = {…}`:
 * the version of this deployment and every precached URL. A new deployment is
 * a new sw.js: it downloads its cache while the old one keeps serving, then
 * waits; the page shows a notice, and when the user chooses to update, the new
 * worker takes over and deletes every older cache. It never takes over on its
 * own, because a page of the old version may still need files only the old
 * cache has.
 */
/* global MANIFEST */
const PREFIX = 'playbook-';
const PRECACHE = `${PREFIX}precache-${MANIFEST.version}`;
// Files fetched at first use (PDF font, HarfBuzz); versioned like the precache
// so a deployment never serves a stale one.
const RUNTIME = `${PREFIX}runtime-${MANIFEST.version}`;
const NOT_FOUND = '/404.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      // 'reload' skips the HTTP cache: an old copy must not enter a new cache.
      // Any failed file fails the install, and the old worker stays in charge.
      await Promise.all(
        MANIFEST.entries.map(async ({ url }) => {
          const response = await fetch(new Request(url, { cache: 'reload' }));
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          await cache.put(url, response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== PRECACHE && name !== RUNTIME).map((name) => caches.delete(name)),
      );
      // On the first install this makes the open page work offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(respond(request, url));
});

/**
 * Cache first: the cache holds exactly this deployment. Query strings are
 * ignored because they only select data inside a page (`/files/file/?id=…`)
 * or bust caches (Pagefind's `?ts=`).
 * @param {Request} request
 * @param {URL} url
 */
async function respond(request, url) {
  const precache = await caches.open(PRECACHE);
  const cached = (await precache.match(request, { ignoreSearch: true })) ?? (await matchWithSlash(precache, request, url));
  if (cached) return cached;

  const runtime = await caches.open(RUNTIME);
  const kept = await runtime.match(request, { ignoreSearch: true });
  if (kept) return kept;

  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await runtime.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await precache.match(NOT_FOUND);
      if (notFound) return notFound;
    }
    throw error;
  }
}

/** `/guide` is served as `/guide/`, as the static server does. */
async function matchWithSlash(cache, request, url) {
  if (request.mode !== 'navigate' || url.pathname.endsWith('/')) return undefined;
  return cache.match(`${url.pathname}/`);
}

/* Service worker: precaches the whole app (shell, every locale, the Urdu font) so a second visit works
   with no network at all. Each build writes its own version; a new version waits until the page asks
   it to take over (the page shows an "update available" prompt). */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every page of the app is the same document; the step is in the query string.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(
    caches.open(VERSION).then((cache) =>
      cache.match(key).then((cached) => cached ?? fetch(request)),
    ),
  );
});

/* Service worker: precaches the whole app (shell, every locale, the Urdu font) so a second visit works
   with no network at all. Each build writes its own version; a new version waits until the page asks
   it to take over (the page shows an "update available" prompt). A file that cannot be fetched does not
   stop the others: a first install keeps what it could cache, and the rest is fetched again whenever a
   page asks whether the app is ready to use offline ("offline-status"), or asks for that file. */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const ATTEMPTS = 3;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetches and caches one file, trying again after a pause; resolves to whether it is cached. */
async function cacheFile(cache, url) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        await cache.put(url, response);
        return true;
      }
    } catch {
      // Offline, or the connection dropped: try again.
    }
    if (attempt < ATTEMPTS) await pause(500 * attempt);
  }
  return false;
}

/** Caches every file not cached yet; resolves to whether the whole app is cached now. */
async function fillCache() {
  const cache = await caches.open(VERSION);
  const cached = await Promise.all(PRECACHE.map(async (url) => (await cache.match(url)) !== undefined || cacheFile(cache, url)));
  return cached.every(Boolean);
}

let filling;
/** One fill at a time: asked again meanwhile, it gives the same answer. */
function fill() {
  filling ??= fillCache().finally(() => {
    filling = undefined;
  });
  return filling;
}

self.addEventListener('install', (event) => {
  // An update must be whole before it replaces a version that works; a first install keeps what it could.
  const updating = self.registration.active !== null;
  event.waitUntil(
    fill().then((whole) => {
      if (updating && !whole) throw new Error('Not every file of the new version could be fetched.');
    }),
  );
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
  if (event.data === 'offline-status') {
    event.waitUntil(fill().then((ready) => event.source?.postMessage({ type: 'offline-status', ready })));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The live check page is its own document, always from the network: it tests the connection.
  if (url.pathname.startsWith('/check/')) return;
  // Every page of the app is the same document; the step is in the query string.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(
    caches.open(VERSION).then(async (cache) => {
      const cached = await cache.match(key);
      if (cached) return cached;
      const response = await fetch(request);
      // A file the install could not fetch is kept once it comes.
      if (response.ok && PRECACHE.includes(key)) await cache.put(key, response.clone());
      return response;
    }),
  );
});

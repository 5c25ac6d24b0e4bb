// The static site's service worker, written into dist/site/sw.js by the build (vite.config.ts),
// which puts the site's files in PRECACHE and a hash of them in VERSION. It keeps the site usable
// offline after the first visit: the page's files are cached on install; a navigation goes to the
// network first (so a new deployment is picked up) and falls back to the cache; the hashed assets
// and the source documents come from the cache first. It only ever fetches the site's own files.
const PRECACHE = /* PRECACHE */ [];
const VERSION = '/* VERSION */';
const CACHE = `avcodes-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('avcodes-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('./index.html', { ignoreSearch: true }).then((r) => r ?? Response.error())));
    return;
  }
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});

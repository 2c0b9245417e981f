// The reporting page's service worker: the page opens and works without a network once it has been
// opened once (a coordinator on a train, or a city laptop off the network). It keeps a copy of
// every file of this site the page uses (the page, its script and styles, the widgets' bundle and
// chunks, the programme, the monitoring checks) and answers from the network when there is one,
// from the copy when there is not. It never sends anything: it only answers the page's own GET
// requests for this site's files; the work itself never leaves the page (blob: URLs and
// localStorage are not requests).
const CACHE = 'hki-report-v1';

self.addEventListener('install', (event) => {
  // The page itself and what it loads first; the rest is added as the page names it (below).
  event.waitUntil(
    caches
      .open(CACHE)
      // (One by one: a host that does not answer './' with the page must not stop the rest.)
      .then((cache) =>
        Promise.all(
          ['./', 'index.html', 'report.js', 'report.css', '../configurator/configurator.css'].map((url) =>
            cache.add(url).catch(() => undefined),
          ),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const ours = (url) => new URL(url).origin === self.location.origin;

/** Keeps a copy of the files the page loaded before this worker was running. */
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep.filter((u) => typeof u === 'string' && ours(u)) : [];
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((u) => cache.add(u).catch(() => undefined)))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !ours(request.url)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? Response.error())),
  );
});

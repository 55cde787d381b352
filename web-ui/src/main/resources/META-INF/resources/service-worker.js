/*
 * Limber's service worker. Without a connection a runner can still read the quick reference; every other page shows
 * the offline page. It keeps only the offline page, the quick reference as a visitor who is not signed in sees it, and
 * the static files the quick reference loads. API responses, admin and account pages and anything else are never stored: they go to the network
 * untouched. Served with Cache-Control: no-cache, so a new version is picked up at once.
 */
const CACHE = 'limber-offline-v1';
const OFFLINE_PAGE = '/offline.html';
const REFERENCE = '/reference';
const STATIC_FILES = ['/VAADIN/build/', '/styles/', '/icons/', '/lumo/'];

// The offline page must be kept for the worker to install; the quick reference is kept now too if it can be, so it
// reads offline even if this device opened it before the worker was there.
self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE)
      .then(cache => cache.addAll([OFFLINE_PAGE, '/icons/limber-192.png']))
      .then(keepPublicReference)
      .then(() => self.skipWaiting()));
});

// Older versions' caches go; this worker takes over open pages at once.
self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
      .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && url.pathname === REFERENCE) {
    event.respondWith(networkFirst(request, false));
    event.waitUntil(keepPublicReference());
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
  } else if (STATIC_FILES.some(prefix => url.pathname.startsWith(prefix))) {
    event.respondWith(fromReference(event.clientId).then(keep => networkFirst(request, keep)));
  }
});

/**
 * Keeps the quick reference as anyone sees it, fetched without the browser's cookies: a signed-in runner's own copy
 * is their page (their menu and links), which must not be what the device shows after they sign out. Online, they
 * still get their own.
 */
function keepPublicReference() {
  return fetch(REFERENCE, {credentials: 'omit'})
      .then(response => response.ok && caches.open(CACHE).then(cache => cache.put(REFERENCE, response)))
      .catch(() => {});
}

/** Whether the page asking for a file is the quick reference: only its files are kept, not every page's. */
async function fromReference(clientId) {
  const client = clientId && await self.clients.get(clientId);
  return Boolean(client) && new URL(client.url).pathname === REFERENCE;
}

/** The network's answer (kept when asked to), else the kept copy, else the offline page for a navigation. */
async function networkFirst(request, keep) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (keep && response.ok && response.type === 'basic') {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    // A navigation has one kept copy, whatever its query or the headers the copy was fetched with.
    const navigation = request.mode === 'navigate';
    const kept = await cache.match(request, {ignoreSearch: navigation, ignoreVary: navigation});
    if (kept) {
      return kept;
    }
    return request.mode === 'navigate' ? cache.match(OFFLINE_PAGE) : Response.error();
  }
}

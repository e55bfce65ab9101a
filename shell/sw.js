// certplan's service worker: the app shell is precached under a name derived from the build's content
// hash, so a new build gets a new cache and old caches are dropped on activation. Cache first: the page
// opens with no network at all. scripts/build fills in __BUILD_HASH__ and __FILES__.
const CACHE = "certplan-__BUILD_HASH__";
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("certplan-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  // The fragment never reaches here; any page URL is the app shell.
  const key = url.pathname.endsWith("/") ? new URL("index.html", url).href : url.href.split("?")[0];
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(key).then((hit) => hit || fetch(event.request))));
});

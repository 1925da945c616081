/*
 * The service worker of the blank yardstick page: the same strategy as the
 * app's static/sw.js. Install: cache the page. Activate: take control.
 * Navigations: the cached page; other requests: cache first, then network.
 */
const CACHE_NAME = "blank-1";
const PAGE = new URL("./", self.location.href).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      cache.addAll(["./", "register.js"].map((url) => new Request(url, { cache: "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE_NAME).then(async (cache) => {
      const cached = await cache.match(request.mode === "navigate" ? PAGE : request, { ignoreSearch: request.mode === "navigate" });
      return cached ?? fetch(request);
    })
  );
});

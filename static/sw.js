/*
 * Samenspel service worker: makes the app work offline.
 *
 * Strategy
 * - install:  download every file of this release (PRECACHE) into a cache
 *             named "samenspel-<VERSION>". We do NOT call skipWaiting() here:
 *             a new release waits until the user agrees to reload, so a page
 *             never runs a mix of old and new files.
 * - message:  {type: "SKIP_WAITING"} from the page (the user clicked the
 *             update line) activates the waiting worker. {type: "CLAIM"}: a
 *             page that is not controlled although this worker is active
 *             asks to be taken over.
 * - activate: delete the caches of older releases, then take control of open
 *             pages (clients.claim()).
 * - fetch:    only same-origin GET requests are handled; everything else goes
 *             straight to the network and is never cached.
 *             Navigations get the cached index.html (app shell; the app uses a
 *             hash router, so every page is index.html), falling back to the
 *             network. Other requests: cache first, network as fallback.
 *
 * The line marked with @@precache@@ is rewritten by .ci/postbuild.py after
 * every `trunk build`: VERSION is a hash of all files of the release and
 * PRECACHE lists them (relative to this file). Because the line changes with
 * every release, the browser sees a byte-different sw.js and installs the new
 * worker. The values below are only the unbuilt defaults.
 */

const VERSION = "dev"; const PRECACHE = ["./", "index.html"]; /*@@precache@@*/

const CACHE_PREFIX = "samenspel-";
const CACHE_NAME = CACHE_PREFIX + VERSION;

// Absolute URLs of the app shell ("./" and "index.html" are both precached),
// resolved against this script's location so the app works from any sub-path.
const SHELL_URLS = [
  new URL("./", self.location.href).href,
  new URL("index.html", self.location.href).href,
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // cache: "reload" bypasses the HTTP cache, so we never store a stale
      // copy of a file from a previous release.
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))
    )
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
  // A page that loaded while this worker was being activated (a reload
  // during the first install) is not taken over by activate's claim.
  if (event.data && event.data.type === "CLAIM") {
    event.waitUntil(self.clients.claim().catch(() => {}));
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Other origins: not our business, the browser handles them (and the CSP
  // blocks them anyway). Nothing from another origin is ever cached.
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(appShell(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// Navigation: the cached index.html of this release, whatever the query string
// or path; the network only when the cache is missing (e.g. storage cleared).
async function appShell(request) {
  const cache = await caches.open(CACHE_NAME);
  for (const url of SHELL_URLS) {
    const cached = await cache.match(url, { ignoreSearch: true });
    if (cached) return withoutRedirect(cached);
  }
  return fetch(request);
}

// Some static hosts answer "index.html" with a redirect to "./". Chrome refuses
// a cached redirected response for a navigation, so hand out a plain copy.
async function withoutRedirect(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// Everything else: this release's cache first (exact URL, query string
// included), then the network. Network responses are not added to the cache:
// every file the app needs is in PRECACHE.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request, { ignoreSearch: false });
  if (cached) return cached;
  return fetch(request);
}

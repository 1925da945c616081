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
 * - the copy: the app keeps a copy of its start screen in its database
 *             (src/model/start_screen.rs). A navigation gets it in #app,
 *             hidden, when it was drawn by this release and still holds;
 *             index.html's own check shows it, or removes it before anything
 *             is painted. The database is only read, with one connection
 *             that closes as soon as the app needs it closed.
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
// or path, with the copy of the start screen when there is one; the network
// only when the cache is missing (e.g. storage cleared).
async function appShell(request) {
  // Read alongside the cache lookup, not after it.
  const copy = Promise.race([
    startScreenCopy().catch(() => null),
    new Promise((resolve) => setTimeout(() => resolve(null), COPY_WAIT_MS)),
  ]);
  const cache = await caches.open(CACHE_NAME);
  for (const url of SHELL_URLS) {
    const cached = await cache.match(url, { ignoreSearch: true });
    if (cached) {
      const shell = await withoutRedirect(cached);
      try {
        return (await withCopy(shell.clone(), await copy)) || shell;
      } catch (e) {
        return shell;
      }
    }
  }
  return fetch(request);
}

// How long (ms) a navigation waits for the copy before it goes without.
const COPY_WAIT_MS = 50;
const EMPTY_APP = '<div id="app"></div>';

// The page with the copy of the start screen in #app; null when there is none
// that holds (another release drew it, or its part of the day is over).
async function withCopy(shell, copy) {
  const now = Date.now();
  if (!copy || typeof copy.html !== "string" || !(now >= copy.from && now < copy.until)) return null;
  const html = await shell.text();
  if (!copy.build || !html.includes(`href="${copy.build}"`) || !html.includes(EMPTY_APP)) return null;
  const app =
    `<div id="app" hidden inert data-copy data-copy-prefs="${attribute(copy.prefs)}"` +
    ` data-copy-root="${attribute(JSON.stringify(copy.root))}">${copy.html}</div>`;
  // The host's headers, except those that described the old body.
  const headers = new Headers(shell.headers);
  for (const name of ["Content-Length", "Content-Encoding", "ETag", "Last-Modified"]) headers.delete(name);
  headers.set("Content-Type", "text/html; charset=utf-8");
  return new Response(html.replace(EMPTY_APP, () => app), {
    status: shell.status,
    statusText: shell.statusText,
    headers,
  });
}

function attribute(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

// The app's database, opened once per worker and only ever read. Never
// created here: when it does not exist yet, the opening is aborted. Closed at
// once when the app asks for a new version or deletes it.
let database = null;

function openDatabase() {
  if (!database) {
    database = new Promise((resolve) => {
      const open = indexedDB.open("samenspel");
      open.onupgradeneeded = () => open.transaction.abort();
      open.onerror = () => {
        database = null;
        resolve(null);
      };
      open.onsuccess = () => {
        const db = open.result;
        const mine = database;
        const forget = () => {
          db.close();
          if (database === mine) database = null;
        };
        db.onversionchange = forget;
        db.onclose = forget;
        resolve(db);
      };
    });
  }
  return database;
}

// The stored copy (src/model/start_screen.rs), or null. With the lock on
// there is none: the lock record is read in the same transaction, and a copy
// next to it (written by a tab that had not heard of the lock yet) or a
// sealed one counts as none.
async function startScreenCopy() {
  const db = await openDatabase();
  if (!db) return null;
  return new Promise((resolve) => {
    let copy, lock;
    try {
      const tx = db.transaction("meta");
      const store = tx.objectStore("meta");
      copy = store.get("start_screen");
      lock = store.get("lock");
      tx.oncomplete = () => {
        try {
          resolve(lock.result === undefined ? JSON.parse(copy.result.data) : null);
        } catch (e) {
          resolve(null);
        }
      };
      tx.onabort = () => resolve(null);
    } catch (e) {
      db.close();
      database = null;
      resolve(null);
    }
  });
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

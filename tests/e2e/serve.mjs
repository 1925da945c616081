#!/usr/bin/env node
// Tiny zero-dependency static file server for a built Samenspel (dist/).
//
//   node tests/e2e/serve.mjs <dir> <port> [host=127.0.0.1]
//
// - "/" (and any path ending in "/") serves that directory's index.html;
//   everything else is served as a file or answered 404 (no SPA fallback: the
//   app uses a hash router, like any plain static host).
// - Correct Content-Type for the file types a Trunk build produces.
// - sw.js, index.html and other unhashed files get "Cache-Control: no-cache"
//   so a new release is always seen; Trunk's content-hashed files
//   (name-<up to 16 hex>.js/.wasm/.css) are immutable.
// - No directory traversal: the resolved path must stay inside <dir>.
// Used by .ci/serve and by the Playwright tests (webServer in playwright.config.ts).

import { createServer } from "node:http";
import { stat, readFile } from "node:fs/promises";
import path from "node:path";
import process from "node:process";

const [dirArg, portArg, host = "127.0.0.1"] = process.argv.slice(2);
if (!dirArg || !portArg) {
  console.error("usage: node serve.mjs <dir> <port> [host=127.0.0.1]");
  process.exit(2);
}
const root = path.resolve(dirArg);
const port = Number(portArg);

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/; // Trunk: {:x} of a u64, not zero-padded

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(body);
}

async function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "method not allowed\n", { Allow: "GET, HEAD" });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    return send(res, 400, "bad request\n");
  }
  if (pathname.includes("\0")) return send(res, 400, "bad request\n");
  if (pathname.endsWith("/")) pathname += "index.html";

  const file = path.resolve(root, "." + path.posix.normalize(pathname));
  if (file !== root && !file.startsWith(root + path.sep)) {
    return send(res, 404, "not found\n");
  }
  let info;
  try {
    info = await stat(file);
  } catch {
    return send(res, 404, "not found\n");
  }
  if (!info.isFile()) return send(res, 404, "not found\n");

  const body = await readFile(file);
  const base = path.basename(file);
  const headers = {
    "Content-Type": MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": body.length,
    "Cache-Control": HASHED.test(base) ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, "internal error\n");
    else res.destroy();
  });
});
server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${port}/`);
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}

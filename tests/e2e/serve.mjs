#!/usr/bin/env node
// Tiny zero-dependency static file server for a built Samenspel (dist/).
//
//   node tests/e2e/serve.mjs <dir> <port> [host=127.0.0.1] [--gzip]
//
// - "/" (and any path ending in "/") serves that directory's index.html;
//   everything else is served as a file or answered 404 (no SPA fallback: the
//   app uses a hash router, like any plain static host).
// - Correct Content-Type for the file types a Trunk build produces.
// - sw.js, index.html and other unhashed files get "Cache-Control: no-cache"
//   so a new release is always seen; Trunk's content-hashed files
//   (name-<up to 16 hex>.js/.wasm/.css) are immutable.
// - No directory traversal: the resolved path must stay inside <dir>.
// - With --gzip, text and wasm are sent gzip-compressed to clients that accept
//   it, as a real static host does (used by .ci/perf for Lighthouse, whose
//   simulated network counts the bytes on the wire).
// Used by .ci/serve and by the Playwright tests (webServer in playwright.config.ts).

import { createServer } from "node:http";
import { stat, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import process from "node:process";

const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const [dirArg, portArg, host = "127.0.0.1"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const GZIP = flags.includes("--gzip");
if (!dirArg || !portArg || flags.some((f) => f !== "--gzip")) {
  console.error("usage: node serve.mjs <dir> <port> [host=127.0.0.1] [--gzip]");
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
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".txt", ".map"]);
const gzipped = new Map(); // file -> { mtimeMs, body }

/** The gzip -9 body of a file, made once per version of the file. */
function gzipOf(file, info, body) {
  const known = gzipped.get(file);
  if (known && known.mtimeMs === info.mtimeMs) return known.body;
  const packed = gzipSync(body, { level: 9 });
  gzipped.set(file, { mtimeMs: info.mtimeMs, body: packed });
  return packed;
}

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

  let body = await readFile(file);
  const base = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  const headers = {
    "Content-Type": MIME[ext] ?? "application/octet-stream",
    "Cache-Control": HASHED.test(base) ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (GZIP && COMPRESSIBLE.has(ext)) {
    headers["Vary"] = "Accept-Encoding";
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipOf(file, info, body);
      headers["Content-Encoding"] = "gzip";
    }
  }
  headers["Content-Length"] = body.length;
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

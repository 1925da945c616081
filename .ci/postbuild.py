#!/usr/bin/env python3
"""Post-build step for Samenspel (Trunk `post_build` hook; also runnable by hand).

    python3 .ci/postbuild.py [DIR]

DIR defaults to $TRUNK_STAGING_DIR (set by Trunk for hooks), else "dist".

1. index.html: computes the sha256 of every inline <script> (no src; in
   practice Trunk's one `<script type="module">` bootstrap) and rewrites the
   Content-Security-Policy <meta> so that exactly those scripts may run.
   Every `integrity="shaNNN-..."` on a <link> is recomputed from the file it
   names, so it still matches after .ci/minify changed that file.
2. sw.js: rewrites the line ending in /*@@precache@@*/ with
       const VERSION = "<16 hex>"; const PRECACHE = ["./", "index.html", ...]; /*@@precache@@*/
   VERSION is a sha256 over the names and contents of every file in DIR except
   sw.js (taken after step 1), so any change to the release gives a new worker.

Idempotent: running it again on the same files changes nothing, and running it
on a modified copy of dist/ (tests simulate a new release that way) updates
both the CSP and the precache line. Standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
from pathlib import Path

SW_NAME = "sw.js"
INDEX_NAME = "index.html"
MARKER = "/*@@precache@@*/"

# The one place the policy lives. {script_hashes} is filled in per build.
CSP_TEMPLATE = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval'{script_hashes}; "
    "style-src 'self'; "
    "img-src 'self' data: blob:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "manifest-src 'self'; "
    "worker-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self'"
)

SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
SRC_ATTR_RE = re.compile(r"(?:^|\s)src\s*=", re.IGNORECASE)
CSP_META_RE = re.compile(
    r"""(<meta\b[^>]*?\bhttp-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*?\bcontent\s*=\s*)(["'])(.*?)\2""",
    re.IGNORECASE | re.DOTALL,
)
CSP_META_RE_REVERSED = re.compile(  # content="..." written before http-equiv
    r"""(<meta\b[^>]*?\bcontent\s*=\s*)(["'])(.*?)\2(?=[^>]*\bhttp-equiv\s*=\s*["']?Content-Security-Policy)""",
    re.IGNORECASE | re.DOTALL,
)


COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)


def mask_comments(html: str) -> str:
    """html with every <!-- comment --> blanked out (same length, so match
    positions still refer to the original text)."""
    return COMMENT_RE.sub(lambda m: " " * len(m.group(0)), html)


def fail(msg: str) -> None:
    print(f"postbuild: error: {msg}", file=sys.stderr)
    sys.exit(1)


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for every inline script, in document order."""
    hashes = []
    for m in SCRIPT_RE.finditer(mask_comments(html)):
        if SRC_ATTR_RE.search(m.group(1)):
            continue
        body = html[m.start(2):m.end(2)]  # the script text as the browser hashes it
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        token = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if token not in hashes:
            hashes.append(token)
    return hashes


def rewrite_csp(index: Path) -> list[str]:
    html = index.read_text(encoding="utf-8")
    hashes = inline_script_hashes(html)
    policy = CSP_TEMPLATE.format(script_hashes="".join(" " + h for h in hashes))
    masked = mask_comments(html)
    for regex in (CSP_META_RE, CSP_META_RE_REVERSED):
        matches = list(regex.finditer(masked))
        if len(matches) > 1:
            fail(f"{index}: more than one Content-Security-Policy <meta>")
        if matches:
            m = matches[0]
            quote = m.group(2)
            new = f"{html[m.start(1):m.end(1)]}{quote}{policy}{quote}"
            html = html[: m.start()] + new + html[m.end():]
            break
    else:
        fail(f"{index}: no <meta http-equiv=\"Content-Security-Policy\" content=...> found")
    index.write_text(html, encoding="utf-8")
    return hashes


LINK_RE = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
HREF_RE = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
INTEGRITY_RE = re.compile(r"""(\bintegrity\s*=\s*["'])sha(256|384|512)-[A-Za-z0-9+/=]+(["'])""", re.IGNORECASE)


def rewrite_integrity(index: Path) -> int:
    """Recomputes every <link integrity="shaNNN-..."> from the file it names
    (relative to index.html). Returns how many were checked."""
    html = index.read_text(encoding="utf-8")
    count = 0

    def fix(m: re.Match) -> str:
        nonlocal count
        tag = m.group(0)
        im = INTEGRITY_RE.search(tag)
        hm = HREF_RE.search(tag)
        if not im or not hm:
            return tag
        target = index.parent / hm.group(1)
        if not target.is_file():
            fail(f"{index}: integrity on {hm.group(1)}, which is not in {index.parent}")
        bits = im.group(2)
        digest = hashlib.new(f"sha{bits}", target.read_bytes()).digest()
        value = f"sha{bits}-{base64.b64encode(digest).decode('ascii')}"
        count += 1
        return tag[: im.start()] + f"{im.group(1)}{value}{im.group(3)}" + tag[im.end():]

    masked = mask_comments(html)
    out, last = [], 0
    for m in LINK_RE.finditer(masked):
        out.append(html[last:m.start()])
        out.append(fix(re.match(r"<link\b[^>]*>", html[m.start():m.end()], re.IGNORECASE)))
        last = m.end()
    out.append(html[last:])
    index.write_text("".join(out), encoding="utf-8")
    return count


def release_files(root: Path) -> list[str]:
    """Every file below root (POSIX relative paths, sorted), minus sw.js and dot-files."""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            rel = (Path(dirpath) / name).relative_to(root).as_posix()
            if rel == SW_NAME:
                continue
            files.append(rel)
    return sorted(files)


def release_version(root: Path, files: list[str]) -> str:
    h = hashlib.sha256()
    for rel in files:
        data = (root / rel).read_bytes()
        h.update(rel.encode("utf-8") + b"\0")
        h.update(str(len(data)).encode("ascii") + b"\0")
        h.update(data)
    return h.hexdigest()[:16]


def rewrite_sw(sw: Path, version: str, files: list[str]) -> None:
    precache = ["./", INDEX_NAME] + [f for f in files if f != INDEX_NAME]
    line = (
        f"const VERSION = {json.dumps(version)}; "
        f"const PRECACHE = {json.dumps(precache, ensure_ascii=False)}; {MARKER}"
    )
    text = sw.read_text(encoding="utf-8")
    lines = text.split("\n")
    hits = [i for i, l in enumerate(lines) if l.rstrip().endswith(MARKER)]
    if len(hits) != 1:
        fail(f"{sw}: expected exactly one line ending in {MARKER}, found {len(hits)}")
    indent = re.match(r"\s*", lines[hits[0]]).group(0)
    lines[hits[0]] = indent + line
    sw.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str]) -> None:
    if len(argv) > 2:
        fail("usage: postbuild.py [DIR]")
    root = Path(argv[1] if len(argv) == 2 else os.environ.get("TRUNK_STAGING_DIR") or "dist")
    if not root.is_dir():
        fail(f"{root} is not a directory")
    index, sw = root / INDEX_NAME, root / SW_NAME
    if not index.is_file():
        fail(f"{index} missing")
    if not sw.is_file():
        fail(f"{sw} missing (is static/sw.js copied by index.html?)")

    rewrite_integrity(index)
    hashes = rewrite_csp(index)  # before the version: index.html is part of it
    if not hashes:
        print("postbuild: warning: no inline <script> found in index.html", file=sys.stderr)
    files = release_files(root)
    version = release_version(root, files)
    rewrite_sw(sw, version, files)
    print(
        f"postbuild: {root}: CSP with {len(hashes)} script hash(es) {' '.join(hashes)}; "
        f"sw.js VERSION {version}, {len(files) + 1} precache entries"
    )


if __name__ == "__main__":
    main(sys.argv)

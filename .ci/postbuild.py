#!/usr/bin/env python3
"""Post-build step for Samenspel (Trunk `post_build` hook; also runnable by hand).

    python3 .ci/postbuild.py [DIR]

DIR defaults to $TRUNK_STAGING_DIR (set by Trunk for hooks), else "dist".

0. index.html: the wasm is fetched only after the skeleton has been painted.
   Trunk's `<link rel="preload" ... .wasm>` is removed, and when the page is
   not served by the service worker (a first visit, over the network), its
   bootstrap script waits for the first frame (or 100 ms, for a tab in the
   background) before it calls `init`. On a weak signal the 460 KiB wasm then
   no longer competes with index.html and the CSS for the first paint. From
   the service worker's cache there is no such contention, so it starts at once.
   Then the text assets are minified: the CSS and index.html lose comments
   and layout whitespace (in Python, below), and the wasm-bindgen JS goes
   through terser (npm, tests/e2e; skipped with a warning when it is not
   installed). About 4 KiB gzip off the first load.
   The CSS is then put into index.html as a <style> (and its file removed):
   the first frame no longer waits for a second file (about 9 ms of a warm
   start from the service worker, issue 11).
1. index.html: computes the sha256 of every inline <script> (no src: Trunk's
   `<script type="module">` bootstrap and the copy of the start screen) and
   <style>, and rewrites the Content-Security-Policy <meta> so that exactly
   those scripts and styles are allowed.
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
import subprocess
import sys
from pathlib import Path

SW_NAME = "sw.js"
INDEX_NAME = "index.html"
MARKER = "/*@@precache@@*/"

# The one place the policy lives. {script_hashes} and {style_hashes} are
# filled in per build.
CSP_TEMPLATE = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval'{script_hashes}; "
    "style-src 'self'{style_hashes}; "
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


WASM_PRELOAD_RE = re.compile(r"""<link\b[^>]*\brel=["']?preload["']?[^>]*\.wasm["'][^>]*>""", re.IGNORECASE)
INIT_CALL = "const wasm = await init("
AFTER_PAINT = (
    "if (!navigator.serviceWorker?.controller) await new Promise((go) => {"
    " requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });\n"
)


def defer_wasm(index: Path) -> None:
    """Moves the wasm fetch behind the first paint (see the module docs)."""
    html = index.read_text(encoding="utf-8")
    html = WASM_PRELOAD_RE.sub("", html)
    if AFTER_PAINT not in html:
        if html.count(INIT_CALL) != 1:
            fail(f"{index}: expected Trunk's bootstrap with one `{INIT_CALL}`")
        html = html.replace(INIT_CALL, AFTER_PAINT + INIT_CALL)
    index.write_text(html, encoding="utf-8")


CSS_COMMENT_RE = re.compile(r"/\*.*?\*/", re.DOTALL)
JS_MARK = "/*min*/"
TERSER = Path(__file__).resolve().parent.parent / "tests/e2e/node_modules/terser/bin/terser"


def minify_css(css: str) -> str:
    """Comments and layout whitespace out. Keeps a space before `:` (a
    descendant `.a :focus` is not `.a:focus`); the CSS has no strings in which
    these characters matter (only `content: ""`)."""
    css = CSS_COMMENT_RE.sub("", css)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};,>])\s*", r"\1", css)
    css = re.sub(r":\s+", ":", css)
    return css.replace(";}", "}").strip()


def minify(root: Path, index: Path) -> None:
    html = index.read_text(encoding="utf-8")
    html = COMMENT_RE.sub("", html)
    html = re.sub(r"\n\s+", "\n", html)
    for css in sorted(root.glob("*.css")):
        text = minify_css(css.read_text(encoding="utf-8"))
        link = re.compile(r'<link\b[^>]*\bhref="\./' + re.escape(css.name) + r'"[^>]*>')
        if len(link.findall(html)) != 1 or "</style" in text:
            fail(f"{index}: expected one <link> of {css.name}, to put its CSS in place")
        html = link.sub(lambda _: f"<style>{text}</style>", html)
        css.unlink()
    index.write_text(html, encoding="utf-8")
    scripts = [js for js in sorted(root.glob("*.js")) if js.name != SW_NAME]
    if not TERSER.is_file():
        print(f"postbuild: warning: {TERSER} missing (npm ci in tests/e2e): JS not minified", file=sys.stderr)
        return
    for js in scripts:
        if js.read_text(encoding="utf-8").startswith(JS_MARK):
            continue
        subprocess.run(
            ["node", str(TERSER), str(js), "--module", "--compress", "--mangle",
             "--format", f"preamble={json.dumps(JS_MARK)}", "--output", str(js)],
            check=True,
        )


STYLE_RE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)


def inline_hashes(html: str, regex: re.Pattern) -> list[str]:
    """CSP source expressions for every inline element `regex` finds (not
    those with a src), in document order."""
    hashes = []
    for m in regex.finditer(mask_comments(html)):
        if SRC_ATTR_RE.search(m.group(1)):
            continue
        body = html[m.start(2):m.end(2)]  # the text as the browser hashes it
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        token = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if token not in hashes:
            hashes.append(token)
    return hashes


def rewrite_csp(index: Path) -> tuple[list[str], list[str]]:
    html = index.read_text(encoding="utf-8")
    hashes = inline_hashes(html, SCRIPT_RE)
    styles = inline_hashes(html, STYLE_RE)
    policy = CSP_TEMPLATE.format(
        script_hashes="".join(" " + h for h in hashes),
        style_hashes="".join(" " + h for h in styles),
    )
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
    return hashes, styles


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

    defer_wasm(index)
    minify(root, index)
    hashes, styles = rewrite_csp(index)  # first: index.html is part of the version hash
    if not hashes:
        print("postbuild: warning: no inline <script> found in index.html", file=sys.stderr)
    files = release_files(root)
    version = release_version(root, files)
    rewrite_sw(sw, version, files)
    print(
        f"postbuild: {root}: CSP with {len(hashes)} script and {len(styles)} style hash(es); "
        f"sw.js VERSION {version}, {len(files) + 1} precache entries"
    )


if __name__ == "__main__":
    main(sys.argv)

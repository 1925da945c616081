#!/usr/bin/env python3
"""Size budget for a built Samenspel release.

    python3 .ci/size-budget.py [DIST]     (DIST defaults to "dist")

Prints the raw and gzip -9 size of every file in DIST and the total
"first-load transfer": what a phone fetches before the app is usable, i.e.
index.html, the wasm, the JS (not sw.js: the worker is fetched after the page
is up), the CSS, the web manifest and the favicon. Icons are not counted (only
fetched on install), nor is the service-worker precache of them, nor
texts-en.json: the English texts, fetched only when the person chooses
English (a Dutch first load never asks for them; tests/e2e/english.spec.ts
checks that). Its size is printed on a line of its own.

Fails (exit 1) when the first-load total is above the budget in
.ci/budget.json ("first_load_gzip_kib", KiB = 1024 bytes).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

BUDGET_FILE = Path(__file__).with_name("budget.json")
FIRST_LOAD_NAMES = {"index.html", "manifest.webmanifest", "favicon.svg"}
FIRST_LOAD_SUFFIXES = {".wasm", ".js", ".css"}
NOT_FIRST_LOAD = {"sw.js"}
ENGLISH = "texts-en.json"  # only when English is chosen: not first load


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def is_first_load(rel: str) -> bool:
    if rel in NOT_FIRST_LOAD or "/" in rel:  # only top-level files; icons/ excluded
        return False
    return rel in FIRST_LOAD_NAMES or Path(rel).suffix in FIRST_LOAD_SUFFIXES


def kib(n: int) -> str:
    return f"{n / 1024:8.1f} KiB"


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    if not dist.is_dir():
        print(f"size-budget: {dist} is not a directory (run trunk build --release first)", file=sys.stderr)
        return 2
    budget_kib = json.loads(BUDGET_FILE.read_text())["first_load_gzip_kib"]
    budget = int(budget_kib * 1024)

    rows = []
    for path in sorted(p for p in dist.rglob("*") if p.is_file()):
        rel = path.relative_to(dist).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        data = path.read_bytes()
        rows.append((rel, len(data), gz(data), is_first_load(rel)))

    if not any(r[0].endswith(".wasm") for r in rows):
        print(f"size-budget: no .wasm in {dist}: not a Trunk build?", file=sys.stderr)
        return 2

    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw':>12}  {'gzip -9':>12}  first load")
    for rel, raw, z, first in rows:
        print(f"{rel:<{width}}  {kib(raw)}  {kib(z)}  {'yes' if first else ''}")
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    first_gz = sum(r[2] for r in rows if r[3])
    print(f"{'all files':<{width}}  {kib(total_raw)}  {kib(total_gz)}")
    english = [r for r in rows if r[0] == ENGLISH]
    if english:
        print(f"English texts ({ENGLISH}, fetched only when English is chosen): "
              f"{english[0][2]} bytes = {english[0][2] / 1024:.1f} KiB gzip")
    print(f"first-load transfer (gzip -9): {first_gz} bytes = {first_gz / 1024:.1f} KiB; "
          f"budget {budget_kib} KiB ({budget} bytes) from {BUDGET_FILE.name}")
    goal_kib = json.loads(BUDGET_FILE.read_text()).get("goal_gzip_kib")
    if goal_kib is not None:
        print(f"goal: {goal_kib} KiB; {'met' if first_gz <= goal_kib * 1024 else 'not met yet'}")
    if first_gz > budget:
        print(f"size-budget: FAIL: first load is {first_gz - budget} bytes over budget", file=sys.stderr)
        return 1
    print(f"size-budget: ok, {budget - first_gz} bytes ({(budget - first_gz) / 1024:.1f} KiB) to spare")
    return 0


if __name__ == "__main__":
    sys.exit(main())

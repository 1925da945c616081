#!/usr/bin/env python3
"""The table of `.ci/perf`: every figure of issue 11 against its budget.

    python3 .ci/perf-table.py DIST OUT

Reads what the steps of .ci/perf left in OUT (tests/e2e/perf-out): bench.log
(the perf-figure lines of tests/bench_storage.rs), lighthouse.json,
warm-start.json, screens.json and floor.json (.ci/size-floor); computes the first-load gzip sizes of DIST
with the functions of .ci/size-budget.py. Prints one Markdown table to stdout
and writes it to OUT/figures.md. A missing measurement shows as "not measured".
Standard library only.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("size_budget", HERE / "size-budget.py")
size_budget = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(size_budget)  # type: ignore[union-attr]

OP_GOAL_MS = 16.0  # issue 11: each store operation at most 16 ms p95
SUMMARY_GOAL_MS = 50.0  # the summary built and its QR code drawn
LIGHTHOUSE_PERF_GOAL = 0.98
WARM_RATIO_GOAL = 2.0

rows: list[tuple[str, str, str, str]] = []
met = missed = 0


def row(what: str, figure: str, budget: str = "", ok: bool | None = None) -> None:
    global met, missed
    verdict = ""
    if ok is True:
        verdict, met = "met", met + 1
    elif ok is False:
        verdict, missed = "**missed**", missed + 1
    rows.append((what, figure, budget, verdict))


def load(out: Path, name: str):
    """The JSON a step left in OUT; None when it is missing or unreadable (shown as not measured)."""
    path = out / name
    try:
        return json.loads(path.read_text()) if path.exists() else None
    except json.JSONDecodeError:
        return None


def sizes(dist: Path) -> None:
    budget_file = json.loads(size_budget.BUDGET_FILE.read_text())
    goal = budget_file.get("goal_gzip_kib", budget_file["first_load_gzip_kib"])
    total = 0
    for path in sorted(p for p in dist.rglob("*") if p.is_file()):
        rel = path.relative_to(dist).as_posix()
        if any(part.startswith(".") for part in rel.split("/")) or not size_budget.is_first_load(rel):
            continue
        z = size_budget.gz(path.read_bytes())
        total += z
        row(f"First load, gzip -9: {rel}", f"{z / 1024:.1f} KiB")
    row("**First load, gzip -9: total**", f"**{total / 1024:.1f} KiB**", f"≤ {goal} KiB", total <= goal * 1024)


def floor(out: Path) -> None:
    """What a yew app weighs before any feature: the floor under the size goal."""
    f = load(out, "floor.json")
    if not f:
        row("Floor: yew app with one button, wasm gzip -9", "not measured")
        return
    row("Floor: yew app with one button, wasm gzip -9", f"{f['counter']['wasm'] / 1024:.1f} KiB", "printed")
    row("Floor: the same with idb + serde_json (one record), wasm gzip -9", f"{f['store']['wasm'] / 1024:.1f} KiB", "printed")


def lighthouse(out: Path) -> None:
    figures = load(out, "lighthouse.json")
    if figures is None:
        row("Lighthouse", "not measured")
        return
    for f in figures:
        name = f["name"]
        perf = f["performance"]
        row(f"Lighthouse, {name}: performance", f"{perf:.2f}", f"≥ {LIGHTHOUSE_PERF_GOAL}", perf >= LIGHTHOUSE_PERF_GOAL)
        row(f"Lighthouse, {name}: accessibility", f"{f['accessibility']:.2f}", "1.0 (goal)", f["accessibility"] >= 1.0)
        row(f"Lighthouse, {name}: best practices", f"{f['bestPractices']:.2f}", "1.0 (goal)", f["bestPractices"] >= 1.0)
        row(
            f"Lighthouse, {name}: LCP / TBT / CLS",
            f"{f['lcpMs']:.0f} ms / {f['tbtMs']:.0f} ms / {f['cls']:.3f}",
            "printed",
        )


def warm_start(out: Path) -> None:
    f = load(out, "warm-start.json")
    if f is None:
        row("Warm start offline", "not measured")
        return
    row("Warm start offline → start screen with data, p50 (p95)", f"{f['app']['p50']:.0f} ms ({f['app']['p95']:.0f} ms)")
    row("Warm start offline → blank static page, p50 (p95)", f"{f['blank']['p50']:.0f} ms ({f['blank']['p95']:.0f} ms)")
    row("**Warm start: app / blank page (p50)**", f"**{f['ratio']:.1f}×**", f"≤ {WARM_RATIO_GOAL:g}×", f["ratio"] <= WARM_RATIO_GOAL)
    if "appReady" in f:
        runs = f["app"]["runs"]
        row("Warm start: start screen first shown by the kept copy (service worker)", f"{f['fromCopy']} of {runs} runs", "printed")
        row("Warm start offline → the app itself has taken over, p50 (p95)", f"{f['appReady']['p50']:.0f} ms ({f['appReady']['p95']:.0f} ms)", "printed")
        row("Warm start: app taken over / blank page (p50)", f"{f['readyRatio']:.1f}×", "printed")


def screens(out: Path) -> None:
    f = load(out, "screens.json")
    if f is None:
        row("Screens with five years of data", "not measured")
        return
    o = f["open"]
    row("Five years: open the app → its own start screen with data, p50 / p95", f"{o['p50']:.0f} / {o['p95']:.0f} ms", "printed")
    for s in f["screens"]:
        row(f"Five years: show {s['name']}, p50 / p95", f"{s['p50']:.0f} / {s['p95']:.0f} ms", "printed")


def bench(out: Path) -> None:
    log = out / "bench.log"
    lines = [l.split("\t") for l in log.read_text().splitlines() if l.startswith("perf-figure\t")] if log.exists() else []
    if not lines:
        row("Store operations (tests/bench_storage.rs)", "not measured")
        return
    for _, name, p50, p95, runs in lines:
        p50f, p95f = float(p50), float(p95)
        figure = f"{p50f:.1f} / {p95f:.1f} ms"
        if name.startswith("share summary"):
            row(f"Five years: {name}, p50 / p95", figure, f"p95 ≤ {SUMMARY_GOAL_MS:g} ms", p95f <= SUMMARY_GOAL_MS)
        elif name.startswith("full load"):
            # Nine reads in a row, not a single operation: printed, no budget.
            row(f"Five years: {name}, p50 / p95", figure, "printed")
        else:
            row(f"Five years, store: {name}, p50 / p95", figure, f"p95 ≤ {OP_GOAL_MS:g} ms", p95f <= OP_GOAL_MS)


def notes(out: Path) -> str:
    """Where the time goes, for figures.md: Lighthouse's findings and the warm start's parts."""
    text = ""
    for f in load(out, "lighthouse.json") or []:
        text += f"\n## Lighthouse: {f['name']}\n\n"
        text += f"- LCP element: `{f['lcpElement']}`; LCP phases (ms): {json.dumps(f['lcpPhases'])}\n"
        if f.get("wasmTransferBytes"):
            text += f"- wasm on the wire: {f['wasmTransferBytes'] / 1024:.0f} KiB; DOM elements: {f.get('domElements')}\n"
        for x in f["findings"]:
            text += f"- {x['category']}: {x['title']} (score {x['score']}) {x['display']}\n"
        text += f"- full report: lighthouse-*.html next to this file\n"
    w = load(out, "warm-start.json")
    if w:
        text += "\n## Warm start, app\n\n"
        text += f"- first contentful paint as the browser reports it: p50 {w['appFirstPaint']['p50']} ms"
        if "blankFirstPaint" in w:
            text += f" (blank page {w['blankFirstPaint']['p50']} ms)"
        text += f"; wasm file in hand at p50 {w['appWasmLoaded']['p50']} ms; data shown at p50 {w['app']['p50']} ms"
        if "appReady" in w:
            text += f"; the app itself took over at p50 {w['appReady']['p50']} ms"
        text += "\n"
    return text


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    dist, out = Path(sys.argv[1]), Path(sys.argv[2])
    sizes(dist)
    floor(out)
    lighthouse(out)
    warm_start(out)
    screens(out)
    bench(out)
    width = [max(len(r[i]) for r in rows + [("Measure", "Figure", "Budget", "")]) for i in range(4)]
    lines = [
        f"| {'Measure':<{width[0]}} | {'Figure':>{width[1]}} | {'Budget':<{width[2]}} | {'':<{width[3]}} |",
        f"|{'-' * (width[0] + 2)}|{'-' * (width[1] + 1)}:|{'-' * (width[2] + 2)}|{'-' * (width[3] + 2)}|",
    ]
    for r in rows:
        lines.append(f"| {r[0]:<{width[0]}} | {r[1]:>{width[1]}} | {r[2]:<{width[2]}} | {r[3]:<{width[3]}} |")
    when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = "\n".join(lines)
    text += f"\n\n{met} budgets met, {missed} missed ({when}; release build; figures in ms are p50 / p95).\n"
    print(text, end="")
    (out / "figures.md").write_text(f"# Samenspel: figures of issue 11\n\n{text}{notes(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

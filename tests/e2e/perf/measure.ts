// Shared by the measurements: the moment a page shows what we wait for, and
// percentiles. Everything is timed inside the page with performance.now().
import * as fs from "node:fs";
import * as path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";

export const OUT_DIR = path.join(import.meta.dirname, "..", "perf-out");

/** Writes one measurement's figures to perf-out/<name>.json. */
export function writeFigures(name: string, figures: unknown) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, `${name}.json`), JSON.stringify(figures, null, 2) + "\n");
}

/** The value at fraction q of the samples (nearest rank). */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** p50 and p95 of the samples, rounded to 0.1 ms. */
export function stats(samples: number[]) {
  const r = (x: number) => Math.round(x * 10) / 10;
  return { p50: r(quantile(samples, 0.5)), p95: r(quantile(samples, 0.95)), runs: samples.length, samples: samples.map(r) };
}

/**
 * Makes every page of the context note, in `window[key]` (`__shown` unless
 * told), when an element matching one of `selectors` first appears, as the
 * time (performance.now(), so ms since the navigation started) of the
 * animation frame after it appeared: the frame that paints it. `window[key +
 * "Copy"]` says whether it was the app's copy of the start screen (see
 * src/model/start_screen.rs).
 */
export async function watchShown(context: BrowserContext, selectors: string[], key = "__shown") {
  await context.addInitScript(
    ({ selectors, key }) => {
      const w = window as unknown as Record<string, unknown>;
      let seen = false;
      const check = () => {
        if (seen) return;
        if (!selectors.some((s) => document.querySelector(s))) return;
        seen = true;
        w[key + "Copy"] = document.querySelector("#app[data-copy]") !== null;
        requestAnimationFrame(() => {
          w[key] = performance.now();
        });
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
      check();
    },
    { selectors, key },
  );
}

/** Waits until the page noted it shows what was asked for; returns that moment (ms). */
export async function shownAt(page: Page, key = "__shown"): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, number | undefined>)[key],
    key,
    { timeout: 30_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Goes to `hash` inside the running app and returns the time until the frame
 * after an element matching `ready` appeared that was not on the page before.
 */
export async function navigateInApp(page: Page, hash: string, ready: string): Promise<number> {
  return page.evaluate(
    ({ hash, ready }) =>
      new Promise<number>((resolve, reject) => {
        for (const el of Array.from(document.querySelectorAll(ready))) el.setAttribute("data-perf-old", "");
        const fresh = () => document.querySelector(`${ready}:not([data-perf-old])`);
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error(`${hash}: ${ready} did not appear`)), 30_000);
        let finished = false;
        const done = () => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - t0));
        };
        const observer = new MutationObserver(() => {
          if (fresh()) done();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
        location.hash = hash;
        if (fresh()) done();
      }),
    { hash, ready },
  );
}

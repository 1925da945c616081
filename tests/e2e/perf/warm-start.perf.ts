// Issue 11, warm start: after a first visit installed the service worker, the
// phone goes offline and the app is opened again (a new tab). Timed from the
// start of the navigation to the frame that shows the start screen with the
// caregiver's data (the realistic seed), and in the same browser the same for
// a blank static page served offline by its own service worker (perf/blank,
// from the same server; on the origin "localhost" instead of "127.0.0.1", as
// the app's worker answers every navigation on its own origin). Median of
// several runs, alternating the two, and the ratio (goal: at most 2x).
//
// The start screen first comes from the copy the app kept of it
// (src/model/start_screen.rs), which the service worker puts into the page
// and index.html shows while the app loads; the moment the app itself has
// taken over (and can be used) is measured too, with its own ratio.
import { test, expect } from "@playwright/test";
import { seedApp, storedCopy } from "../seed";
import { watchShown, shownAt, stats, writeFigures } from "./measure";

const RUNS = 15;

test("warm start offline, against a blank page", async ({ page, context, baseURL }) => {
  const blankUrl = new URL("blank/", baseURL!.replace("127.0.0.1", "localhost")).href;
  // The start screen with data: the card of agreements due only shows once
  // the records are read. The blank page: its heading.
  await watchShown(context, ["#app:not([hidden]) [data-testid=due-agreements]", "h1.blank"]);
  await watchShown(context, ["#app:not([data-copy]) [data-testid=due-agreements]", "h1.blank"], "__ready");
  await seedApp(page, "realistic");
  // The app keeps its copy of the start screen a moment after drawing it.
  await expect.poll(() => storedCopy(page)).not.toBeNull();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  await page.goto(blankUrl);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });

  await context.setOffline(true);
  const app: number[] = [];
  const ready: number[] = [];
  let fromCopy = 0;
  const blank: number[] = [];
  const fcp: number[] = [];
  const blankFcp: number[] = [];
  const wasm: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    for (const which of ["app", "blank"] as const) {
      const tab = await context.newPage();
      const response = await tab.goto(which === "app" ? "/" : blankUrl, { waitUntil: "commit" });
      expect(response?.fromServiceWorker(), `${which} comes from its service worker`).toBe(true);
      const ms = await shownAt(tab);
      if (which === "app") {
        const readyMs = await shownAt(tab, "__ready");
        const copy = await tab.evaluate(() => (window as unknown as { __shownCopy: boolean }).__shownCopy);
        if (i > 0) {
          ready.push(readyMs);
          if (copy) fromCopy++;
        }
        await expect(tab.getByTestId("greeting")).toContainText("Marieke");
        // Where the time goes: the skeleton's first paint, the wasm file in hand.
        const parts = await tab.evaluate(() => ({
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
          wasm: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) => r.name.endsWith(".wasm"))?.responseEnd ?? NaN,
        }));
        if (i > 0) {
          fcp.push(parts.fcp);
          wasm.push(parts.wasm);
        }
      }
      if (which === "blank" && i > 0) {
        blankFcp.push(await tab.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN));
      }
      // The first round warms the browser's caches for both alike; not counted.
      if (i > 0) (which === "app" ? app : blank).push(ms);
      await tab.close();
    }
  }
  await context.setOffline(false);
  const a = stats(app);
  const b = stats(blank);
  const r = stats(ready);
  const figures = {
    app: a,
    appReady: r,
    fromCopy,
    blank: b,
    ratio: Math.round((a.p50 / b.p50) * 100) / 100,
    readyRatio: Math.round((r.p50 / b.p50) * 100) / 100,
    appFirstPaint: stats(fcp),
    blankFirstPaint: stats(blankFcp),
    appWasmLoaded: stats(wasm),
  };
  writeFigures("warm-start", figures);
  console.log(`warm start offline: app p50 ${a.p50} ms, blank page p50 ${b.p50} ms, ratio ${figures.ratio}`);
  console.log(`  the copy drew the start screen in ${fromCopy} of ${RUNS} runs; the app itself took over at p50 ${r.p50} ms, ratio ${figures.readyRatio}`);
  console.log(`  first contentful paint (as the browser reports it): app p50 ${figures.appFirstPaint.p50} ms, blank page p50 ${figures.blankFirstPaint.p50} ms; wasm loaded at p50 ${figures.appWasmLoaded.p50} ms`);
});

// Issue 11, five years of data (the five-years seed: 260 checks, 150 people,
// 400 wishes, 50 share-log entries): opening the app until the start screen
// shows the data, and then showing every main screen inside the app, each
// timed from the change of address to the frame that shows the screen's
// data. Several rounds; p50 and p95 per screen.
import { test, expect } from "../fixtures";
import { seedApp } from "../seed";
import { watchShown, shownAt, navigateInApp, stats, writeFigures } from "./measure";

const ROUNDS = 7;

/** Every main screen, and what shows once its data is there. */
const SCREENS: { name: string; hash: string; ready: string }[] = [
  { name: "balance check", hash: "#/balans", ready: "[data-testid=check-latest]" },
  { name: "check history (260)", hash: "#/balans/geschiedenis", ready: "[data-testid=trend-chart]" },
  { name: "energy", hash: "#/energie", ready: "[data-testid=energy-summary]" },
  { name: "network map (150)", hash: "#/netwerk", ready: "[data-testid=map-dot]" },
  { name: "who does what", hash: "#/netwerk/taken", ready: "[data-testid=task-row]" },
  { name: "network over time", hash: "#/netwerk/vroeger", ready: "[data-testid=snap-compare]" },
  { name: "wishes (400)", hash: "#/wensen", ready: "[data-testid=wish-item]" },
  { name: "share", hash: "#/delen", ready: "[data-testid=share-preview]" },
  { name: "share log (50)", hash: "#/delen/logboek", ready: "[data-testid=share-log]" },
  { name: "settings", hash: "#/instellingen", ready: "main h1" },
  { name: "start screen", hash: "#/", ready: "[data-testid=home-check]" },
];

test("opening the app and every main screen with five years of data", async ({ page, context }) => {
  // The app's own start screen, not the copy the service worker may send
  // (that is the warm start's measurement).
  await watchShown(context, ["#app:not([data-copy]) [data-testid=home-check]"]);
  await seedApp(page, "five-years");
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  await page.close();

  const open: number[] = [];
  const per = new Map<string, number[]>(SCREENS.map((s) => [s.name, []]));
  for (let round = 0; round < ROUNDS + 1; round++) {
    const tab = await context.newPage();
    await tab.goto("/", { waitUntil: "commit" });
    const opened = await shownAt(tab);
    await expect(tab.getByTestId("greeting")).toContainText("Joke");
    for (const s of SCREENS) {
      const ms = await navigateInApp(tab, s.hash, s.ready);
      if (round > 0) per.get(s.name)!.push(ms);
    }
    // The first round fills the browser's caches; not counted.
    if (round > 0) open.push(opened);
    await tab.close();
  }
  const figures = {
    open: stats(open),
    screens: SCREENS.map((s) => ({ name: s.name, ...stats(per.get(s.name)!) })),
  };
  writeFigures("screens", figures);
  console.log(`open with five years of data: p50 ${figures.open.p50} ms, p95 ${figures.open.p95} ms`);
  for (const s of figures.screens) console.log(`  ${s.name}: p50 ${s.p50} ms, p95 ${s.p95} ms`);
});

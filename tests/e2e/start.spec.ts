// The copy of the start screen (src/model/start_screen.rs): the app keeps the
// start screen as it last drew it; at the next start the service worker puts
// that copy into the page (static/sw.js), and index.html shows it, inert,
// until the app takes over. No copy after any change of data, with other
// preferences, after an update, at another address, or once the part of the
// day is over. (With the lock on there is none: safety.spec.ts.)
import { test, expect, waitForServiceWorker } from "./fixtures";
import type { Page } from "@playwright/test";
import { seedApp, storedCopy } from "./seed";

/** How the worker's page begins #app when it holds the copy. */
const WITH_COPY = '<div id="app" hidden inert data-copy';

/**
 * Notes, in `window.__first`, whether the greeting was first on screen in the
 * copy, and in `window.__copyShown` whether the copy was ever on screen.
 */
async function watchFirstGreeting(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __first?: { copy: boolean; text: string }; __copyShown?: boolean };
    w.__copyShown = false;
    const check = () => {
      if (document.querySelector("#app[data-copy]:not([hidden])")) w.__copyShown = true;
      const greeting = document.querySelector("#app:not([hidden]) [data-testid=greeting]");
      if (w.__first || !greeting) return;
      w.__first = { copy: document.getElementById("app")!.hasAttribute("data-copy"), text: greeting.textContent ?? "" };
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

async function copyShown(page: Page) {
  return page.evaluate(() => (window as unknown as { __copyShown: boolean }).__copyShown);
}

async function firstGreeting(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __first?: unknown }).__first);
  return page.evaluate(() => (window as unknown as { __first: { copy: boolean; text: string } }).__first);
}

/** The app has taken over from the copy: one greeting, and it is the app's. */
async function appTookOver(page: Page) {
  await expect(page.locator("#app[data-copy], #app[inert], #app[hidden]")).toHaveCount(0);
  await expect(page.getByTestId("greeting")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Marieke");
}

/** Seeded, under the service worker, with a copy kept. */
async function ready(page: Page) {
  await seedApp(page, "realistic");
  await waitForServiceWorker(page);
  await expect.poll(() => storedCopy(page)).not.toBeNull();
  await watchFirstGreeting(page);
}

test("the start screen comes with the page from the service worker, and the app takes over", async ({ page }) => {
  await ready(page);
  const copy = (await storedCopy(page))!;
  expect(copy.html).toContain("Marieke");
  expect(copy.html, "no messages in the copy").toContain('<div class="messages"></div>');

  // One start first, so the worker has the database open (on a busy machine
  // its first opening can take longer than it waits).
  await page.reload();
  await appTookOver(page);
  const beforeStart = await page.evaluate(() => Date.now());
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  const html = await response!.text();
  expect(html).toContain(WITH_COPY);
  expect(html).toContain("Goede");
  const first = await firstGreeting(page);
  expect(first.copy, "the greeting was first on screen in the copy").toBe(true);
  expect(first.text).toContain("Marieke");
  expect(await copyShown(page)).toBe(true);

  await appTookOver(page);
  // This page's app keeps its own copy once (a new page has a new handle).
  await expect.poll(async () => ((await storedCopy(page))?.from as number) ?? 0).toBeGreaterThan(beforeStart);
  const kept = (await storedCopy(page))!;
  await page.getByRole("link", { name: "Netwerk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();

  // Back at the same start screen: the copy it has is not written again.
  await page.getByRole("link", { name: "Start" }).click();
  await expect(page.getByTestId("greeting")).toBeVisible();
  await page.waitForTimeout(1000);
  expect((await storedCopy(page))?.from, "the same copy is not written twice").toBe(kept.from);
});

test("no copy after a change, with other preferences, after an update, elsewhere or later in the day", async ({ page }) => {
  await ready(page);

  // Any write of data removes it, in the same transaction.
  await page.goto("/#/netwerk/nieuw");
  await page.getByLabel("Voornaam of bijnaam").fill("Gerrit");
  await page.getByRole("radio", { name: /^Familie —/ }).check();
  await page.getByRole("radio", { name: /^Heel dichtbij —/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();
  expect(await storedCopy(page)).toBeNull();
  let response = await page.goto("/");
  expect(await response!.text()).not.toContain(WITH_COPY);
  expect((await firstGreeting(page)).copy, "after a change").toBe(false);
  expect(await copyShown(page)).toBe(false);
  await appTookOver(page);
  // Back on the start screen, a new copy is kept.
  await expect.poll(() => storedCopy(page)).not.toBeNull();

  const cases: [string, boolean, (p: Page) => Promise<unknown>][] = [
    // [what, whether the worker still sends it (and the page removes it), the change]
    ["other preferences", true, (p) => p.evaluate(() => localStorage.setItem("samenspel.prefs", '{"lang":"Nl","text_size":"Large","theme":"Dark"}'))],
    ["another build", false, (p) => storedCopy(p, { build: "./samenspel-old.js" })],
    ["the part of the day is over", false, (p) => storedCopy(p, { until: Date.now() - 1 })],
    ["a clock set back", false, (p) => storedCopy(p, { from: Date.now() + 3_600_000 })],
    ["not the start screen's address", true, (p) => p.evaluate(() => history.replaceState(null, "", "#/netwerk"))],
  ];
  for (const [label, sent, change] of cases) {
    // A fresh copy, kept with the preferences as they are now.
    await storedCopy(page, { drop: true });
    await page.goto("/");
    await appTookOver(page);
    await expect.poll(() => storedCopy(page)).not.toBeNull();
    await change(page);
    response = await page.reload();
    expect((await response!.text()).includes(WITH_COPY), `${label}: sent by the worker`).toBe(sent);
    await page.waitForFunction(() => document.querySelector("#app")?.firstElementChild);
    await expect(page.locator("#app[data-copy]"), label).toHaveCount(0);
    expect(await copyShown(page), `${label}: the copy was never on screen`).toBe(false);
    if (label !== "not the start screen's address") {
      expect((await firstGreeting(page)).copy, label).toBe(false);
      await appTookOver(page);
    }
    await page.evaluate(() => localStorage.removeItem("samenspel.prefs"));
  }
});

test("deleting everything is not held up by the worker's reading, and leaves no copy", async ({ page }) => {
  await ready(page);
  // A start with the copy: the worker now holds its reading connection.
  const response = await page.reload();
  expect(await response!.text()).toContain(WITH_COPY);
  await appTookOver(page);

  await page.goto("/#/instellingen");
  await page.getByRole("button", { name: "Alle gegevens wissen" }).click();
  await page.getByRole("button", { name: "Ja, alles wissen" }).click();
  await expect(page.getByTestId("tour")).toBeVisible();

  const fresh = await page.goto("/");
  expect(await fresh!.text()).not.toContain(WITH_COPY);
  await expect(page.getByTestId("tour")).toBeVisible();
  expect(await storedCopy(page)).toBeNull();
});

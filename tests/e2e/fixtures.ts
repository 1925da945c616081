// Shared helpers for the end-to-end tests: a `page` that fails the test when any
// request leaves the app's origin, onboarding, axe checks and screenshots.
import { test as base, expect, type Page, type BrowserContext } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import * as path from "node:path";

export const SCREENSHOT_DIR = path.join(import.meta.dirname, "screenshots-out");

/** Records every request of a context; `assertLocal` checks them all. */
export function watchRequests(context: BrowserContext, origin: string) {
  const urls: string[] = [];
  context.on("request", (req) => urls.push(req.url()));
  return {
    urls,
    assertLocal() {
      expect(urls.length, "the app made requests").toBeGreaterThan(0);
      for (const url of urls) {
        const u = new URL(url);
        if (u.protocol === "data:" || u.protocol === "blob:") continue;
        expect(u.origin, `request to ${url}`).toBe(origin);
      }
    },
  };
}

export const test = base.extend<{ requests: ReturnType<typeof watchRequests> }>({
  requests: async ({ context, baseURL }, use) => {
    const watcher = watchRequests(context, new URL(baseURL!).origin);
    await use(watcher);
    // Every test: nothing left the origin.
    watcher.assertLocal();
  },
  page: async ({ page, requests }, use) => {
    void requests;
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(String(err)));
    await use(page);
    expect(errors.filter((e) => /Content Security Policy|panicked|RuntimeError/i.test(e)),
      "no CSP violations or panics").toEqual([]);
  },
});
export { expect };

export interface Profile {
  me?: string;
  cared?: string;
  relation?: string;
}

/** Answers the three first-start questions and waits for the start screen. */
export async function onboard(page: Page, p: Profile = {}) {
  const me = p.me ?? "Anna";
  const cared = p.cared ?? "Piet";
  const relation = p.relation ?? "Mijn partner";
  await page.goto("/");
  await skipTour(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Samenspel" })).toBeVisible();
  await page.getByLabel("Uw voornaam", { exact: true }).fill(me);
  await page.getByLabel("Voornaam van de persoon voor wie u zorgt").fill(cared);
  await page.getByLabel(relation, { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
  await expect(page.getByTestId("greeting")).toContainText(me);
}

/** Skips the first-run tour (three short screens before the questions). */
export async function skipTour(page: Page) {
  await expect(page.getByTestId("tour")).toBeVisible();
  await page.getByRole("button", { name: "Overslaan" }).click();
  await expect(page.getByLabel("Uw voornaam", { exact: true })).toBeVisible();
}

/** Waits until the service worker controls the page. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(
    () => "serviceWorker" in navigator && navigator.serviceWorker.controller !== null,
    null,
    { timeout: 20_000 },
  );
}

/** Runs axe-core on the page and expects zero violations. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Saves a full-page screenshot under tests/e2e/screenshots-out. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Sets the colour theme the way the person would (through Settings' stored prefs). */
export async function setColorScheme(page: Page, scheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: scheme });
}

// Smoke test: the built app loads from our local server, has the right title,
// never talks to anything but 127.0.0.1:8123, and runs without CSP violations
// (which would mean .ci/postbuild.py hashed the wrong inline script).
import { test, expect } from "@playwright/test";
import { BASE_URL } from "./playwright.config";

test("loads / with title Samenspel and only local requests", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));

  await page.goto("/");
  await expect(page).toHaveTitle("Samenspel");
  // The wasm app mounted into #app and replaced the loading skeleton, so the
  // inline bootstrap script was allowed by the CSP and the wasm loaded.
  await expect(page.locator("#skeleton")).toBeHidden();
  await page.waitForLoadState("networkidle");

  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) {
    const u = new URL(url);
    // data:/blob: URLs never leave the page; everything else must be ours.
    if (u.protocol === "data:" || u.protocol === "blob:") continue;
    expect(u.host, `request to ${url}`).toBe(new URL(BASE_URL).host);
  }
  const cspErrors = consoleErrors.filter((t) => /Content Security Policy/i.test(t));
  expect(cspErrors, "CSP violations in the console").toEqual([]);
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

// The English texts are not part of the first load: they are fetched only when
// English is chosen, kept by the service worker for offline use, and when they
// cannot be fetched the app stays in Dutch and says so.
import { test, expect, onboard, waitForServiceWorker } from "./fixtures";

const ENGLISH_FILE = /\/texts-en\.json$/;

test("a Dutch start never fetches the English texts; choosing English does, once", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (req) => {
    if (ENGLISH_FILE.test(req.url())) fetched.push(req.url());
  });
  await onboard(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  expect(fetched, "no English texts for a Dutch start").toEqual([]);

  await page.getByLabel("English", { exact: true }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(fetched).toHaveLength(1);

  // Back to Dutch and to English again: nothing more to fetch.
  await page.getByLabel("Nederlands", { exact: true }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByLabel("English", { exact: true }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test("English chosen, then offline: a reload still shows English", async ({ page, context }) => {
  await onboard(page, { me: "Anna", cared: "Piet" });
  await waitForServiceWorker(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByLabel("English", { exact: true }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), "the page came from the service worker").toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("English", { exact: true })).toBeChecked();
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByTestId("caring-for")).toContainText("You care for Piet");
  await expect(page.getByRole("alert")).toHaveCount(0);

  // A start at the start screen is in English from its first frame: the
  // kept copy is English, and the app fetches the texts before it mounts.
  await page.waitForTimeout(600);
  await page.addInitScript(() => {
    const w = window as unknown as { __titles: string[] };
    w.__titles = [];
    new MutationObserver(() => {
      const h1 = document.querySelector("#app:not([hidden]) h1");
      const text = h1?.textContent ?? "";
      if (text && w.__titles[w.__titles.length - 1] !== text) w.__titles.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  await page.reload();
  await expect(page.locator("#app:not([data-copy]) [data-testid=caring-for]")).toContainText("You care for Piet");
  const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title, `every title drawn: ${titles.join(" | ")}`).toMatch(/^Good |^Hello/);
  await context.setOffline(false);
});

test.describe("without the service worker", () => {
  test.use({ serviceWorkers: "block" });

  test("when the English texts cannot be fetched, the app stays in Dutch and says so", async ({ page }) => {
    await page.route(ENGLISH_FILE, (route) => route.fulfill({ status: 404, body: "" }));
    await onboard(page);
    await page.getByRole("link", { name: "Instellingen" }).click();
    // click, not check: the choice goes back to Nederlands, since that is what shows.
    await page.getByLabel("English", { exact: true }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("De Engelse teksten konden niet worden geladen.");
    await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByLabel("Nederlands", { exact: true })).toBeChecked();

    // Once the file can be fetched again, choosing English works and the message goes.
    await page.unroute(ENGLISH_FILE);
    await page.getByLabel("English", { exact: true }).check();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test("English kept from an earlier visit shows after a fresh start", async ({ page }) => {
    await onboard(page);
    await page.getByRole("link", { name: "Instellingen" }).click();
    await page.getByLabel("English", { exact: true }).check();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

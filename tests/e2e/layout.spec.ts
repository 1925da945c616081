// Layout rules on every screen: targets of at least 44x44 px, no horizontal
// scrolling at 320 px wide, and axe at the largest text size in dark.
import { test, expect, onboard, expectNoAxeViolations, screenshot } from "./fixtures";
import type { Page } from "@playwright/test";

/** Screens to check, reached after onboarding with one wish of each kind. */
const SCREENS: { name: string; hash: string; ready: string }[] = [
  { name: "home", hash: "#/", ready: "[data-testid=greeting]" },
  { name: "settings", hash: "#/instellingen", ready: "[data-testid=storage-persisted]" },
  { name: "wishes", hash: "#/wensen", ready: ".wish-role" },
  { name: "wish new", hash: "#/wensen/nieuw/kennis", ready: ".prompt-button" },
  { name: "not found", hash: "#/bestaat-niet", ready: "h1" },
  { name: "check", hash: "#/balans", ready: "h1" },
  { name: "check history", hash: "#/balans/geschiedenis", ready: "h1" },
  { name: "energy", hash: "#/energie", ready: "h1" },
  { name: "network map", hash: "#/netwerk", ready: "[data-testid=map-dot]" },
  { name: "person new", hash: "#/netwerk/nieuw", ready: "h1" },
  { name: "network tasks", hash: "#/netwerk/taken", ready: "h1" },
  { name: "network history", hash: "#/netwerk/vroeger", ready: "h1" },
  { name: "share", hash: "#/delen", ready: "h1" },
  { name: "share log", hash: "#/delen/logboek", ready: "h1" },
];

async function seed(page: Page) {
  await onboard(page, { me: "Anna", cared: "Piet" });
  // Someone in the network, with a phone number.
  await page.goto("/#/netwerk/nieuw");
  await page.getByLabel("Voornaam of bijnaam").fill("Sanne");
  await page.getByLabel("Wie is dit voor u?").fill("wijkverpleegkundige");
  await page.getByRole("radio", { name: /^Zorgverleners —/ }).check();
  await page.getByRole("radio", { name: /^Dichtbij —/ }).check();
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();
  await page.goto("/#/wensen/nieuw/steun");
  await page.locator(".prompt-button").first().click();
  await page.locator("#wish-text").fill("Eén middag per week vrij.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator(".wish-item")).toHaveCount(1);
  const edit = await page.locator(".wish-item a.button").first().getAttribute("href");
  if (!SCREENS.some((s) => s.name === "wish edit")) {
    SCREENS.push({ name: "wish edit", hash: edit!, ready: "#wish-text" });
  } else {
    SCREENS.find((s) => s.name === "wish edit")!.hash = edit!;
  }
}

/** Every visible interactive element smaller than 44x44 CSS px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const selector = "a[href], button, input, select, textarea, [role=button], [tabindex]:not([tabindex='-1'])";
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
      if (r.bottom < 0 || r.right < 0) continue; // off-screen until focused (skip link)
      // People on the network map are small by nature (up to 60 on one phone
      // screen); the list view next to it offers every person as a full-size
      // target (WCAG 2.5.8 "equivalent"). The map's own buttons are checked.
      if (el.closest("svg")) continue;
      // Links inside running text are exempt (WCAG 2.5.8 "inline").
      if (el.tagName === "A" && el.closest("p") && !el.classList.contains("button")) continue;
      if (r.width < 44 || r.height < 44) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.className} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

test("every control is at least 44x44 px on every screen", async ({ page }) => {
  await seed(page);
  for (const s of SCREENS) {
    await page.goto("/" + s.hash);
    await page.locator(s.ready).first().waitFor();
    expect(await smallTargets(page), `small targets on ${s.name}`).toEqual([]);
  }
});

test("no screen scrolls sideways at 320 px, also with extra large text", async ({ page }) => {
  await seed(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const size of ["normal", "xlarge"]) {
    await page.goto("/#/instellingen");
    await page.getByLabel(size === "normal" ? "Normaal" : "Extra groot", { exact: true }).check();
    for (const s of SCREENS) {
      await page.goto("/" + s.hash);
      await page.locator(s.ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${s.name} (${size})`).toBeLessThanOrEqual(0);
      // The fixed bottom navigation does not count in scrollWidth: check its labels fit.
      const navOverflow = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>(".bottom-nav-link")).map(
          (a) => a.scrollWidth - a.clientWidth,
        ),
      );
      for (const o of navOverflow) expect(o, `bottom navigation overflows on ${s.name} (${size})`).toBeLessThanOrEqual(0);
      if (s.name === "home") await page.screenshot({ path: `${import.meta.dirname}/screenshots-out/home-320-${size}.png` });
    }
  }
});

test("axe finds nothing in dark with the largest text", async ({ page }) => {
  await seed(page);
  await page.goto("/#/instellingen");
  await page.getByLabel("Extra groot", { exact: true }).check();
  await page.getByLabel("Donker", { exact: true }).check();
  for (const s of SCREENS) {
    await page.goto("/" + s.hash);
    await page.locator(s.ready).first().waitFor();
    await expectNoAxeViolations(page, `${s.name} (dark, extra large)`);
  }
});

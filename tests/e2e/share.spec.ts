// Samenvatting delen as a caregiver uses it before a home visit: choose exactly
// what to share and see it as the nurse will; show it full-screen; print it to
// an A4 PDF with exactly the chosen items; share it (the share menu where there
// is one, else copy); hand it over by QR code, which a nurse's phone without a
// profile opens read-only and without writing anything; a tampered link says
// so; every share is logged and the log can be cleared; axe everywhere.
import { test, expect, onboard, expectNoAxeViolations, screenshot, SCREENSHOT_DIR } from "./fixtures";
import type { Page, Browser } from "@playwright/test";
import { BASE_URL } from "./playwright.config";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PNG } from "pngjs";
import jsQR from "jsqr";

const CHOSEN_WISH = "Piet wordt blij van muziek van vroeger.";
const OTHER_WISH = "Piet slaapt slecht na koffie in de middag.";
const SUPPORT_WISH = "Eén middag per week vrij.";

async function addWish(page: Page, role: string, text: string) {
  await page.goto(`/#/wensen/nieuw/${role}`);
  await page.getByRole("button", { name: "Zelf iets opschrijven" }).click();
  await page.locator("#wish-text").fill(text);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wensen en afspraken" })).toBeVisible();
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

async function addPerson(page: Page, name: string, relation: string, domain: string, ring: string, helps: string[]) {
  await page.goto("/#/netwerk/nieuw");
  await expect(page.getByRole("heading", { level: 1, name: "Iemand toevoegen" })).toBeVisible();
  await page.getByLabel("Voornaam of bijnaam").fill(name);
  await page.getByLabel("Wie is dit voor u?").fill(relation);
  await page.getByRole("radio", { name: new RegExp(`^${domain} —`) }).check();
  await page.getByRole("radio", { name: new RegExp(`^${ring} —`) }).check();
  for (const task of helps) {
    await page.locator("#person-helps-now").getByLabel(task, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();
}

/** Questions in the check (the optional mark comes after them). */
const TOTAL = 12;
// The heaviest answers (load high, capacity low), as in check.spec.ts.
const HEAVY = [4, 4, 4, 4, 3, 4, 3, 0, 0, 0, 0, 0];

/** One balance check through the questions page, with an overall mark. */
async function doCheck(page: Page) {
  await page.getByTestId("home-check").getByRole("link", { name: "Begin de check" }).click();
  for (let i = 0; i < HEAVY.length; i++) {
    await expect(page.getByTestId("check-progress")).toHaveText(`Vraag ${i + 1} van ${TOTAL}`);
    await page.getByTestId("check-options").getByRole("button").nth(HEAVY[i]).click();
  }
  await expect(page.getByTestId("check-progress")).toHaveText("Tot slot");
  await page.getByRole("button", { name: "4", exact: true }).click();
  await page.getByRole("button", { name: "Klaar: bekijk de uitkomst" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitkomst van uw balanscheck" })).toBeVisible();
}

/** Seeds through the forms: a check, three wishes and two people. */
async function seed(page: Page) {
  await onboard(page, { me: "Anna", cared: "Piet" });
  await doCheck(page);
  await addWish(page, "kennis", CHOSEN_WISH);
  await addWish(page, "kennis", OTHER_WISH);
  await addWish(page, "steun", SUPPORT_WISH);
  await addPerson(page, "Kees", "buurman", "Buren", "Dichtbij", ["Boodschappen"]);
  await addPerson(page, "Ria", "zus", "Familie", "Heel dichtbij", []);
}

/** The text of a PDF, through pdftotext. */
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString();
}

/** Reads the QR code in the SVG on the page. */
async function readQr(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.getByTestId("qr-code").screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, "the QR code can be read").not.toBeNull();
  return code!.data;
}

/** Opens a link on a fresh phone (no profile) and returns the page. */
async function freshPhone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "nl-NL",
    serviceWorkers: "block",
  });
  return { context, page: await context.newPage() };
}

/** How many records the `samenspel` database of this page holds, in all its
 * stores (0 when it does not exist). */
async function storedRecords(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === "samenspel")) return 0;
    return new Promise<number>((resolve) => {
      const req = indexedDB.open("samenspel");
      req.onsuccess = () => {
        const db = req.result;
        const names = Array.from(db.objectStoreNames);
        if (names.length === 0) {
          db.close();
          resolve(0);
          return;
        }
        const tx = db.transaction(names);
        let total = 0;
        let left = names.length;
        for (const name of names) {
          const count = tx.objectStore(name).count();
          count.onsuccess = () => {
            total += count.result;
            left -= 1;
            if (left === 0) {
              db.close();
              resolve(total);
            }
          };
        }
      };
      req.onerror = () => resolve(-1);
    });
  });
}

test("a caregiver chooses, shows, prints, shares and hands over a summary", async ({ page, context, browser }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // The print dialog would wait for a person; count the calls instead.
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed += 1;
    };
  });
  await seed(page);

  // The way in, from the start screen.
  await page.goto("/");
  await page.getByRole("link", { name: "Samenvatting maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samenvatting delen" })).toBeVisible();
  // Nothing is ticked at first: nothing would be shared.
  await expect(page.locator(".share-items input:checked")).toHaveCount(0);
  await expect(page.getByTestId("share-preview")).toContainText("U heeft nog niets gekozen.");
  await expectNoAxeViolations(page, "share, nothing chosen");
  await screenshot(page, "share");

  // Choose one thing about Piet, one person and my first name.
  await page.getByLabel(new RegExp(CHOSEN_WISH.replace(".", "\\."))).check();
  await page.getByLabel(/^Kees/).check();
  await page.getByLabel("Mijn voornaam tonen").check();
  await page.getByLabel(/^Mijn balanscheck van/).check();
  const preview = page.getByTestId("share-preview");
  await expect(preview).toContainText(CHOSEN_WISH);
  await expect(preview).toContainText("Kees");
  await expect(preview).toContainText("Van: Anna");
  await expect(preview).toContainText(/Mijn balanscheck van .*: uit balans\./);
  await expect(preview).not.toContainText("Wat nu het zwaarst weegt");
  await expect(preview).not.toContainText(OTHER_WISH);
  await expect(preview).not.toContainText(SUPPORT_WISH);
  await expect(preview).not.toContainText("Ria");
  await expect(preview).not.toContainText("Ik zorg voor");
  await expect(page.getByTestId("share-count")).toHaveText("3 gekozen");
  // "Alles" and "niets" per part.
  const about = page.locator('[data-section="about"]');
  await about.getByRole("button", { name: /^Alles uit dit deel/ }).click();
  await expect(preview).toContainText(OTHER_WISH);
  await about.getByRole("button", { name: /^Niets uit dit deel/ }).click();
  await expect(preview).not.toContainText(OTHER_WISH);
  await expect(preview).not.toContainText(CHOSEN_WISH);
  await page.getByLabel(new RegExp(CHOSEN_WISH.replace(".", "\\."))).check();
  await expect(preview).toContainText(CHOSEN_WISH);
  await expectNoAxeViolations(page, "share with a preview");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, "share with a preview, dark");
  await screenshot(page, "share-preview-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await screenshot(page, "share-preview");
  await preview.screenshot({ path: path.join(SCREENSHOT_DIR, "share-preview-only.png") });

  // Full-screen: large type, no navigation, nothing to edit, one way out.
  await page.getByRole("button", { name: "Laten zien op het scherm" }).click();
  const full = page.getByTestId("share-full");
  await expect(full).toBeVisible();
  await expect(full.getByRole("heading", { level: 1 })).toContainText("Samenvatting van");
  await expect(full).toContainText(CHOSEN_WISH);
  await expect(full).not.toContainText(OTHER_WISH);
  await expect(page.locator(".bottom-nav")).toHaveCount(0);
  await expect(page.locator("input, textarea, select")).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveCount(1);
  await expectNoAxeViolations(page, "full screen");
  await screenshot(page, "share-fullscreen");
  await page.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samenvatting delen" })).toBeVisible();
  // The choice is still there.
  await expect(page.getByLabel(new RegExp(CHOSEN_WISH.replace(".", "\\.")))).toBeChecked();

  // Print: the print dialog opens, and the print view is clean A4 with exactly the choice.
  await page.getByRole("button", { name: "Afdrukken of bewaren als PDF" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await page.emulateMedia({ media: "print" });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdfFile = path.join(SCREENSHOT_DIR, "share-print.pdf");
  await page.pdf({ path: pdfFile, format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  const text = pdfText(pdfFile);
  expect(text).toContain(CHOSEN_WISH);
  expect(text).toContain("Kees");
  expect(text).toContain("Van: Anna");
  expect(text).toContain("uit balans");
  expect(text).not.toContain("Wat nu het zwaarst weegt");
  expect(text).not.toContain(OTHER_WISH);
  expect(text).not.toContain(SUPPORT_WISH);
  expect(text).not.toContain("Ria");
  expect(text).not.toContain("Kies wat u wilt delen");
  expect(text).not.toContain("Laten zien op het scherm");
  // Three sections: each starts a page; the date and page number are in the footer.
  const pages = text.split("\f").filter((p) => p.trim());
  expect(pages.length).toBe(3);
  pages.forEach((p, i) => {
    expect(p).toMatch(new RegExp(`${i + 1}\\s*/\\s*3`));
    expect(p).toContain("Samenvatting van");
  });
  expect(pages[0]).toContain("Hoe het met mij gaat");
  expect(pages[1]).toContain("Mijn netwerk");
  expect(pages[2]).toContain("Over mijn naaste");
  execFileSync("pdftoppm", ["-png", "-r", "60", pdfFile, path.join(SCREENSHOT_DIR, "share-print-page")]);

  // No share menu in this browser: the text is copied, and the status says so.
  await expect(page.getByRole("button", { name: "Delen met een app" })).toHaveCount(0);
  await page.getByRole("button", { name: "Tekst kopiëren" }).click();
  await expect(page.getByTestId("share-status")).toHaveText(/De tekst is gekopieerd/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(CHOSEN_WISH);
  expect(copied).not.toContain(OTHER_WISH);

  // With a share menu, the text goes there.
  await page.addInitScript(() => {
    (navigator as unknown as { share: (d: unknown) => Promise<void> }).share = async (d: unknown) => {
      (window as unknown as { __shared: unknown }).__shared = d;
    };
  });
  await page.reload();
  await expect(page.getByLabel(new RegExp(CHOSEN_WISH.replace(".", "\\.")))).toBeChecked();
  await page.getByRole("button", { name: "Delen met een app" }).click();
  await expect(page.getByTestId("share-status")).toHaveText("De samenvatting is gedeeld.");
  const shared = await page.evaluate(() => (window as unknown as { __shared: { text: string } }).__shared);
  expect(shared.text).toContain(CHOSEN_WISH);
  expect(shared.text).not.toContain(OTHER_WISH);

  // The QR code, with whom typed.
  await page.getByLabel("Met wie deelt u dit? Dit hoeft niet.").fill("de wijkverpleging");
  await page.getByRole("button", { name: "Laten scannen met een QR-code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "QR-code" })).toBeVisible();
  await expect(page.getByTestId("qr-code")).toBeVisible();
  await expectNoAxeViolations(page, "QR code");
  await screenshot(page, "share-qr");
  const link = await readQr(page);
  expect(link).toMatch(new RegExp(`^${BASE_URL.replace(/[.]/g, "\\.")}#/bekijk/[A-Za-z0-9_-]+$`));

  // A nurse's phone with no profile opens it read-only and writes nothing.
  const nurse = await freshPhone(browser);
  await nurse.page.goto(link);
  const viewer = nurse.page.getByTestId("viewer");
  await expect(viewer.getByRole("heading", { level: 1 })).toContainText("Samenvatting van");
  await expect(viewer).toContainText(CHOSEN_WISH);
  await expect(viewer).toContainText("Kees");
  await expect(viewer).toContainText("Van: Anna");
  await expect(viewer).not.toContainText(OTHER_WISH);
  await expect(viewer).toContainText("U kunt deze samenvatting alleen lezen.");
  // Nothing to edit; the only button is the nurse's own choice to keep it.
  await expect(nurse.page.locator("input, textarea, select")).toHaveCount(0);
  await expect(nurse.page.getByRole("button")).toHaveText(["Bewaren op deze telefoon"]);
  await expect(nurse.page.getByText("Welkom bij Samenspel")).toHaveCount(0);
  await expectNoAxeViolations(nurse.page, "viewer");
  await screenshot(nurse.page, "share-viewer");
  expect(await storedRecords(nurse.page)).toBe(0);

  // A tampered link says clearly that it cannot be opened.
  const payload = link.split("/bekijk/")[1];
  const mid = Math.floor(payload.length / 2);
  const tampered = payload.slice(0, mid) + (payload[mid] === "A" ? "B" : "A") + payload.slice(mid + 1, -6);
  await nurse.page.goto(`/#/bekijk/${tampered}`);
  await expect(nurse.page.getByRole("heading", { level: 1, name: "Deze samenvatting kan niet worden geopend" })).toBeVisible();
  await expect(nurse.page.getByTestId("viewer-error")).toContainText("Vraag om een nieuwe code");
  await expectNoAxeViolations(nurse.page, "viewer error");
  await screenshot(nurse.page, "share-viewer-error");
  expect(await storedRecords(nurse.page)).toBe(0);
  expect(await nurse.page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

  // Only when the nurse chooses to keep it is anything written on their phone.
  await nurse.page.goto(link);
  await nurse.page.getByRole("button", { name: "Bewaren op deze telefoon" }).click();
  await expect(nurse.page.getByText("Bewaard op deze telefoon.")).toBeVisible();
  await nurse.page.getByRole("link", { name: "Alle bewaarde samenvattingen" }).click();
  await expect(nurse.page.getByRole("heading", { level: 1, name: "Bewaarde samenvattingen" })).toBeVisible();
  const kept = nurse.page.getByTestId("kept-list");
  await expect(kept.getByRole("link")).toHaveCount(1);
  await expect(kept.getByRole("link")).toContainText(/Samenvatting van .*, van Anna/);
  await expectNoAxeViolations(nurse.page, "kept summaries");
  await screenshot(nurse.page, "share-kept");
  // It can be read again later, also after a reload.
  await nurse.page.reload();
  await kept.getByRole("link").click();
  await expect(nurse.page.getByTestId("viewer")).toContainText(CHOSEN_WISH);
  await nurse.page.goto("/#/bewaard");
  await kept.getByRole("button", { name: /^Verwijderen: Samenvatting van/ }).click();
  await expect(nurse.page.getByTestId("kept-empty")).toBeVisible();
  // Going on to the app itself starts it as usual: the first-start questions.
  await nurse.page.goto("/#/");
  await expect(nurse.page.getByRole("heading", { level: 1, name: "Welkom bij Samenspel" })).toBeVisible();
  await nurse.context.close();

  // The log: every share, newest first, with whom when typed; then cleared.
  await page.goto("/#/delen");
  await page.getByRole("link", { name: "Wat u heeft gedeeld" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wat u heeft gedeeld" })).toBeVisible();
  const items = page.locator(".share-log-item");
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText("Met een QR-code, met de wijkverpleging");
  await expect(items.nth(0)).toContainText("3 dingen uit: Hoe het met mij gaat, Mijn netwerk, Over Piet");
  await expect(items.nth(1)).toContainText("Gedeeld met een app");
  await expect(items.nth(2)).toContainText("Tekst gekopieerd");
  await expect(items.nth(3)).toContainText("Afgedrukt of als PDF bewaard");
  await expect(items.nth(4)).toContainText("Op het scherm laten zien");
  await expectNoAxeViolations(page, "share log");
  await screenshot(page, "share-log");
  await page.getByRole("button", { name: "Overzicht wissen" }).click();
  await expect(page.getByText("Wilt u dit overzicht wissen?")).toBeVisible();
  await expectNoAxeViolations(page, "share log confirm");
  await page.getByRole("button", { name: "Overzicht wissen" }).click();
  await expect(page.getByTestId("share-log-empty")).toBeVisible();
  await expect(page.getByText("Het overzicht is gewist.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("share-log-empty")).toBeVisible();
});

test("a selection too large for a QR code says so", async ({ page }) => {
  test.setTimeout(120_000);
  await onboard(page, { me: "Anna", cared: "Piet" });
  // Texts that do not compress: letters from a fixed pseudo-random sequence.
  let seed = 12345;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return "abcdefghijklmnopqrstuvwxyz"[Math.floor((seed / 2147483648) * 26)];
  };
  for (let i = 0; i < 12; i++) {
    const words = Array.from({ length: 25 }, () => Array.from({ length: 6 }, letter).join(""));
    await addWish(page, "kennis", `Punt ${i}: ${words.join(" ")}`);
  }
  await page.goto("/#/delen");
  await page.locator('[data-section="about"]').getByRole("button", { name: /^Alles uit dit deel/ }).click();
  await page.getByRole("button", { name: "Laten scannen met een QR-code" }).click();
  await expect(page.getByTestId("qr-too-large")).toContainText("Dit past niet in één QR-code");
  await expect(page.getByTestId("qr-code")).toHaveCount(0);
  await expectNoAxeViolations(page, "QR too large");
});

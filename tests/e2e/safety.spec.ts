// Data safety as a caregiver uses it, at phone size: make a backup (plain and
// with a passphrase), delete everything, restore it; refuse a damaged or
// foreign file and a wrong passphrase with one sentence and no change; put a
// PIN lock on the app, see the records unreadable at rest, unlock (wrong PIN
// first), change the PIN, turn it off; the backup reminder. axe on every screen.
import { test, expect, onboard, expectNoAxeViolations, screenshot, waitForServiceWorker } from "./fixtures";
import type { Page, Download } from "@playwright/test";
import * as fs from "node:fs";

/** Adds one person through the form, with a phone number and a note. */
async function addPerson(page: Page, name: string) {
  await page.goto("/#/netwerk/nieuw");
  await page.getByLabel("Voornaam of bijnaam").fill(name);
  await page.getByRole("radio", { name: /^Familie —/ }).check();
  await page.getByRole("radio", { name: /^Heel dichtbij —/ }).check();
  await page.getByLabel("Telefoonnummer").fill("06-12345678");
  await page.getByLabel("Notitie").fill("Komt elke dinsdag koken.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();
}

/**
 * Whether `word` can be read in `text` (a backup file or the raw database).
 * Sealed data is base64, where a short word such as "Kees" turns up by chance
 * (once in about 17 million characters): long base64 runs are decoded and
 * searched as bytes, the rest of the text as it is.
 */
function readable(text: string, word: string): boolean {
  let found = false;
  const rest = text.replace(/[A-Za-z0-9+/]{24,}={0,2}/g, (run) => {
    if (run.length % 4 !== 0) return run;
    if (Buffer.from(run, "base64").includes(word)) found = true;
    return " ";
  });
  return found || rest.includes(word);
}

async function openBackupScreen(page: Page) {
  await page.goto("/#/instellingen");
  await page.getByRole("link", { name: "Back-up maken of terugzetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Back-up" })).toBeVisible();
}

async function saveBackup(page: Page): Promise<string> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Back-up opslaan" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^samenspel-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByTestId("backup-status")).toContainText("De back-up is gemaakt");
  return file;
}

async function deleteEverything(page: Page) {
  await page.goto("/#/instellingen");
  await page.getByRole("button", { name: "Alle gegevens wissen" }).click();
  await page.getByRole("button", { name: "Ja, alles wissen" }).click();
  await expect(page.getByTestId("tour")).toBeVisible();
}

/** Every stored value, as the browser keeps it (read without the app's code). */
async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((ok, fail) => {
        const r = indexedDB.open("samenspel");
        r.onerror = () => fail(r.error);
        r.onsuccess = () => {
          const db = r.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, "readonly");
          const out: string[] = [];
          for (const n of names) {
            const q = tx.objectStore(n).getAll();
            q.onsuccess = () => out.push(JSON.stringify(q.result));
          }
          tx.oncomplete = () => {
            db.close();
            ok(out.join("\n"));
          };
        };
      }),
  );
}

test("backup, delete everything, restore: everything comes back", async ({ page }) => {
  await onboard(page, { me: "Marloes", cared: "Kees" });
  await addPerson(page, "Ineke");

  await page.goto("/#/instellingen");
  await expect(page.getByTestId("last-backup")).toHaveText("U heeft nog geen back-up gemaakt.");
  await expect(page.getByTestId("record-counts")).toContainText("1 persoon");
  await openBackupScreen(page);
  await expectNoAxeViolations(page, "backup screen");
  await screenshot(page, "backup");
  const file = await saveBackup(page);
  const text = fs.readFileSync(file, "utf8");
  expect(JSON.parse(text).format).toBe("samenspel-backup");
  expect(text).toContain("Ineke");
  await expect(page.getByTestId("last-backup")).toContainText("Uw laatste back-up is van");

  // A damaged copy and a foreign file are refused; nothing happens.
  const broken = test.info().outputPath("kapot.json");
  fs.writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));
  await page.getByLabel("Bestand van de back-up").setInputFiles(broken);
  await expect(page.getByTestId("safety-error")).toContainText("Dit bestand is niet compleet.");
  await expect(page.getByTestId("safety-error")).toContainText("Er is niets veranderd");
  await expectNoAxeViolations(page, "restore refused");
  await screenshot(page, "restore-refused");
  const foreign = test.info().outputPath("boodschappen.json");
  fs.writeFileSync(foreign, JSON.stringify({ items: ["melk", "brood"] }));
  await page.getByLabel("Bestand van de back-up").setInputFiles(foreign);
  await expect(page.getByTestId("safety-error")).toContainText("Dit bestand is geen back-up van Samenspel.");

  await deleteEverything(page);
  await onboard(page, { me: "Nieuw", cared: "Iemand" });
  await openBackupScreen(page);
  await page.getByLabel("Bestand van de back-up").setInputFiles(file);
  await expect(page.getByTestId("restore-summary")).toContainText("1 persoon");
  await expect(page.getByRole("button", { name: "Terugzetten" })).toBeDisabled();
  await page.getByRole("radio", { name: "Alles vervangen" }).check();
  await expectNoAxeViolations(page, "restore: choose how");
  await screenshot(page, "restore-choose");
  await page.getByRole("button", { name: "Terugzetten" }).click();
  await expect(page.getByText("Weet u het zeker? Alles wat nu in de app staat, wordt gewist.")).toBeVisible();
  await expectNoAxeViolations(page, "restore: confirm replace");
  await page.getByRole("button", { name: "Ja, alles vervangen" }).click();
  await expect(page.getByTestId("restore-status")).toHaveText("De back-up is teruggezet.");

  await page.goto("/#/");
  await expect(page.getByTestId("greeting")).toContainText("Marloes");
  await page.reload();
  await expect(page.getByTestId("greeting")).toContainText("Marloes");
  await page.goto("/#/netwerk");
  await page.getByRole("button", { name: "Lijst" }).click();
  await expect(page.getByText("Ineke").first()).toBeVisible();
});

test("a backup with a passphrase: a wrong passphrase is refused, the right one restores", async ({ page }) => {
  await onboard(page, { me: "Marloes", cared: "Kees" });
  await addPerson(page, "Ineke");
  await openBackupScreen(page);
  await page.getByLabel("Beveilig de back-up met een wachtwoord").check();
  await page.getByLabel("Wachtwoord voor de back-up").fill("kort");
  await page.getByLabel("Herhaal het wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Back-up opslaan" }).click();
  await expect(page.getByText("Kies minstens 10 tekens.")).toBeVisible();
  await page.getByLabel("Wachtwoord voor de back-up").fill("tulpen in de tuin");
  await page.getByLabel("Herhaal het wachtwoord").fill("tulpen in de tuin");
  await expectNoAxeViolations(page, "backup with passphrase");
  const file = await saveBackup(page);
  const text = fs.readFileSync(file, "utf8");
  expect(readable(text, "Ineke"), "Ineke in the file").toBe(false);
  expect(readable(text, "Marloes"), "Marloes in the file").toBe(false);

  await deleteEverything(page);
  await onboard(page, { me: "Nieuw", cared: "Iemand" });
  await openBackupScreen(page);
  await page.getByLabel("Bestand van de back-up").setInputFiles(file);
  await page.getByLabel("Wachtwoord van de back-up").fill("tulpen in de tuin!");
  await page.getByRole("button", { name: "Back-up openen" }).click();
  await expect(page.getByText("Dit wachtwoord klopt niet.")).toBeVisible();
  await expectNoAxeViolations(page, "restore: wrong passphrase");
  await screenshot(page, "restore-wrong-passphrase");
  await page.getByLabel("Wachtwoord van de back-up").fill("tulpen in de tuin");
  await page.getByRole("button", { name: "Back-up openen" }).click();
  await expect(page.getByTestId("restore-summary")).toContainText("1 persoon");
  await page.getByRole("radio", { name: "Aanvullen wat ontbreekt" }).check();
  await page.getByRole("button", { name: "Terugzetten" }).click();
  await expect(page.getByTestId("restore-status")).toHaveText("De back-up is teruggezet.");
  // Adding keeps the profile that was there; the person comes back.
  await page.goto("/#/");
  await expect(page.getByTestId("greeting")).toContainText("Nieuw");
  await page.goto("/#/netwerk");
  await page.getByRole("button", { name: "Lijst" }).click();
  await expect(page.getByText("Ineke").first()).toBeVisible();
});

test("the PIN lock: unreadable at rest, a wrong PIN opens nothing, change and turn off", async ({ page }) => {
  await onboard(page, { me: "Marloes", cared: "Kees" });
  await addPerson(page, "Ineke");
  // The start screen keeps a plain copy of itself (src/model/start_screen.rs)
  // while the lock is off; turning the lock on must remove it.
  await page.goto("/#/");
  await expect.poll(() => rawDatabase(page)).toContain("start_screen");
  await page.goto("/#/instellingen");
  await page.getByRole("link", { name: "Slot op de app" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Slot op de app" })).toBeVisible();
  await expectNoAxeViolations(page, "lock screen (off)");
  await screenshot(page, "lock-off");

  await page.getByLabel("Nieuwe pincode").fill("1234");
  await page.getByLabel("Herhaal de pincode").fill("1234");
  await page.getByRole("button", { name: "Slot aanzetten" }).click();
  await expect(page.getByText("Deze pincode is te makkelijk te raden.")).toBeVisible();
  await page.getByLabel("Nieuwe pincode").fill("2580");
  await page.getByLabel("Herhaal de pincode").fill("2508");
  await page.getByRole("button", { name: "Slot aanzetten" }).click();
  await expect(page.getByText("De twee keer zijn niet hetzelfde.")).toBeVisible();
  await expectNoAxeViolations(page, "lock screen with a problem");
  await page.getByLabel("Herhaal de pincode").fill("2580");
  await page.getByRole("button", { name: "Slot aanzetten" }).click();
  await expect(page.getByTestId("lock-status")).toHaveText("Het slot staat aan.");
  await expectNoAxeViolations(page, "lock screen (on)");
  await screenshot(page, "lock-on");

  const raw = await rawDatabase(page);
  for (const word of ["Marloes", "Kees", "Ineke", "06-12345678", "dinsdag"]) {
    expect(readable(raw, word), `${word} at rest`).toBe(false);
  }
  expect(raw, "the copy of the start screen went with the lock").not.toContain("start_screen");

  // Should a plain copy of the start screen still turn up next to the lock
  // (another tab that had not heard of it yet), the service worker does not
  // send it, and the locked start removes it.
  await waitForServiceWorker(page);
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const open = indexedDB.open("samenspel");
        open.onsuccess = () => {
          const tx = open.result.transaction("meta", "readwrite");
          const copy = { html: "<h1>Marloes</h1>", prefs: "", build: "", root: [], from: 0, until: Date.now() + 3_600_000 };
          copy.build = document.querySelector("link[rel=modulepreload]")?.getAttribute("href") ?? "";
          copy.prefs = localStorage.getItem("samenspel.prefs") ?? "";
          tx.objectStore("meta").put({ id: "start_screen", updated: 1, data: JSON.stringify(copy) });
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
        };
      }),
  );
  const locked = await page.reload();
  expect(locked?.fromServiceWorker()).toBe(true);
  expect(await locked!.text()).not.toContain("<h1>Marloes</h1>");
  await expect(page.getByRole("heading", { level: 1, name: "Samenspel is op slot" })).toBeVisible();
  await expect.poll(() => rawDatabase(page)).not.toContain("start_screen");
  await expect(page.getByText("Marloes")).toHaveCount(0);
  await expectNoAxeViolations(page, "unlock screen");
  await screenshot(page, "unlock");
  await page.getByLabel("Uw pincode").fill("1111");
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByText("Deze pincode klopt niet.")).toBeVisible();
  await expectNoAxeViolations(page, "unlock screen, wrong PIN");
  await screenshot(page, "unlock-wrong");
  await page.getByLabel("Uw pincode").fill("2580");
  await page.getByRole("button", { name: "Openen" }).click();
  // Back where the person was, with everything readable.
  await expect(page.getByRole("heading", { level: 1, name: "Slot op de app" })).toBeVisible();
  await page.goto("/#/");
  await expect(page.getByTestId("greeting")).toContainText("Marloes");
  // With the lock on, the start screen keeps no copy of itself.
  await page.waitForTimeout(600);
  expect(await rawDatabase(page), "a copy of the start screen while locked").not.toContain("start_screen");

  // Change the PIN: the old one stops working.
  await page.goto("/#/instellingen/slot");
  await page.locator("#lock-change-old").fill("2580");
  await page.locator("#lock-change-secret").fill("938271");
  await page.locator("#lock-change-repeat").fill("938271");
  await page.getByRole("button", { name: "Wijzigen" }).click();
  await expect(page.getByTestId("lock-status")).toHaveText("Gewijzigd. Gebruik voortaan de nieuwe.");
  await page.getByRole("button", { name: "Nu op slot doen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samenspel is op slot" })).toBeVisible();
  await page.getByLabel("Uw pincode").fill("2580");
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByText("Deze pincode klopt niet.")).toBeVisible();
  await page.getByLabel("Uw pincode").fill("938271");
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByTestId("lock-state").or(page.getByRole("heading", { level: 1, name: "Slot op de app" }))).toBeVisible();

  // Turn it off: everything is readable again, no PIN asked.
  await page.goto("/#/instellingen/slot");
  await page.locator("#lock-off-old").fill("938271");
  await page.getByRole("button", { name: "Slot uitzetten" }).click();
  await expect(page.getByTestId("lock-status")).toHaveText("Het slot staat uit.");
  expect(readable(await rawDatabase(page), "Ineke")).toBe(true);
  await page.goto("/#/");
  await page.reload();
  await expect(page.getByTestId("greeting")).toContainText("Marloes");
});

test("the backup reminder shows when the data is not kept for good, and waits a week after Later", async ({ page }) => {
  await page.addInitScript(() => {
    // As in a browser tab that has not been granted persistent storage.
    Object.defineProperty(navigator.storage, "persisted", { value: () => Promise.resolve(false) });
  });
  await onboard(page);
  await expect(page.getByTestId("backup-reminder")).toBeVisible();
  await expectNoAxeViolations(page, "home with backup reminder");
  await screenshot(page, "home-backup-reminder");
  await page.getByRole("button", { name: "Later" }).click();
  await expect(page.getByTestId("backup-reminder")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("greeting")).toBeVisible();
  await expect(page.getByTestId("backup-reminder")).toHaveCount(0);
});

test("the app locks again after three minutes in the background, not after one", async ({ page }) => {
  await page.clock.install();
  await onboard(page, { me: "Marloes", cared: "Kees" });
  await page.goto("/#/instellingen/slot");
  await page.getByLabel("Nieuwe pincode").fill("2580");
  await page.getByLabel("Herhaal de pincode").fill("2580");
  await page.getByRole("button", { name: "Slot aanzetten" }).click();
  await expect(page.getByTestId("lock-status")).toHaveText("Het slot staat aan.");
  await page.goto("/#/");
  await expect(page.getByTestId("greeting")).toContainText("Marloes");

  const setVisible = (visible: boolean) =>
    page.evaluate((v) => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (v ? "visible" : "hidden") });
      document.dispatchEvent(new Event("visibilitychange"));
    }, visible);

  await setVisible(false);
  await page.clock.fastForward("01:00");
  await setVisible(true);
  await expect(page.getByTestId("greeting")).toContainText("Marloes");

  await setVisible(false);
  await page.clock.fastForward("03:30");
  await setVisible(true);
  await expect(page.getByRole("heading", { level: 1, name: "Samenspel is op slot" })).toBeVisible();
  await expect(page.getByText("Marloes")).toHaveCount(0);
  await page.getByLabel("Uw pincode").fill("2580");
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByTestId("greeting")).toContainText("Marloes");
});

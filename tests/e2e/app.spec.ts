// The foundation as a person uses it: first start, start screen, settings,
// language, persistence, a clear message when something is missing.
import { test, expect, onboard, skipTour } from "./fixtures";

test("first start asks three questions and the answers survive a reload", async ({ page }) => {
  await onboard(page, { me: "Anna", cared: "Piet", relation: "Mijn vader of moeder" });
  await expect(page.getByTestId("caring-for")).toHaveText("U zorgt voor Piet, uw ouder.");
  await page.reload();
  await expect(page.getByTestId("greeting")).toContainText("Anna");
  await expect(page.getByTestId("caring-for")).toContainText("Piet");
});

test("the first-run tour has three short steps and can be skipped", async ({ page }) => {
  await page.goto("/");
  const tour = page.getByTestId("tour");
  await expect(tour).toContainText("Stap 1 van 3");
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Samenspel" })).toBeVisible();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(tour).toContainText("Stap 2 van 3");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(tour).toContainText("Stap 3 van 3");
  await expect(page.getByRole("heading", { level: 1, name: "Alles blijft op uw telefoon" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Overslaan" })).toHaveCount(0);
  await page.getByRole("button", { name: "Beginnen" }).click();
  await expect(page.getByLabel("Uw voornaam", { exact: true })).toBeVisible();
});

test("the caregiver's own name is optional", async ({ page }) => {
  await page.goto("/");
  await skipTour(page);
  await page.getByLabel("Voornaam van de persoon voor wie u zorgt").fill("Mama");
  await page.getByLabel("Iemand anders", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
  await expect(page.getByTestId("caring-for")).toHaveText("U zorgt voor Mama.");
  // No name: the greeting has no comma and no empty name.
  await expect(page.getByTestId("greeting")).not.toContainText(",");
});

test("missing answers are named next to their fields and nothing is saved", async ({ page }) => {
  await page.goto("/");
  await skipTour(page);
  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
  await expect(page.getByText("Nog niet alles is goed ingevuld.")).toBeVisible();
  const cared = page.getByLabel("Voornaam van de persoon voor wie u zorgt");
  await expect(cared).toHaveAttribute("aria-invalid", "true");
  await expect(cared).toBeFocused();
  await expect(cared).toHaveAccessibleDescription(/Vul dit in\./);
  await expect(page.getByText("Kies een van de mogelijkheden.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("tour")).toBeVisible();
});

test("settings: change names, language, text size and theme; choices are kept", async ({ page }) => {
  await onboard(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Instellingen" })).toHaveAttribute("aria-current", "page");

  const cared = page.getByLabel("Voornaam van de persoon voor wie u zorgt");
  await cared.fill("Pieter");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Uw wijzigingen zijn opgeslagen.")).toBeVisible();

  await page.getByLabel("Groot", { exact: true }).check();
  await expect(page.locator("html")).toHaveAttribute("data-text", "large");
  await page.getByLabel("Donker", { exact: true }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.getByLabel("English", { exact: true }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByTestId("caring-for")).toContainText("You care for Pieter");

  // And back to Dutch.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Nederlands", { exact: true }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
});

test("settings shows whether the data is kept and how much space it uses", async ({ page }) => {
  await onboard(page);
  await page.goto("/#/instellingen");
  await expect(page.getByTestId("storage-persisted")).toBeVisible();
  await expect(page.getByTestId("storage-usage")).toContainText(/Samenspel gebruikt nu \d+(,\d)? (kB|MB) op deze telefoon\./);
});

test("an unknown address offers the way back", async ({ page }) => {
  await onboard(page);
  await page.goto("/#/bestaat-niet");
  await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  await page.getByRole("link", { name: "Naar het begin" }).click();
  await expect(page.getByTestId("greeting")).toBeVisible();
});

test("the app works with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("tour")).toBeVisible();
  // Skip link first, then the tour's buttons.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Volgende" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("tour")).toContainText("Stap 2 van 3");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Overslaan" })).toBeFocused();
  await page.keyboard.press("Enter");
  // On the form: Tab reaches the first field.
  const first = page.getByLabel("Uw voornaam", { exact: true });
  for (let i = 0; i < 4 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(first).toBeFocused();
  await page.keyboard.type("Anna");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Piet");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Mijn partner", { exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Opslaan en beginnen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("greeting")).toContainText("Anna");
});

test("delete everything asks first, then leaves no data and no preferences", async ({ page }) => {
  await onboard(page, { me: "Anna", cared: "Piet" });
  await page.goto("/#/instellingen");
  await page.getByLabel("English", { exact: true }).check();
  await page.getByRole("button", { name: "Delete all data" }).click();
  await expect(page.getByText("Are you sure?")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  await page.getByRole("button", { name: "Delete all data" }).click();
  await Promise.all([
    page.waitForEvent("load"),
    page.getByRole("button", { name: "Yes, delete everything" }).click(),
  ]);
  // A fresh start, in Dutch again: the preferences are gone too.
  await expect(page.getByTestId("tour")).toContainText("Stap 1 van 3");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  const records = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open("samenspel");
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const names = Array.from(db.objectStoreNames);
    const counts = await Promise.all(names.map((n) => new Promise<number>((ok) => {
      const req = db.transaction(n).objectStore(n).count();
      req.onsuccess = () => ok(req.result);
    })));
    db.close();
    return Object.fromEntries(names.map((n, i) => [n, counts[i]]));
  });
  // Only the data version in meta, written by the fresh start.
  expect(records).toEqual({ checks: 0, energy: 0, meta: 1, people: 0, profile: 0, share_log: 0, snapshots: 0, wishes: 0 });
});

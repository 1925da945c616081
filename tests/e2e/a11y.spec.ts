// axe-core on every screen, in light and dark, and a screenshot of each at 390x844.
import { test, expect, onboard, expectNoAxeViolations, screenshot } from "./fixtures";

for (const scheme of ["light", "dark"] as const) {
  test(`every screen passes axe in ${scheme} and is photographed`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.getByTestId("tour")).toBeVisible();
    for (const step of [1, 2, 3]) {
      await expectNoAxeViolations(page, `tour step ${step} (${scheme})`);
      await screenshot(page, `tour-${step}-${scheme}`);
      if (step < 3) await page.getByRole("button", { name: "Volgende" }).click();
    }
    await page.getByRole("button", { name: "Beginnen" }).click();
    await expect(page.getByRole("heading", { name: "Welkom bij Samenspel" })).toBeVisible();
    await expectNoAxeViolations(page, `welcome (${scheme})`);
    await screenshot(page, `welcome-${scheme}`);

    await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
    await expect(page.getByText("Nog niet alles is goed ingevuld.")).toBeVisible();
    await expectNoAxeViolations(page, `welcome with problems (${scheme})`);
    await screenshot(page, `welcome-problems-${scheme}`);

    await onboard(page);
    await expectNoAxeViolations(page, `home (${scheme})`);
    await screenshot(page, `home-${scheme}`);

    await page.getByRole("link", { name: "Instellingen" }).click();
    await expect(page.getByTestId("storage-persisted")).toBeVisible();
    await expectNoAxeViolations(page, `settings (${scheme})`);
    await screenshot(page, `settings-${scheme}`);
    await page.getByRole("button", { name: "Alle gegevens wissen" }).click();
    await expectNoAxeViolations(page, `settings, confirming delete (${scheme})`);
    await page.getByRole("button", { name: "Annuleren" }).click();

    await page.goto("/#/bestaat-niet");
    await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
    await expectNoAxeViolations(page, `not found (${scheme})`);
    await screenshot(page, `not-found-${scheme}`);
  });
}

test("the skeleton in index.html shows before the app has loaded", async ({ page }) => {
  // Hold back the wasm: the static skeleton must still paint.
  await page.route(/\.wasm$/, () => {});
  await page.goto("/");
  await expect(page.locator(".skeleton-bar")).toHaveText("Samenspel");
  await screenshot(page, "skeleton");
});

// Wishes and agreements as a caregiver uses them: from prompts and freely, per
// role; through discussed to agreed; due on the start screen; a review;
// reordering with the keyboard; kept across reload and offline; axe everywhere.
import { test, expect, onboard, waitForServiceWorker, expectNoAxeViolations, screenshot } from "./fixtures";
import type { Page } from "@playwright/test";

const ROLES = ["samen", "steun", "familie", "kennis"];

/** A local date `days` from today, as the browser (in its own time zone) sees it. */
async function isoInDays(page: Page, days: number): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

async function addFromPrompt(page: Page, role: string, text: string) {
  await page.goto(`/#/wensen/nieuw/${role}`);
  const prompt = page.locator(".prompt-button").first();
  const question = (await prompt.textContent())!.trim();
  await prompt.click();
  const field = page.locator("#wish-text");
  await expect(field).toBeFocused();
  await expect(page.getByLabel(question)).toBeVisible();
  await field.fill(text);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wensen en afspraken" })).toBeVisible();
  await expect(page.locator(`[data-role="${role}"]`).getByText(text, { exact: true })).toBeVisible();
}

test("a caregiver prepares a visit and keeps track of an agreement", async ({ page, context }) => {
  await onboard(page, { me: "Anna", cared: "Piet" });
  await page.getByRole("link", { name: "Wensen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wensen en afspraken" })).toBeVisible();
  // Four sections in plain words, the name filled in.
  await expect(page.locator(".wish-role")).toHaveCount(4);
  await expect(page.getByRole("heading", { name: "Wat ik weet over Piet" })).toBeVisible();
  await expectNoAxeViolations(page, "wishes empty");

  // One item per role from a prompt.
  await addFromPrompt(page, "samen", "Ik wil Piet zelf blijven wassen op zondag.");
  await addFromPrompt(page, "steun", "Eén middag per week vrij.");
  await addFromPrompt(page, "familie", "Samen koffie om tien uur.");
  await addFromPrompt(page, "kennis", "Piet wordt blij van muziek van vroeger.");

  // One written freely, in the Expert role.
  await page.goto("/#/wensen/nieuw/kennis");
  await expectNoAxeViolations(page, "prompt picker");
  await screenshot(page, "wishes-prompts");
  await page.getByRole("button", { name: "Zelf iets opschrijven" }).click();
  // Saving empty names the problem next to the field.
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#wish-text")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "wish form with a problem");
  await page.locator("#wish-text").fill("Als Piet onrustig is, helpt een rustige stem.");
  // The message goes away as soon as the field is right, before saving again.
  await expect(page.locator("#wish-text")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#wish-text-error")).toHaveCount(0);
  await page.getByLabel("Goed om te weten", { exact: true }).check();
  await screenshot(page, "wishes-form");
  await page.getByRole("button", { name: "Opslaan" }).click();
  const expert = page.locator('[data-role="kennis"]');
  await expect(expert.getByTestId("wish-item")).toHaveCount(2);
  await screenshot(page, "wishes-list");
  await expectNoAxeViolations(page, "wishes list");

  // Reorder with the keyboard: move the second Expert item up.
  const down = expert.getByRole("button", { name: /Zet lager: Piet wordt blij/ });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(expert.getByTestId("wish-item").first()).toContainText("Als Piet onrustig is");
  await expect(page.getByRole("status").filter({ hasText: "Nu op plek 2 van 2." })).toHaveCount(1);

  // Discussed, then agreed with a review date next week.
  await page.locator('[data-role="steun"]').getByRole("link", { name: /Aanpassen: Eén middag per week vrij/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Punt aanpassen" })).toBeVisible();
  await page.getByLabel("Besproken", { exact: true }).check();
  await page.getByLabel("Met wie bespreekt u dit?").fill("de wijkverpleegkundige");
  await page.getByRole("button", { name: "Opslaan" }).click();
  const support = page.locator('[data-role="steun"]');
  await expect(support.getByText("Met de wijkverpleegkundige")).toBeVisible();
  await support.getByRole("link", { name: /Aanpassen: Eén middag/ }).click();
  await page.getByLabel("Afgesproken", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#wish-review-on-error")).toHaveText(/Kies een dag om de afspraak weer te bekijken\./);
  await expect(page.locator("#wish-review-on")).toHaveAccessibleDescription(/Kies een dag om de afspraak weer te bekijken/);
  await page.locator("#wish-review-on").fill(await isoInDays(page, 7));
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(support.getByText("Over 7 dagen weer bekijken")).toBeVisible();

  // The start screen shows the agreement that is due soon.
  await page.getByRole("link", { name: "Start" }).click();
  const due = page.getByTestId("due-agreements");
  await expect(due).toContainText("Eén middag per week vrij.");
  await expect(due).toContainText("Over 7 dagen weer bekijken");
  await expectNoAxeViolations(page, "home with due agreements");
  await screenshot(page, "home-due");

  // Record a review: keep, with a new date.
  await due.getByRole("link", { name: /Eén middag/ }).click();
  await expect(page.getByRole("heading", { name: "Hoe gaat de afspraak?" })).toBeVisible();
  await expectNoAxeViolations(page, "agreement with review");
  await page.getByLabel(/^Zo houden/).check();
  await page.locator("#review-next").fill(await isoInDays(page, 30));
  await page.getByRole("button", { name: "Opslaan" }).first().click();
  await expect(page.getByRole("heading", { name: "Eerder bekeken" })).toBeVisible();
  await screenshot(page, "wishes-review");
  await page.getByRole("link", { name: "Start" }).click();
  await expect(page.getByTestId("due-agreements")).toHaveCount(0);

  // Reload and offline: everything is still there.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto("/#/wensen");
  await page.reload();
  await expect(page.locator('[data-role="kennis"]').getByTestId("wish-item").first()).toContainText("Als Piet onrustig is");
  await expect(page.locator('[data-role="steun"]').getByText(/Weer bekijken op/)).toBeVisible();
  await context.setOffline(false);
});

test("removing an item can be undone", async ({ page }) => {
  await onboard(page);
  await addFromPrompt(page, "familie", "Zondag samen naar de markt.");
  await page.getByRole("link", { name: /Aanpassen: Zondag samen/ }).click();
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByTestId("undo-bar")).toContainText("Verwijderd: Zondag samen naar de markt.");
  await expect(page.getByText("Zondag samen naar de markt.", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.locator('[data-role="familie"]').getByText("Zondag samen naar de markt.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-role="familie"]').getByText("Zondag samen naar de markt.", { exact: true })).toBeVisible();
});

test("filters by role and status", async ({ page }) => {
  await onboard(page);
  await addFromPrompt(page, "samen", "Ik geef de medicijnen.");
  await addFromPrompt(page, "kennis", "Piet slaapt graag lang uit.");
  await page.getByLabel("Deel", { exact: true }).selectOption({ index: 4 });
  await expect(page.locator(".wish-role")).toHaveCount(1);
  await expect(page.getByText("Piet slaapt graag lang uit.", { exact: true })).toBeVisible();
  await page.getByLabel("Deel", { exact: true }).selectOption({ index: 0 });
  await page.getByLabel("Hoe ver is het?").selectOption({ label: "Afgesproken" });
  await expect(page.getByText("Niets gevonden bij deze keuze.").first()).toBeVisible();
  for (const role of ROLES) await expect(page.locator(`[data-role="${role}"] [data-testid="wish-item"]`)).toHaveCount(0);
});

test("with whom can be someone from the network, and stays readable when they are removed", async ({ page }) => {
  await onboard(page, { me: "Anna", cared: "Piet" });
  // A professional in the network.
  await page.goto("/#/netwerk/nieuw");
  await page.getByLabel("Voornaam of bijnaam").fill("Sanne");
  await page.getByLabel("Wie is dit voor u?").fill("wijkverpleegkundige");
  await page.getByRole("radio", { name: /^Zorgverleners —/ }).check();
  await page.getByRole("radio", { name: /^Dichtbij —/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();

  await addFromPrompt(page, "samen", "Ik help bij het douchen.");
  await page.getByRole("link", { name: /Aanpassen: Ik help bij het douchen/ }).click();
  await page.getByLabel("Of kies iemand uit uw netwerk").selectOption({ label: "Sanne (wijkverpleegkundige)" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  const item = page.locator('[data-role="samen"]').getByTestId("wish-item");
  await expect(item).toContainText("Met Sanne");

  // Sanne leaves the network: the wish keeps her name as text.
  await page.goto("/#/netwerk");
  await page.getByRole("button", { name: "Lijst" }).click();
  await page.getByRole("link", { name: /Sanne/ }).first().click();
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByTestId("undo-bar")).toContainText("Verwijderd: Sanne");
  await page.goto("/#/wensen");
  await expect(item).toContainText("Met Sanne");
  await page.reload();
  await expect(item).toContainText("Met Sanne");
});

test("five years of wishes: each role starts with its first 15, the rest on request", async ({ page }) => {
  const { seedApp } = await import("./seed");
  await seedApp(page, "five-years");
  await page.goto("/#/wensen");
  const items = page.getByTestId("wish-item");
  await expect(items.first()).toBeVisible();
  const first = await items.count();
  expect(first).toBeLessThanOrEqual(4 * 15);
  const together = page.locator("section[data-role=samen]");
  const more = together.getByTestId("wish-show-all");
  await expect(more).toHaveText(/^Alle \d+ laten zien$/);
  const total = Number((await more.textContent())!.match(/\d+/)![0]);
  await more.click();
  await expect(together.getByTestId("wish-item")).toHaveCount(total);
  await expect(more).toHaveCount(0);
  await expectNoAxeViolations(page, "wishes, five years, one role in full");
});

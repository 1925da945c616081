// The balance check and the energy lists as a caregiver uses them: the check one
// question per screen, the result and advice, the energy lists, the history and
// trend, a draft that survives a reload, offline use, the keyboard alone, axe on
// every screen, and screenshots in light and dark.
import type { Page } from "@playwright/test";
import { test, expect, onboard, expectNoAxeViolations, screenshot, waitForServiceWorker } from "./fixtures";

/** Questions in the check; after them comes the optional mark ("Tot slot"). */
const TOTAL = 12;
// Option counts per question: 7 load questions, then 5 capacity questions.
// Answers from the heaviest end (load high, capacity low) and the lightest end.
const HEAVY = [4, 4, 4, 4, 3, 4, 3, 0, 0, 0, 0, 0];
const LIGHT = [1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3];

const progress = (page: Page) => page.getByTestId("check-progress");

/** Answers every question by tapping, then the overall mark (or skips it). */
async function answerAll(page: Page, choices: number[], overall: number | null, from = 0) {
  for (let i = from; i < choices.length; i++) {
    await expect(progress(page)).toHaveText(`Vraag ${i + 1} van ${TOTAL}`);
    await page.getByTestId("check-options").getByRole("button").nth(choices[i]).click();
  }
  await expect(progress(page)).toHaveText("Tot slot");
  await expect(page.getByRole("heading", { level: 1, name: "Hoe gaat het met u, alles bij elkaar?" })).toBeVisible();
  if (overall === null) {
    await page.getByRole("button", { name: "Overslaan" }).click();
  } else {
    await page.getByRole("button", { name: String(overall), exact: true }).click();
    await expect(page.getByRole("button", { name: String(overall), exact: true })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Klaar: bekijk de uitkomst" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Uitkomst van uw balanscheck" })).toBeVisible();
}

/** Adds an item to a list: from a suggestion, or typed; with a weight. */
async function addItem(page: Page, list: "givers" | "drains", what: { suggestion?: string; text?: string; weight: string }) {
  const section = page.getByTestId(`energy-${list}`);
  const form = section.locator("form");
  if (!(await form.isVisible())) {
    await section.getByRole("button", { name: list === "givers" ? "Iets toevoegen dat energie geeft" : "Iets toevoegen dat energie kost" }).click();
  }
  if (what.suggestion) {
    await form.getByRole("button", { name: what.suggestion, exact: true }).click();
  } else {
    await form.getByLabel("Of schrijf het zelf op").fill(what.text!);
  }
  await form.getByLabel(what.weight, { exact: true }).check();
  await form.getByRole("button", { name: "Opslaan" }).click();
  const name = what.suggestion ?? what.text!;
  await expect(section.locator(".bc-item").filter({ hasText: name })).toContainText(what.weight);
}

test("complete a check: one question per screen, back without losing answers, the result and advice", async ({ page }) => {
  await onboard(page, { me: "Anna", cared: "Piet" });
  const card = page.getByTestId("home-check");
  await expect(card).toContainText("Met de balanscheck ziet u in drie minuten hoe u ervoor staat.");
  await card.getByRole("link", { name: "Begin de check" }).click();

  await expect(progress(page)).toHaveText(`Vraag 1 van ${TOTAL}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hoeveel uur per week zorgt u voor Piet?");
  // Big answers: every button at least 44 px high.
  for (const box of await page.getByTestId("check-options").getByRole("button").evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
  await page.getByTestId("check-options").getByRole("button").nth(HEAVY[0]).click();
  await page.getByTestId("check-options").getByRole("button").nth(HEAVY[1]).click();
  await expect(progress(page)).toHaveText(`Vraag 3 van ${TOTAL}`);
  // Back twice: the answers are still chosen.
  await page.getByRole("button", { name: "Vorige vraag" }).click();
  await expect(progress(page)).toHaveText(`Vraag 2 van ${TOTAL}`);
  await expect(page.getByTestId("check-options").getByRole("button").nth(HEAVY[1])).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Vorige vraag" }).click();
  await expect(page.getByTestId("check-options").getByRole("button", { name: "Meer dan 40 uur" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Volgende vraag" }).click();
  await page.getByRole("button", { name: "Volgende vraag" }).click();
  await expect(progress(page)).toHaveText(`Vraag 3 van ${TOTAL}`);
  await expectNoAxeViolations(page, "a question");

  await answerAll(page, HEAVY, 4, 2);
  const result = page.getByTestId("check-result");
  await expect(result.getByRole("heading", { level: 2 })).toHaveText("Uit balans");
  await expect(result).toContainText("De zorg weegt nu zwaarder dan u kunt dragen.");
  await expect(page.getByTestId("balance-summary")).toHaveText("De weegschaal zakt naar de kant van wat zwaar is.");
  await expect(result).toContainText("Wat zwaar is: 100 van 100");
  await expect(result).toContainText("Wat u helpt: 0 van 100");
  await expect(result).toContainText("Uw cijfer voor hoe het gaat: 4");
  const heaviest = page.getByTestId("result-heaviest").getByRole("listitem");
  await expect(heaviest).toHaveCount(3);
  await expect(heaviest.first()).toContainText("Uren zorg");
  await expect(heaviest.first()).toContainText("Meer dan 40 uur");
  const advice = page.getByTestId("result-advice");
  await expect(advice.getByRole("heading", { level: 3 }).first()).toHaveText("Bel het steunpunt mantelzorg");
  await expect(advice).toContainText("Praat met uw huisarts");
  await expect(page.getByText("Deze check is alleen voor uzelf. Het is geen medische test.")).toBeVisible();
  await expect(page.getByText("U heeft nog niets op uw energielijsten gezet.")).toBeVisible();
  await expectNoAxeViolations(page, "the result");

  // The start screen shows the band and the date.
  await page.getByRole("link", { name: "Start", exact: true }).click();
  await expect(card).toContainText("Uw laatste check:");
  await expect(card).toContainText("Uit balans");
  await expect(card).toContainText(/Gedaan op \d+ \w+ \d{4}/);
  await expect(card.getByTestId("check-due")).toHaveCount(0);
});

test("energy lists: add, change and remove with undo; the picture; the heaviest on the result", async ({ page }) => {
  await onboard(page);
  await page.getByRole("link", { name: "Balans", exact: true }).click();
  await page.getByRole("link", { name: "Wat geeft en kost u energie?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Energie" })).toBeVisible();
  await expect(page.getByTestId("energy-summary")).toHaveText("Wat u energie geeft en wat energie kost, wegen even zwaar.");

  await addItem(page, "givers", { suggestion: "Een wandeling buiten", weight: "Veel" });
  // A picked suggestion is no longer offered.
  await expect(page.getByTestId("energy-givers").locator("form").getByRole("button", { name: "Een wandeling buiten" })).toHaveCount(0);
  await expect(page.getByTestId("energy-givers").getByRole("status")).toHaveText("Toegevoegd: Een wandeling buiten");
  await addItem(page, "givers", { text: "Koffie met de buurvrouw", weight: "Een beetje" });
  await addItem(page, "givers", { suggestion: "Muziek luisteren of maken", weight: "Gemiddeld" });
  await page.getByTestId("energy-givers").getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByTestId("energy-givers").locator("form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Iets toevoegen dat energie geeft" })).toBeFocused();

  await addItem(page, "drains", { suggestion: "Formulieren en regelwerk met instanties", weight: "Veel" });
  await addItem(page, "drains", { suggestion: "Het huishouden", weight: "Een beetje" });
  await addItem(page, "drains", { text: "Ruzie met mijn broer", weight: "Gemiddeld" });
  await page.getByTestId("energy-drains").getByRole("button", { name: "Sluiten" }).click();
  // Givers 3+1+2 = 6 against drains 3+1+2 = 6.
  await expect(page.getByTestId("energy-summary")).toHaveText("Wat u energie geeft en wat energie kost, wegen even zwaar.");

  // Change one: the housework costs a lot.
  await page.getByRole("button", { name: "Aanpassen: Het huishouden" }).click();
  const editForm = page.getByTestId("energy-drains").locator("form");
  await expect(editForm.getByLabel("Wat is het?")).toHaveValue("Het huishouden");
  await editForm.getByLabel("Veel", { exact: true }).check();
  await editForm.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByTestId("energy-drains").locator(".bc-item").filter({ hasText: "Het huishouden" })).toContainText("Veel");
  await expect(page.getByTestId("energy-summary")).toHaveText("Wat u energie kost, weegt nu het zwaarst.");

  // Remove one, then undo.
  await page.getByRole("button", { name: "Verwijderen: Koffie met de buurvrouw" }).click();
  await expect(page.getByTestId("energy-givers")).not.toContainText("Koffie met de buurvrouw");
  await expect(page.getByTestId("undo-bar")).toContainText("Verwijderd: Koffie met de buurvrouw");
  await page.getByTestId("undo-bar").getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByTestId("energy-givers")).toContainText("Koffie met de buurvrouw");
  await expect(page.getByTestId("energy-givers").locator(".bc-item")).toHaveCount(3);
  await expect(page.getByTestId("energy-drains").locator(".bc-item")).toHaveCount(3);
  await expectNoAxeViolations(page, "energy");

  // The result shows the strongest givers and heaviest drains.
  await page.goto("/#/balans/vragen");
  await answerAll(page, LIGHT, null);
  const givers = page.getByTestId("result-givers").getByRole("listitem");
  await expect(givers).toHaveCount(3);
  await expect(givers.first()).toContainText("Een wandeling buiten");
  await expect(givers.first()).toContainText("Veel");
  const drains = page.getByTestId("result-drains").getByRole("listitem");
  await expect(drains).toHaveCount(3);
  await expect(page.getByTestId("result-drains")).toContainText("Formulieren en regelwerk met instanties");
  await expect(page.getByTestId("result-drains")).toContainText("Ruzie met mijn broer");
  await page.getByRole("link", { name: "Energielijsten aanpassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Energie" })).toBeVisible();
});

test("two checks: both in the history and the trend chart; open, delete and undo; all there after a reload and offline", async ({ page, context }) => {
  // The first check in March, the second in May (the page's clock is set).
  await page.clock.setFixedTime(new Date("2026-03-10T10:00:00+01:00"));
  await onboard(page);
  await page.goto("/#/balans");
  await page.getByRole("link", { name: "Begin de check" }).click();
  await answerAll(page, HEAVY, 3);
  await page.clock.setFixedTime(new Date("2026-05-12T10:00:00+02:00"));
  await page.getByRole("link", { name: "Balans", exact: true }).click();
  await page.getByRole("link", { name: "Doe de check opnieuw" }).click();
  await answerAll(page, LIGHT, 8);
  await expect(page.getByTestId("check-result").getByRole("heading", { level: 2 })).toHaveText("In balans");
  await expect(page.getByTestId("balance-summary")).toHaveText("De weegschaal zakt naar de kant van wat u helpt.");
  await addEnergyQuickly(page);

  await page.goto("/#/balans/geschiedenis");
  await expect(page.getByRole("heading", { level: 1, name: "Uw eerdere checks" })).toBeVisible();
  await expect(page.getByTestId("trend-sentence")).toHaveText("Lichter dan in maart.");
  const items = page.getByTestId("check-history").getByRole("listitem");
  await expect(items).toHaveCount(2);
  // Newest first.
  await expect(items.nth(0)).toContainText("In balans");
  await expect(items.nth(1)).toContainText("Uit balans");
  const chart = page.getByTestId("trend-chart");
  await expect(chart.locator("circle.bc-dot")).toHaveCount(2);
  await expect(chart.getByRole("img", { name: "Lijn van uw balans per check. Hoger is beter." })).toBeVisible();
  await expect(chart.locator("#bc-chart-points li")).toHaveText(["10 maart 2026: Uit balans", "12 mei 2026: In balans"]);
  await expect(items.nth(0)).toContainText("12 mei 2026");
  await expectNoAxeViolations(page, "history");

  // Open the earlier check.
  await items.nth(1).getByRole("link").click();
  await expect(page.getByTestId("check-result").getByRole("heading", { level: 2 })).toHaveText("Uit balans");
  await page.goBack();

  // Delete the newest, undo, then delete it for good.
  await items.nth(0).getByRole("button", { name: /^Verwijderen/ }).click();
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId("trend-sentence")).toContainText("Dit is uw eerste check.");
  await page.getByTestId("undo-bar").getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(items).toHaveCount(2);

  // Reload, then offline: everything is still there.
  await waitForServiceWorker(page);
  await page.reload();
  await expect(items).toHaveCount(2);
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId("trend-chart").locator("circle.bc-dot")).toHaveCount(2);
  await items.nth(0).getByRole("link").click();
  await expect(page.getByTestId("check-result").getByRole("heading", { level: 2 })).toHaveText("In balans");
  await expect(page.getByTestId("result-givers")).toContainText("Een wandeling buiten");
  await page.goto("/#/energie");
  await expect(page.getByTestId("energy-givers")).toContainText("Een wandeling buiten");
  await expect(page.getByTestId("energy-drains")).toContainText("Het huishouden");
  // A check done offline is kept too.
  await page.clock.setFixedTime(new Date("2026-06-15T10:00:00+02:00"));
  await page.goto("/#/balans/vragen");
  await answerAll(page, HEAVY, null);
  await page.goto("/#/balans/geschiedenis");
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId("trend-sentence")).toHaveText("Zwaarder dan in mei.");
  await context.setOffline(false);
});

async function addEnergyQuickly(page: Page) {
  await page.goto("/#/energie");
  await addItem(page, "givers", { suggestion: "Een wandeling buiten", weight: "Veel" });
  await addItem(page, "drains", { suggestion: "Het huishouden", weight: "Gemiddeld" });
}

test("a half-finished check is kept: resume after a reload, from the check and from the start screen", async ({ page }) => {
  await onboard(page);
  await page.goto("/#/balans/vragen");
  for (let i = 0; i < 4; i++) {
    await expect(progress(page)).toHaveText(`Vraag ${i + 1} van ${TOTAL}`);
    await page.getByTestId("check-options").getByRole("button").nth(2).click();
  }
  await expect(progress(page)).toHaveText(`Vraag 5 van ${TOTAL}`);
  await page.reload();
  await expect(progress(page)).toHaveText(`Vraag 5 van ${TOTAL}`);

  await page.getByRole("link", { name: "Stoppen en later verder" }).click();
  const draft = page.getByTestId("check-draft");
  await expect(draft).toContainText("U heeft 4 van de 12 vragen beantwoord.");
  await expectNoAxeViolations(page, "check home with a draft");
  await page.reload();
  await expect(draft).toContainText("U heeft 4 van de 12 vragen beantwoord.");

  await page.getByRole("link", { name: "Start", exact: true }).click();
  await page.getByTestId("home-check").getByRole("link", { name: "Verder met uw check" }).click();
  await expect(progress(page)).toHaveText(`Vraag 5 van ${TOTAL}`);
  await page.getByRole("button", { name: "Vorige vraag" }).click();
  await expect(page.getByTestId("check-options").getByRole("button").nth(2)).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Volgende vraag" }).click();
  await answerAll(page, LIGHT, null, 4);
  // The draft is gone once the check is saved.
  await page.goto("/#/balans");
  await expect(page.getByTestId("check-draft")).toHaveCount(0);
  await expect(page.getByTestId("check-latest")).toBeVisible();

  // Starting again throws the draft away.
  await page.getByRole("link", { name: "Doe de check opnieuw" }).click();
  await page.getByTestId("check-options").getByRole("button").nth(0).click();
  await page.goto("/#/balans");
  await page.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await expect(progress(page)).toHaveText(`Vraag 1 van ${TOTAL}`);
  await expect(page.getByTestId("check-options").getByRole("button", { pressed: true })).toHaveCount(0);
});

/** Presses Tab until the focused element's text matches, then returns. */
async function tabTo(page: Page, name: string | RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return labels[0].innerText.trim();
      const label = el.getAttribute("aria-label");
      if (label) return label.trim();
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("[aria-hidden=true]").forEach((h) => h.remove());
      return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
    });
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

test("the whole flow works with the keyboard alone", async ({ page }) => {
  await onboard(page);
  await tabTo(page, "Begin de check");
  await page.keyboard.press("Enter");
  for (let i = 0; i < 12; i++) {
    await expect(progress(page)).toHaveText(`Vraag ${i + 1} van ${TOTAL}`);
    // The question's heading has focus; the answers follow.
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.keyboard.press("Tab");
    for (let k = 0; k < LIGHT[i]; k++) await page.keyboard.press("Tab");
    await expect(page.getByTestId("check-options").getByRole("button").nth(LIGHT[i])).toBeFocused();
    await page.keyboard.press(i % 2 ? "Enter" : "Space");
  }
  await expect(progress(page)).toHaveText("Tot slot");
  await tabTo(page, "7");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "7", exact: true })).toHaveAttribute("aria-pressed", "true");
  await tabTo(page, "Klaar: bekijk de uitkomst");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Uitkomst van uw balanscheck" })).toBeVisible();
  await expect(page.getByText("Uw cijfer voor hoe het gaat: 7")).toBeVisible();

  // On to the energy lists, and add a giver.
  await tabTo(page, "Energielijsten invullen");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Energie" })).toBeVisible();
  await tabTo(page, "Iets toevoegen dat energie geeft");
  await page.keyboard.press("Enter");
  await tabTo(page, "Sporten of bewegen");
  await page.keyboard.press("Enter");
  // The weight is a radio group: Tab lands on the chosen one, arrows change it.
  await tabTo(page, "Gemiddeld");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("energy-givers").getByLabel("Veel", { exact: true })).toBeChecked();
  await tabTo(page, "Opslaan");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("energy-givers").locator(".bc-item")).toContainText("Sporten of bewegen");
  await expect(page.getByTestId("energy-givers").locator(".bc-item")).toContainText("Veel");

  // And the history, from the balance home.
  await page.goto("/#/balans");
  await tabTo(page, "Eerdere checks en verloop");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Uw eerdere checks" })).toBeVisible();
  await tabTo(page, /^Verwijderen/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("undo-bar")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe on every screen of the flow in ${scheme}, and screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const suffix = scheme === "light" ? "" : "-dark";
    await page.clock.setFixedTime(new Date("2026-02-03T10:00:00+01:00"));
    await onboard(page);
    await expectNoAxeViolations(page, `home with the check card (${scheme})`);
    await page.goto("/#/balans");
    await expect(page.getByRole("link", { name: "Begin de check" })).toBeVisible();
    await expectNoAxeViolations(page, `check home (${scheme})`);
    await screenshot(page, `check-home${suffix}`);

    await page.getByRole("link", { name: "Begin de check" }).click();
    await page.getByTestId("check-options").getByRole("button").nth(3).click();
    await page.getByTestId("check-options").getByRole("button").nth(1).click();
    await page.getByRole("button", { name: "Vorige vraag" }).click();
    await expect(progress(page)).toHaveText(`Vraag 2 van ${TOTAL}`);
    await expectNoAxeViolations(page, `question (${scheme})`);
    await screenshot(page, `check-question${suffix}`);
    await page.getByRole("button", { name: "Volgende vraag" }).click();
    const answers = [3, 3, 3, 2, 3, 2, 3, 1, 1, 1, 2, 1];
    for (let i = 2; i < 12; i++) {
      await expect(progress(page)).toHaveText(`Vraag ${i + 1} van ${TOTAL}`);
      await page.getByTestId("check-options").getByRole("button").nth(answers[i]).click();
    }
    await page.getByRole("button", { name: "6", exact: true }).click();
    await expectNoAxeViolations(page, `overall mark (${scheme})`);
    await screenshot(page, `check-overall${suffix}`);
    await page.getByRole("button", { name: "Klaar: bekijk de uitkomst" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uitkomst van uw balanscheck" })).toBeVisible();

    await page.goto("/#/energie");
    await addItem(page, "givers", { suggestion: "Een goede nachtrust", weight: "Veel" });
    await addItem(page, "givers", { text: "Zingen in het koor", weight: "Gemiddeld" });
    await addItem(page, "drains", { suggestion: "’s Nachts liggen piekeren", weight: "Veel" });
    await addItem(page, "drains", { suggestion: "Zorg en werk combineren", weight: "Veel" });
    await page.getByTestId("energy-drains").getByRole("button", { name: "Sluiten" }).click();
    await expectNoAxeViolations(page, `energy with the add form (${scheme})`);
    await screenshot(page, `check-energy-form${suffix}`);
    await page.getByTestId("energy-givers").getByRole("button", { name: "Sluiten" }).click();
    await expectNoAxeViolations(page, `energy (${scheme})`);
    await screenshot(page, `check-energy${suffix}`);
    await page.getByRole("button", { name: "Aanpassen: Zingen in het koor" }).click();
    await expectNoAxeViolations(page, `energy, changing an item (${scheme})`);
    await page.getByRole("button", { name: "Annuleren" }).click();

    await page.goto("/#/balans");
    await page.getByRole("link", { name: "Bekijk de uitkomst" }).click();
    await expect(page.getByTestId("result-givers")).toBeVisible();
    await expectNoAxeViolations(page, `result with energy (${scheme})`);
    await screenshot(page, `check-result${suffix}`);

    // A second, lighter check for the history, in April.
    await page.clock.setFixedTime(new Date("2026-04-21T10:00:00+02:00"));
    await page.goto("/#/balans/vragen");
    await answerAll(page, LIGHT, null);
    await page.goto("/#/balans/geschiedenis");
    await expect(page.getByTestId("check-history").getByRole("listitem")).toHaveCount(2);
    await expectNoAxeViolations(page, `history (${scheme})`);
    await screenshot(page, `check-history${suffix}`);
    await page.getByTestId("check-history").getByRole("button").first().click();
    await expect(page.getByTestId("undo-bar")).toBeVisible();
    await expectNoAxeViolations(page, `history with the undo bar (${scheme})`);

    await page.getByRole("link", { name: "Start", exact: true }).click();
    await expect(page.getByTestId("home-check")).toBeVisible();
    await screenshot(page, `check-home-card${suffix}`);
  });
}

/** Every visible interactive element smaller than 44x44 CSS px (as layout.spec.ts). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const selector = "a[href], button, input, select, textarea, [role=button], [tabindex]:not([tabindex='-1'])";
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
      if (r.bottom < 0 || r.right < 0) continue;
      if (el.tagName === "A" && el.closest("p") && !el.classList.contains("button")) continue;
      if (r.width < 44 || r.height < 44) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

test("check screens: 44 px targets, no sideways scroll at 320 px, axe in dark with the largest text", async ({ page }) => {
  test.setTimeout(120_000);
  await onboard(page);
  await page.goto("/#/balans/vragen");
  await answerAll(page, HEAVY, 2);
  const resultHash = new URL(page.url()).hash;
  await page.goto("/#/energie");
  await addItem(page, "givers", { suggestion: "Een hobby", weight: "Veel" });
  await addItem(page, "drains", { text: "Ziekenhuisbezoek", weight: "Gemiddeld" });
  await page.goto("/#/balans/vragen");
  await answerAll(page, LIGHT, null);
  await page.goto("/#/balans/vragen");
  await page.getByTestId("check-options").getByRole("button").nth(1).click();

  const screens: { name: string; hash: string; ready: string; open?: string }[] = [
    { name: "check home", hash: "#/balans", ready: "[data-testid=check-draft]" },
    { name: "question", hash: "#/balans/vragen", ready: "[data-testid=check-progress]" },
    { name: "result", hash: resultHash, ready: "[data-testid=check-result]" },
    { name: "history", hash: "#/balans/geschiedenis", ready: "[data-testid=trend-chart]" },
    { name: "energy", hash: "#/energie", ready: "[data-testid=energy-givers]", open: "Iets toevoegen dat energie geeft" },
    { name: "home", hash: "#/", ready: "[data-testid=home-check]" },
  ];
  const visit = async (s: (typeof screens)[number]) => {
    await page.goto("/" + s.hash);
    await page.locator(s.ready).first().waitFor();
    if (s.open) await page.getByRole("button", { name: s.open }).click();
  };
  for (const s of screens) {
    await visit(s);
    expect(await smallTargets(page), `small targets on ${s.name}`).toEqual([]);
  }
  // The overall mark: its own screen.
  await page.goto("/#/balans/vragen");
  for (let i = 1; i < 12; i++) {
    await expect(progress(page)).toHaveText(`Vraag ${i + 1} van ${TOTAL}`);
    await page.getByTestId("check-options").getByRole("button").nth(1).click();
  }
  await expect(progress(page)).toHaveText("Tot slot");
  expect(await smallTargets(page), "small targets on the overall mark").toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/#/instellingen");
  await page.getByLabel("Extra groot", { exact: true }).check();
  await page.getByLabel("Donker", { exact: true }).check();
  // The draft now stands at the overall mark, so "question" shows that screen.
  for (const s of screens) {
    await visit(s);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${s.name}`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${s.name} (dark, extra large, 320 px)`);
    if (s.name === "result" || s.name === "history") await screenshot(page, `check-${s.name}-320-xlarge-dark`);
  }
});

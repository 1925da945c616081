// The network map as a caregiver uses it: people added through the form in all
// parts of life and rings; the map and the list agree; who does what puts the
// tasks carried alone first; edit, remove with undo; the network over time;
// kept across reload and offline; axe everywhere; screenshots at 5 and 40 people.
import { test, expect, onboard, waitForServiceWorker, expectNoAxeViolations, screenshot, SCREENSHOT_DIR } from "./fixtures";
import * as path from "node:path";
import type { Page } from "@playwright/test";

const DOMAINS = {
  family: "Familie",
  friends: "Vrienden",
  neighbours: "Buren",
  work: "Werk, school, club",
  professionals: "Zorgverleners",
  volunteers: "Vrijwilligers",
} as const;
const RINGS = { "very-close": "Heel dichtbij", close: "Dichtbij", further: "Verder weg" } as const;
type DomainSlug = keyof typeof DOMAINS;
type RingSlug = keyof typeof RINGS;

interface NewPerson {
  name: string;
  domain: DomainSlug;
  ring: RingSlug;
  relation?: string;
  helps?: string[];
  could?: string[];
  phone?: string;
  note?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Fills the person form the way a person would, and saves. */
async function addPerson(page: Page, p: NewPerson) {
  await page.goto("/#/netwerk/nieuw");
  await expect(page.getByRole("heading", { level: 1, name: "Iemand toevoegen" })).toBeVisible();
  await page.getByLabel("Voornaam of bijnaam").fill(p.name);
  if (p.relation) await page.getByLabel("Wie is dit voor u?").fill(p.relation);
  await page.getByRole("radio", { name: new RegExp(`^${escape(DOMAINS[p.domain])} —`) }).check();
  await page.getByRole("radio", { name: new RegExp(`^${escape(RINGS[p.ring])} —`) }).check();
  for (const task of p.helps ?? []) {
    await page.locator("#person-helps-now").getByLabel(task, { exact: true }).check();
  }
  for (const task of p.could ?? []) {
    await page.locator("#person-could-help").getByLabel(task, { exact: true }).check();
  }
  if (p.phone) await page.getByLabel("Telefoonnummer").fill(p.phone);
  if (p.note) await page.getByLabel("Notitie").fill(p.note);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk" })).toBeVisible();
}

/** The map alone, at full detail, to look at closely. */
async function mapShot(page: Page, name: string) {
  await page.getByTestId("map-scroll").screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

const dotLabel = (p: NewPerson) => `${p.name}, ${DOMAINS[p.domain]}, ${RINGS[p.ring]}`;

const TWELVE: NewPerson[] = [
  { name: "Els", relation: "zus", domain: "family", ring: "very-close", helps: ["Boodschappen", "Koken"], phone: "06-12345678", note: "Kan na 18 uur." },
  { name: "Johan", relation: "broer", domain: "family", ring: "further", could: ["Vervoer", "Een dag of weekend overnemen"], phone: "+31 (0)6 8765 4321" },
  { name: "Mieke", relation: "vriendin", domain: "friends", ring: "close", helps: ["Een luisterend oor"] },
  { name: "Ria", domain: "friends", ring: "further", could: ["Gezelschap en uitjes"] },
  { name: "Buurvrouw Ans", domain: "neighbours", ring: "very-close", helps: ["Boodschappen"] },
  { name: "Kees", relation: "buurman", domain: "neighbours", ring: "close", could: ["Vervoer"] },
  { name: "Marja", relation: "collega", domain: "work", ring: "close" },
  { name: "Pastor Henk", domain: "work", ring: "further", could: ["Een luisterend oor"] },
  { name: "Dokter Smit", relation: "huisarts", domain: "professionals", ring: "close", helps: ["Medicijnen"] },
  { name: "Sandra", relation: "thuiszorg", domain: "professionals", ring: "very-close", helps: ["Wassen en aankleden"] },
  { name: "Tom", relation: "maatje", domain: "volunteers", ring: "close", could: ["Gezelschap en uitjes"] },
  { name: "Fatima", domain: "volunteers", ring: "further", could: ["Papieren en geld"], phone: "0201234567" },
];

async function expectMapMatches(page: Page, people: NewPerson[]) {
  await expect(page.getByTestId("map-dot")).toHaveCount(people.length);
  for (const p of people) {
    const dot = page.locator(`[data-testid="map-dot"][data-domain="${p.domain}"][data-ring="${p.ring}"]`);
    await expect(dot.getByRole("link", { name: dotLabel(p), exact: true })).toHaveCount(1);
  }
}

async function expectListMatches(page: Page, people: NewPerson[]) {
  await expect(page.getByTestId("list-person")).toHaveCount(people.length);
  for (const p of people) {
    const item = page.locator(`[data-testid="list-person"][data-domain="${p.domain}"][data-ring="${p.ring}"]`);
    await expect(item.getByRole("link", { name: `${p.name} aanpassen`, exact: true })).toHaveCount(1);
    // Within the section of its part of life, with the ring in words.
    const section = page.locator(`section[data-domain="${p.domain}"]`);
    const row = section.getByTestId("list-person").filter({ has: page.getByRole("link", { name: `${p.name} aanpassen`, exact: true }) });
    await expect(row).toContainText(RINGS[p.ring]);
  }
}

test("a caregiver draws their network and sees where help could come from", async ({ page, context }) => {
  test.setTimeout(240_000);
  await onboard(page, { me: "Anna", cared: "Piet" });
  await page.getByRole("link", { name: "Netwerk" }).click();
  await expect(page.getByTestId("network-empty")).toBeVisible();
  await expectNoAxeViolations(page, "network empty");
  await screenshot(page, "network-empty");

  // A form saved empty names the problems next to the fields.
  await page.getByTestId("network-empty").getByRole("link", { name: "Iemand toevoegen" }).click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Voornaam of bijnaam")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Voornaam of bijnaam")).toBeFocused();
  await expect(page.getByText("Vul een naam in.")).toBeVisible();
  await expect(page.getByText("Kies een van de mogelijkheden.")).toHaveCount(2);
  await page.getByLabel("Telefoonnummer").fill("bel maar");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Telefoonnummer")).toHaveAccessibleDescription(/Dit lijkt geen telefoonnummer/);
  await expectNoAxeViolations(page, "person form with problems");

  for (const p of TWELVE) await addPerson(page, p);

  // The map: 12 dots, each in its own sector and ring.
  await expect(page.getByTestId("network-map")).toBeVisible();
  await expectMapMatches(page, TWELVE);
  await expectNoAxeViolations(page, "network map");

  // Tapping a name opens the person.
  await page.getByRole("link", { name: dotLabel(TWELVE[0]), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Els aanpassen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Els bellen" })).toHaveAttribute("href", "tel:0612345678");
  await expect(page.getByLabel("Boodschappen", { exact: true }).first()).toBeChecked();
  await expectNoAxeViolations(page, "person form");
  await screenshot(page, "network-form");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "network-form-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Annuleren" }).click();

  // Zoom with buttons; the map scrolls inside its box.
  await page.getByRole("button", { name: "Groter" }).click();
  await expect(page.getByTestId("map-scroll")).toHaveAttribute("data-zoom", "1");
  const widths = await page.getByTestId("map-scroll").evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(widths[0]).toBeGreaterThan(widths[1]);
  await page.getByRole("button", { name: "Kleiner" }).click();
  await expect(page.getByTestId("map-scroll")).toHaveAttribute("data-zoom", "0");

  // Keyboard alone: tab to a name on the map and open it with Enter.
  await page.getByRole("link", { name: dotLabel(TWELVE[2]), exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Mieke aanpassen" })).toBeVisible();
  await page.goBack();

  // The list shows the same.
  await page.getByRole("button", { name: "Lijst" }).click();
  await expect(page.getByRole("button", { name: "Lijst" })).toHaveAttribute("aria-pressed", "true");
  await expectListMatches(page, TWELVE);
  await expect(page.getByRole("link", { name: "Johan bellen" })).toHaveAttribute("href", "tel:+31687654321");
  await expectNoAxeViolations(page, "network list");
  await screenshot(page, "network-list");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "network-list-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // Who does what: the caregiver ticks what they do; tasks carried alone come first.
  await page.getByRole("link", { name: "Wie doet wat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie doet wat" })).toBeVisible();
  const own = page.locator("#own-tasks");
  for (const task of ["Huishouden", "Papieren en geld", "Medicijnen", "Een dag of weekend overnemen", "Koken"]) {
    await own.getByLabel(task, { exact: true }).check();
  }
  const groups = page.getByTestId("task-group");
  await expect(groups.first()).toHaveAttribute("data-group", "alone-offers");
  await expect(groups.first().getByTestId("task-row")).toHaveCount(2);
  await expect(groups.first().getByTestId("task-row").nth(0)).toHaveAttribute("data-task", "Paperwork");
  await expect(groups.first().getByTestId("task-row").nth(1)).toHaveAttribute("data-task", "TakeOver");
  await expect(groups.first().getByRole("link", { name: "Fatima bellen" })).toHaveAttribute("href", "tel:0201234567");
  await expect(groups.first().getByRole("link", { name: "Johan bellen" })).toBeVisible();
  await expect(groups.nth(1)).toHaveAttribute("data-group", "alone");
  await expect(groups.nth(1).getByTestId("task-row")).toHaveCount(1);
  await expect(groups.nth(1)).toContainText("Huishouden");
  await expect(groups.nth(1)).toContainText("Nog niemand heeft hier hulp bij aangeboden.");
  await expect(groups.nth(2)).toHaveAttribute("data-group", "shared");
  await expect(groups.nth(2).locator('[data-task="Medication"]')).toContainText("U, Dokter Smit");
  await expectNoAxeViolations(page, "who does what");
  await screenshot(page, "network-tasks");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "network-tasks-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // Edit: Kees comes closer.
  await page.getByRole("link", { name: "Terug naar de kaart" }).click();
  await expect(page.getByTestId("list-person")).toHaveCount(12); // the list view is remembered
  await page.getByRole("link", { name: "Kees aanpassen" }).click();
  await page.getByRole("radio", { name: /^Heel dichtbij —/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  const kees = TWELVE.map((p) => (p.name === "Kees" ? { ...p, ring: "very-close" as const } : p));
  await expectListMatches(page, kees);

  // Remove with undo.
  await page.getByRole("link", { name: "Ria aanpassen" }).click();
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByTestId("undo-bar")).toContainText("Verwijderd: Ria");
  await expect(page.getByTestId("list-person")).toHaveCount(11);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByTestId("list-person")).toHaveCount(12);
  await expectListMatches(page, kees);

  // Over time: a map was kept when the network changed; keep one on request.
  await page.getByRole("link", { name: "Uw netwerk door de tijd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uw netwerk door de tijd" })).toBeVisible();
  await expect(page.getByTestId("snap-compare")).toContainText("Er is nog geen oudere kaart.");
  await expect(page.getByTestId("snap-list").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("snap-list")).toContainText("Aantal mensen: 12");
  await page.getByRole("button", { name: "De kaart van vandaag bewaren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De kaart van vandaag is bewaard." })).toHaveCount(1);
  await expect(page.getByTestId("snap-list").locator("li")).toHaveCount(2);
  await expectNoAxeViolations(page, "network over time");
  await screenshot(page, "network-history");

  // Reload and offline: everything is still there.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto("/#/netwerk");
  await page.reload();
  await page.getByRole("button", { name: "Kaart" }).click();
  await expectMapMatches(page, kees);
  await page.goto("/#/netwerk/taken");
  await expect(page.locator("#own-tasks").getByLabel("Huishouden", { exact: true })).toBeChecked();
  await expect(page.getByTestId("task-group").first()).toHaveAttribute("data-group", "alone-offers");
  await page.goto("/#/netwerk/vroeger");
  await expect(page.getByTestId("snap-list").locator("li")).toHaveCount(2);
  await context.setOffline(false);
});

const FIRST = ["Els", "Johan", "Mieke", "Ria", "Ans", "Kees", "Marja", "Henk", "Dokter Smit", "Sandra",
  "Tom", "Fatima", "Wilhelmina", "Bram", "Noor", "Jan-Willem", "Sophie", "Mohammed", "Gerda", "Piet",
  "Thuiszorg Ilse", "Ingrid", "Bas", "Yvonne", "Kim", "Ahmed", "Lotte", "Cor", "Femke", "Hendrikus",
  "Wijkverpleging", "Ad", "Lisa", "Ruud", "Dina", "Guus", "Anouk", "Fysiotherapeut", "Mark", "Truus"];
const DOMAIN_ORDER: DomainSlug[] = ["family", "family", "friends", "neighbours", "work", "professionals", "volunteers", "friends"];
const RING_ORDER: RingSlug[] = ["very-close", "close", "further", "close", "further"];

test("the map stays readable with 5 and with 40 people", async ({ page }) => {
  test.setTimeout(240_000);
  await onboard(page, { me: "Anna", cared: "Piet" });
  const people: NewPerson[] = FIRST.map((name, i) => ({
    name,
    domain: DOMAIN_ORDER[i % DOMAIN_ORDER.length],
    ring: RING_ORDER[(i * 7 + Math.floor(i / 5)) % RING_ORDER.length],
  }));
  for (const p of people.slice(0, 5)) await addPerson(page, p);
  await expectMapMatches(page, people.slice(0, 5));
  await screenshot(page, "network-map-5");
  await mapShot(page, "network-map-5-detail");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "network-map-5-dark");
  await page.emulateMedia({ colorScheme: "light" });

  for (const p of people.slice(5)) await addPerson(page, p);
  await expectMapMatches(page, people);
  await expectNoAxeViolations(page, "network map with 40 people");
  await screenshot(page, "network-map-40");
  await mapShot(page, "network-map-40-detail");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "network-map-40-dark");
  await mapShot(page, "network-map-40-detail-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Groter" }).click();
  await page.getByRole("button", { name: "Groter" }).click();
  await screenshot(page, "network-map-40-zoomed");
});

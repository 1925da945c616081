// Every screen of the app (src/route.rs), with the data a real caregiver has:
// the `realistic` seed (tests/seed). Used by the screen-wide checks: axe,
// screenshots, target sizes, no sideways scrolling.
import type { Page } from "@playwright/test";
import { records, type Backup } from "./seed";

/** A screen (or a state of one) to check. */
export interface Screen {
  /** Short name, used in messages and screenshot file names. */
  name: string;
  /** The address after `#`. */
  hash: string;
  /** A selector that is visible once the screen shows its data. */
  ready: string;
  /** What to do after the address is open, to reach the state (a tab, a filter). */
  prepare?: (page: Page) => Promise<void>;
}

interface Named {
  id: string;
  name?: string;
  text?: string;
  created_at: number;
}

/**
 * The screens, with ids from the seeded data. The order matters a little: the
 * network remembers whether the list or the map was chosen last.
 */
export function screens(backup: Backup): Screen[] {
  const checks = records<Named>(backup, "checks").sort((a, b) => a.created_at - b.created_at);
  const latest = checks[checks.length - 1];
  const first = checks[0];
  const person = (name: string) => records<Named>(backup, "people").find((p) => p.name === name)!;
  const wish = (start: string) => records<Named>(backup, "wishes").find((w) => w.text!.startsWith(start))!;
  const kept = backup.stores.meta.find((r) => r.id === "kept_summaries")!;
  const payload = (JSON.parse(kept.data) as { payload: string }[])[0].payload;
  const roleFilter = (index: number) => async (page: Page) => {
    await page.locator("#wish-role-filter").selectOption({ index });
  };
  return [
    { name: "home", hash: "/", ready: "[data-testid=due-agreements]" },
    { name: "check", hash: "/balans", ready: "[data-testid=check-latest]" },
    { name: "check questions", hash: "/balans/vragen", ready: "[data-testid=check-options]" },
    { name: "check result", hash: `/balans/uitslag/${latest.id}`, ready: "[data-testid=check-result]" },
    { name: "check result first", hash: `/balans/uitslag/${first.id}`, ready: "[data-testid=check-result]" },
    { name: "check history", hash: "/balans/geschiedenis", ready: "[data-testid=trend-chart]" },
    { name: "energy", hash: "/energie", ready: "[data-testid=energy-summary]" },
    {
      name: "network map",
      hash: "/netwerk",
      ready: "[data-testid=map-dot]",
      prepare: async (page) => {
        const map = page.getByRole("button", { name: "Kaart", exact: true });
        if ((await map.getAttribute("aria-pressed")) !== "true") await map.click();
      },
    },
    {
      name: "network list",
      hash: "/netwerk",
      ready: "[data-testid=list-person]",
      prepare: async (page) => {
        await page.getByRole("button", { name: "Lijst", exact: true }).click();
      },
    },
    { name: "person new", hash: "/netwerk/nieuw", ready: "#person-name" },
    { name: "person edit", hash: `/netwerk/persoon/${person("Sanne").id}`, ready: "#person-name" },
    { name: "network tasks", hash: "/netwerk/taken", ready: "[data-testid=task-row]" },
    { name: "network history", hash: "/netwerk/vroeger", ready: "[data-testid=snap-compare]" },
    { name: "wishes", hash: "/wensen", ready: "[data-testid=wish-item]" },
    ...["samen", "steun", "familie", "kennis"].map((slug, i) => ({
      name: `wishes ${slug}`,
      hash: "/wensen",
      ready: `.wish-role[data-role=${slug}] [data-testid=wish-item]`,
      prepare: roleFilter(i + 1),
    })),
    { name: "wish new", hash: "/wensen/nieuw/steun", ready: ".prompt-button" },
    {
      name: "wish form",
      hash: "/wensen/nieuw/kennis",
      ready: "#wish-text",
      prepare: async (page) => {
        await page.getByRole("button", { name: "Zelf iets opschrijven" }).click();
      },
    },
    { name: "wish edit agreement", hash: `/wensen/punt/${wish("Het douchen").id}`, ready: "#wish-text" },
    { name: "wish edit due", hash: `/wensen/punt/${wish("Ik wil pa zelf").id}`, ready: "#wish-text" },
    { name: "share", hash: "/delen", ready: "[data-testid=share-preview]" },
    { name: "share full screen", hash: "/delen/tonen", ready: "[data-testid=share-full]" },
    { name: "share qr", hash: "/delen/qr", ready: "[data-testid=qr-code]" },
    { name: "share log", hash: "/delen/logboek", ready: "[data-testid=share-log]" },
    { name: "kept", hash: "/bewaard", ready: "[data-testid=kept-list]" },
    { name: "viewer", hash: `/bekijk/${payload}`, ready: "[data-testid=viewer]" },
    { name: "settings", hash: "/instellingen", ready: "[data-testid=record-counts]" },
    { name: "backup", hash: "/instellingen/back-up", ready: "#restore-file" },
    {
      name: "backup with passphrase",
      hash: "/instellingen/back-up",
      ready: "#backup-pass-secret",
      prepare: async (page) => {
        await page.locator("#backup-protect").check();
      },
    },
    { name: "lock", hash: "/instellingen/slot", ready: "#lock-new-secret" },
    { name: "not found", hash: "/bestaat-niet", ready: "h1" },
  ];
}

/** Opens a screen (a hash change in the running app) and waits for its data. */
export async function visit(page: Page, screen: Screen) {
  await page.goto("/#" + screen.hash);
  if (screen.prepare) {
    await page.locator("main h1").first().waitFor();
    await screen.prepare(page);
  }
  await page.locator(screen.ready).first().waitFor();
}

/** Every visible interactive element smaller than 44x44 CSS px. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const selector = "a[href], button, input, select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
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
        const text = (el.textContent ?? "").trim().slice(0, 30);
        out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.className} "${text}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

/** How far the page scrolls sideways, and bottom-navigation labels that do not fit. */
export async function sidewaysOverflow(page: Page): Promise<{ page: number; nav: number[] }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // The fixed bottom navigation does not count in scrollWidth: check its labels fit.
    nav: Array.from(document.querySelectorAll<HTMLElement>(".bottom-nav-link")).map(
      (a) => a.scrollWidth - a.clientWidth,
    ),
  }));
}

// Issue 10: axe-core finds nothing on any screen, with the data a real
// caregiver has (the `realistic` seed), in light, in dark, and at the largest
// text size; and a screenshot of every screen at 390x844 in both themes
// (tests/e2e/screenshots-out/seeded-<screen>-<theme>.png).
import { test, expectNoAxeViolations, screenshot } from "./fixtures";
import { seedApp, type Prefs } from "./seed";
import { screens, visit } from "./screens";

const VARIANTS: { name: string; prefs: Partial<Prefs>; photo: boolean }[] = [
  { name: "light", prefs: { theme: "Light" }, photo: true },
  { name: "dark", prefs: { theme: "Dark" }, photo: true },
  { name: "extra large text", prefs: { theme: "Light", text_size: "ExtraLarge" }, photo: false },
];

for (const variant of VARIANTS) {
  test(`every screen with a caregiver's data passes axe (${variant.name})`, async ({ page }) => {
    test.setTimeout(300_000);
    const backup = await seedApp(page, "realistic", variant.prefs);
    for (const s of screens(backup)) {
      await visit(page, s);
      await expectNoAxeViolations(page, `${s.name} (${variant.name})`);
      if (variant.photo) await screenshot(page, `seeded-${s.name.replaceAll(" ", "-")}-${variant.name}`);
    }
  });
}

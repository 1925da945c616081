// Layout rules on every screen, with the data a real caregiver has (the
// `realistic` seed): targets of at least 44x44 px, and no sideways scrolling
// at 320 px wide, with normal and with extra large text.
import { test, expect } from "./fixtures";
import { seedApp } from "./seed";
import { screens, visit, smallTargets, sidewaysOverflow } from "./screens";

test("every control is at least 44x44 px on every screen", async ({ page }) => {
  test.setTimeout(180_000);
  const backup = await seedApp(page, "realistic");
  for (const s of screens(backup)) {
    await visit(page, s);
    expect(await smallTargets(page), `small targets on ${s.name}`).toEqual([]);
  }
});

for (const size of ["Normal", "ExtraLarge"] as const) {
  test(`no screen scrolls sideways at 320 px (${size} text)`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const backup = await seedApp(page, "realistic", { text_size: size });
    for (const s of screens(backup)) {
      await visit(page, s);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.page, `horizontal overflow on ${s.name} (${size})`).toBeLessThanOrEqual(0);
      for (const o of overflow.nav) expect(o, `bottom navigation overflows on ${s.name} (${size})`).toBeLessThanOrEqual(0);
      if (s.name === "home") await page.screenshot({ path: `${import.meta.dirname}/screenshots-out/home-320-${size}.png` });
    }
  });
}

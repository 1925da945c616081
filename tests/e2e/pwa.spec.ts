// The app as an installed, offline PWA: offline reload from the service worker,
// installability, the manifest, a browser restart, and the calm update line.
import { chromium } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test, expect, onboard, waitForServiceWorker, watchRequests } from "./fixtures";
import { BASE_URL, CHROMIUM_ARGS } from "./playwright.config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = path.join(ROOT, "dist");

test("after the service worker controls the page, an offline reload shows the app and the data", async ({ page, context }) => {
  await onboard(page, { me: "Anna", cared: "Piet" });
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), "the page came from the service worker").toBe(true);
  await expect(page.getByTestId("greeting")).toContainText("Anna");
  await expect(page.getByTestId("caring-for")).toContainText("Piet");
  // Navigating within the app works offline too.
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await context.setOffline(false);
});

test("installable: zero installability errors, a complete manifest, data kept across a browser restart", async ({ baseURL }) => {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "samenspel-profile-"));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: "nl-NL",
      baseURL,
    });
  let context = await launch();
  const requests = watchRequests(context, new URL(baseURL!).origin);
  let page = context.pages()[0] ?? (await context.newPage());
  await onboard(page, { me: "Anna", cared: "Piet" });
  await waitForServiceWorker(page);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);
  const manifestInfo = await cdp.send("Page.getAppManifest");
  expect(manifestInfo.errors).toEqual([]);

  const manifest = await page.evaluate(async () => (await fetch("manifest.webmanifest")).json());
  expect(manifest).toMatchObject({
    lang: "nl",
    name: "Samenspel",
    short_name: "Samenspel",
    id: "./",
    start_url: "./",
    scope: "./",
    display: "standalone",
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-fA-F]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-fA-F]{6}$/);
  const icons = manifest.icons as { sizes: string; purpose?: string; src: string }[];
  for (const [size, purpose] of [["192x192", "any"], ["512x512", "any"], ["192x192", "maskable"], ["512x512", "maskable"]]) {
    const icon = icons.find((i) => i.sizes === size && (i.purpose ?? "any").split(" ").includes(purpose));
    expect(icon, `${purpose} icon ${size}`).toBeTruthy();
    const status = await page.evaluate(async (src) => (await fetch(src)).status, icon!.src);
    expect(status, `icon ${icon!.src} is served`).toBe(200);
  }
  requests.assertLocal();
  await context.close();

  // The browser restarts: everything is still there.
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/");
  await expect(page.getByTestId("greeting")).toContainText("Anna");
  await context.close();
  fs.rmSync(profileDir, { recursive: true, force: true });
});

async function startServer(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn("node", [path.join(import.meta.dirname, "serve.mjs"), dir, String(port)], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("test server did not start");
}

test("a new release shows one calm update line, never reloads by itself, and updates on request", async ({ browser }) => {
  // A copy of the release, served on its own port, so the test can publish a new one.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samenspel-release-"));
  fs.cpSync(DIST, dir, { recursive: true });
  // Next to the suite's own server (E2E_PORT), so two checkouts never share it.
  const port = Number(new URL(BASE_URL).port) + 2;
  const server = await startServer(dir, port);
  const origin = `http://127.0.0.1:${port}`;
  const context = await browser.newContext({
    baseURL: `${origin}/`,
    viewport: { width: 390, height: 844 },
    locale: "nl-NL",
  });
  const requests = watchRequests(context, origin);
  try {
    const page = await context.newPage();
    await onboard(page);
    await waitForServiceWorker(page);
    const oldVersion = await page.evaluate(async () => (await (await fetch("sw.js")).text()).match(/VERSION = "([0-9a-f]+)"/)?.[1]);
    expect(oldVersion).toBeTruthy();

    // The person starts typing in settings.
    await page.getByRole("link", { name: "Instellingen" }).click();
    const field = page.getByLabel("Voornaam van de persoon voor wie u zorgt");
    await field.fill("Piet half getypt");

    // A new release: one file changed, post-build run again (new precache version).
    // The CSS lives in index.html (.ci/postbuild.py puts it there).
    const index = path.join(dir, "index.html");
    const html = fs.readFileSync(index, "utf8");
    expect(html).toContain("</style>");
    fs.writeFileSync(index, html.replace("</style>", ".release-2{order:2}</style>"));
    const post = spawn("python3", [path.join(ROOT, ".ci/postbuild.py"), dir], { stdio: "inherit" });
    expect(await new Promise((r) => post.on("exit", r))).toBe(0);

    // The app checks for updates when it comes back to the foreground; here we ask directly.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByTestId("update-banner");
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner).toContainText("Er is een nieuwe versie van Samenspel.");
    // Nothing reloaded: what was typed is still there.
    await page.waitForTimeout(1000);
    await expect(field).toHaveValue("Piet half getypt");

    // On request: the new version takes over and the page reloads once.
    await Promise.all([
      page.waitForEvent("load"),
      banner.getByRole("button", { name: "Nu vernieuwen" }).click(),
    ]);
    await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
    await expect(page.getByTestId("update-banner")).toHaveCount(0);
    const newVersion = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.active?.scriptURL ? (await (await fetch("sw.js")).text()).match(/VERSION = "([0-9a-f]+)"/)?.[1] : null;
    });
    expect(newVersion).not.toBe(oldVersion);
    // The old cache is gone, only the new one is left.
    const caches = await page.evaluate(async () => (await self.caches.keys()).filter((k) => k.startsWith("samenspel-")));
    expect(caches).toEqual([`samenspel-${newVersion}`]);
    requests.assertLocal();
  } finally {
    await context.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

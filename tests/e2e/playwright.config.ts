// Playwright config for Samenspel's end-to-end tests.
//
// Runs against the release build in ../../dist (build it first: `trunk build
// --release`, or just `bash .ci/test`), served by serve.mjs on 127.0.0.1:8123 (or $E2E_PORT).
// Uses the system Chromium (/usr/bin/chromium); Playwright never downloads a
// browser here. Every host except 127.0.0.1/localhost resolves to nothing, so
// a test can't reach the internet by accident.
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 8123);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  // 2-core machine: one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    serviceWorkers: "allow",
  },
  projects: [
    {
      name: "phone",
      use: {
        // Pixel 7-like phone, but with our own Chromium and a 390x844 viewport
        // (the screenshot size we design for).
        ...devices["Pixel 7"],
        browserName: "chromium",
        channel: undefined,
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: "nl-NL",
        // No colour transitions: axe, run right after a switch to the dark
        // theme, would otherwise measure a button half-way between themes.
        reducedMotion: "reduce",
        timezoneId: "Europe/Amsterdam",
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `node serve.mjs ../../dist ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

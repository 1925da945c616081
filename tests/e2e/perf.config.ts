// Playwright config for the measurements of `.ci/perf` (issue 11), not tests:
// tests/e2e/perf/*.perf.ts write their figures as JSON into tests/e2e/perf-out/.
//
// Serves tests/e2e/perf-out/site (a copy of dist/ plus the blank yardstick page
// of perf/blank/, made by .ci/perf) gzip-compressed, on $E2E_PORT (or 8123).
//
//   bash .ci/perf        (builds, copies, runs this and the rest, prints the table)
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const PORT = Number(process.env.E2E_PORT ?? 8123);

export default defineConfig({
  ...base,
  testDir: "./perf",
  testMatch: "**/*.perf.ts",
  outputDir: "perf-out/test-results",
  timeout: 600_000,
  webServer: {
    command: `node serve.mjs perf-out/site ${PORT} --gzip`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

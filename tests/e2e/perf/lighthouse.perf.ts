// Issue 10 and 11: Lighthouse 12 (npm, the Debian chromium, its default mobile
// form factor with simulated throttling) on the start screen and on a
// data-heavy screen. Prints the performance, accessibility and best-practices
// scores with LCP, TBT and CLS, and keeps each full report in perf-out/.
//
// A screen with data: Lighthouse normally empties the site's storage first,
// so the data is seeded beforehand (with Playwright, service worker blocked)
// into a fresh Chromium profile, the profile's caches are removed (so the load
// is still a first load over the network), and Lighthouse runs in a Chromium
// started on that profile with `disableStorageReset`.
import { test, chromium } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, BASE_URL } from "../playwright.config";
import { seedApp, type Preset } from "../seed";
import { OUT_DIR, writeFigures } from "./measure";

/** The DevTools port of the Chromium that Lighthouse drives. */
const DEVTOOLS_PORT = Number(new URL(BASE_URL).port) + 1;

interface Target {
  name: string;
  /** The address after the site's root. */
  hash: string;
  /** Data to seed first; none means a first visit with storage reset. */
  preset?: Preset;
}

const TARGETS: Target[] = [
  { name: "start screen, first visit", hash: "" },
  { name: "start screen, realistic data", hash: "", preset: "realistic" },
  { name: "wishes, five years of data", hash: "#/wensen", preset: "five-years" },
];

/** A Chromium profile with a preset's data in the app's storage, and no caches. */
async function seededProfile(preset: Preset): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samenspel-lh-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    baseURL: BASE_URL,
    serviceWorkers: "block",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await seedApp(page, preset);
  await context.close();
  for (const cache of ["Cache", "Code Cache", "GPUCache", "Service Worker"]) {
    fs.rmSync(path.join(dir, "Default", cache), { recursive: true, force: true });
  }
  return dir;
}

/** Starts Chromium with remote debugging on a profile and waits until it listens. */
async function startChromium(profile: string): Promise<ChildProcess> {
  const child = spawn(
    "/usr/bin/chromium",
    [...CHROMIUM_ARGS, `--remote-debugging-port=${DEVTOOLS_PORT}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${DEVTOOLS_PORT}/json/version`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("chromium did not open its DevTools port");
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

test("lighthouse on the start screen and a data-heavy screen", async () => {
  const figures = [];
  for (const target of TARGETS) {
    const profile = target.preset
      ? await seededProfile(target.preset)
      : fs.mkdtempSync(path.join(os.tmpdir(), "samenspel-lh-"));
    const child = await startChromium(profile);
    try {
      const result = await lighthouse(
        BASE_URL + target.hash,
        {
          port: DEVTOOLS_PORT,
          output: ["json", "html"],
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
          disableStorageReset: target.preset !== undefined,
        },
      );
      if (!result) throw new Error(`lighthouse gave no result for ${target.name}`);
      const lhr = result.lhr;
      const [json, html] = result.report as string[];
      fs.mkdirSync(OUT_DIR, { recursive: true });
      fs.writeFileSync(path.join(OUT_DIR, `lighthouse-${slug(target.name)}.json`), json);
      fs.writeFileSync(path.join(OUT_DIR, `lighthouse-${slug(target.name)}.html`), html);
      const audit = (id: string) => lhr.audits[id];
      const score = (id: string) => lhr.categories[id]?.score ?? null;
      // What Lighthouse holds against the page: scored audits that did not
      // pass, and the diagnostics that explain them.
      const diagnostics = new Set(["dom-size", "bootup-time", "mainthread-work-breakdown", "render-blocking-resources", "total-byte-weight"]);
      const findings = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs.map((r) => ({ category: c.id, weight: r.weight, audit: lhr.audits[r.id] })))
        .filter(({ weight, audit }) => audit.score !== null && audit.score < 0.9 && (weight > 0 || diagnostics.has(audit.id)))
        .map(({ category, weight, audit }) => ({
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          weight,
          display: audit.displayValue ?? "",
        }));
      // The element of the largest paint, and where its time went.
      type LcpItems = { items?: { node?: { nodeLabel?: string; selector?: string }; phase?: string; timing?: number }[] }[];
      const lcpDetails = (audit("largest-contentful-paint-element")?.details as { items?: LcpItems } | undefined)?.items ?? [];
      const lcpNode = lcpDetails[0]?.items?.[0]?.node;
      const lcpPhases = Object.fromEntries(
        (lcpDetails[1]?.items ?? []).map((p) => [p.phase ?? "?", Math.round(p.timing ?? 0)]),
      );
      const wasm = (audit("network-requests")?.details as { items?: { url: string; transferSize: number }[] } | undefined)?.items
        ?.find((r) => r.url.endsWith(".wasm"));
      figures.push({
        name: target.name,
        url: lhr.finalDisplayedUrl,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        fcpMs: audit("first-contentful-paint").numericValue,
        lcpMs: audit("largest-contentful-paint").numericValue,
        tbtMs: audit("total-blocking-time").numericValue,
        cls: audit("cumulative-layout-shift").numericValue,
        speedIndexMs: audit("speed-index").numericValue,
        lcpElement: lcpNode ? `${lcpNode.selector} "${(lcpNode.nodeLabel ?? "").slice(0, 60)}"` : "",
        lcpPhases,
        wasmTransferBytes: wasm?.transferSize ?? null,
        domElements: audit("dom-size")?.numericValue ?? null,
        runWarnings: lhr.runWarnings,
        findings,
      });
    } finally {
      await stop(child);
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
  writeFigures("lighthouse", figures);
  for (const f of figures) {
    console.log(
      `${f.name}: performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}; ` +
        `LCP ${Math.round(f.lcpMs!)} ms, TBT ${Math.round(f.tbtMs!)} ms, CLS ${f.cls?.toFixed(3)}`,
    );
    console.log(`   LCP element ${f.lcpElement}; ${JSON.stringify(f.lcpPhases)}`);
    for (const x of f.findings) console.log(`   ${x.category}: ${x.title} (${x.score}) ${x.display}`);
  }
});

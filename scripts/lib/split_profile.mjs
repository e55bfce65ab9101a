// Records which of the app's functions the first frame needs, for wasm-split (scripts/build). DIR is a dist/
// whose app.wasm is the instrumented build (emcc -sSPLIT_MODULE: each function notes when it first ran). The
// page is opened in headless Chromium in each way a first visit or a return can start, with the later part
// (app.deferred.wasm, catalog-late.bin) held back, as a slow network holds it: a desktop and a phone, light and
// dark, fresh and with a saved plan, and from a shared link; in each the tabs are visited while they say they
// are loading, the comparison is hovered, and the later part then fails and is retried (the offline path). Every
// function that ran is kept in app.wasm; the rest goes to app.deferred.wasm. Writes the merged profile to OUT.
//   node split_profile.mjs DIR OUT
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./static_server.mjs";

const [dir, out] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "..", "tests", "fixtures");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--use-angle=swiftshader", "--ignore-gpu-blocklist"];
const LATER = /\/(app\.deferred\.wasm|catalog-late\.bin)$/;

const scenarios = [
  { name: "desktop, fresh, light" },
  { name: "phone, saved plan, dark", phone: true, dark: true, saved: readFileSync(join(fixtures, "storage-v5.json"), "utf8") },
  { name: "desktop, shared link", hash: readFileSync(join(fixtures, "share-v1.txt"), "utf8").trim() },
  { name: "narrow desktop, dark", dark: true, viewport: { width: 700, height: 900 } },
];

async function settle(page) {
  const start = await page.evaluate(() => window.certplan.frames);
  await page.waitForFunction((n) => window.certplan.frames >= n && window.certplan.idle, start + 2, { timeout: 30000 });
}

async function press(page, phone, label, role) {
  const it = (await page.evaluate(() => window.certplan.items())).find((i) => i.label === label && (!role || i.role === role));
  if (!it) throw new Error(`split profile: no item ${label}`);
  const x = it.x + Math.min(it.w / 2, 40), y = it.y + it.h / 2;
  if (phone) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page);
}

async function record(url, s) {
  const profileDir = mkdtempSync(join(tmpdir(), "certplan-split-"));
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium", headless: true, args: FLAGS, serviceWorkers: "block",
    viewport: s.phone ? { width: 390, height: 844 } : s.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: s.phone ? 3 : 1, isMobile: !!s.phone, hasTouch: !!s.phone,
    colorScheme: s.dark ? "dark" : "light", screen: { width: 1920, height: 1080 },
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    let fail = false;
    const held = [];
    await page.route(LATER, (route) => (fail ? route.abort("internetdisconnected") : held.push(route)));
    if (s.saved) await page.addInitScript((plan) => { if (!localStorage.getItem("certplan.plan")) localStorage.setItem("certplan.plan", plan); }, s.saved);
    await page.goto(url + (s.hash ? "#" + s.hash : ""));
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 60000 });
    await settle(page);
    // The tabs while the later part is on its way, the comparison under the pointer, the theme both ways.
    for (const tab of ["Assess", "Plan", "Share", "Compare"]) await press(page, s.phone, tab, "tab");
    for (let i = 0; i < 12; ++i) await page.mouse.move(100 + i * 90, 150 + i * 40);
    const theme = async () => press(page, s.phone, (await page.evaluate(() => window.certplan.items())).find((i) => /theme$/.test(i.label)).label);
    await theme();
    await theme();
    // The later part fails (offline, no service worker yet): the views say so, and Try again asks again.
    fail = true;
    for (const r of held.splice(0)) await r.abort("internetdisconnected");
    await page.waitForFunction(() => window.certplan.lateFailed === true, null, { timeout: 30000 });
    await press(page, s.phone, "Assess", "tab");
    await press(page, s.phone, "Try again", "button");
    await page.waitForFunction(() => window.certplan.lateFailed === true, null, { timeout: 30000 });
    await settle(page);
    await press(page, s.phone, "Compare", "tab");
    if (errors.length) throw new Error(`split profile (${s.name}): ${errors.join("; ")}`);
    const bytes = await page.evaluate(() => {
      const size = 1 << 20, p = Module._malloc(size);
      const n = Module.asm.__write_profile(p, size);
      return Array.from(HEAPU8.subarray(p, p + n));
    });
    return Buffer.from(bytes);
  } finally {
    await ctx.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

const { server, url } = await startServer(dir, 0);
const work = mkdtempSync(join(tmpdir(), "certplan-profiles-"));
try {
  const files = [];
  for (const [i, s] of scenarios.entries()) {
    const f = join(work, `${i}.data`);
    writeFileSync(f, await record(url, s));
    files.push(f);
  }
  execFileSync("wasm-split", ["--merge-profiles", ...files, "-o", out], { stdio: "inherit" });
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}

// Browser figures for scripts/bench, certplan against the floor (a bare ImGui + GLFW + WebGL2 page built
// with the same toolchain), measured side by side in one run. Prints figures; asserts nothing.
// node scripts/lib/bench.mjs APP_DIR FLOOR_DIR [LOADS] [STOCK_DIR] [desktop|phone|all] [BEFORE_DIR]
// BEFORE_DIR: another build of certplan (e.g. a copy of dist/ from main), loaded in turn with the two others in
// the same run, so that a change's before and after meet the same machine noise.
import { chromium } from "playwright-core";
import { existsSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir, loadavg } from "node:os";
import { join } from "node:path";
import { startServer } from "./static_server.mjs";
import { FLAGS, PHONE, PHONE_NETWORK, PHONE_CPU, throttle, watchPresentation } from "./bench_common.mjs";

const [appDir, floorDir, loadsArg, stockDir, whichArg, beforeDir] = process.argv.slice(2);
const LOADS = Math.max(5, Number(loadsArg || 7));
const WHICH = whichArg || "all";  // desktop | phone | all
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const gz = (dir, files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);

const pages = {
  certplan: { dir: appDir, files: ["index.html", "style.css", "boot.js", "a11y.js", "app.js", "app.wasm"], api: "certplan",
    late: ["app.deferred.wasm", "catalog-late.bin"] },
  floor: { dir: floorDir, files: ["index.html", "floor-boot.js", "app.js", "app.wasm"], api: "floor" },
};


async function withBrowser(fn, phone = false) {
  const dir = mkdtempSync(join(tmpdir(), "certplan-bench-"));
  // NOTE: a viewport equal to the screen trips emscripten 3.1.6's fullscreen path; keep them different.
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: "/usr/bin/chromium", headless: true, args: FLAGS,
    viewport: { width: 1280, height: 800 }, ...(phone ? PHONE : {}), screen: { width: 1920, height: 1080 } });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    if (phone) {
      await throttle(await ctx.newCDPSession(page));
    }
    return await fn(ctx, page);
  } finally { await ctx.close(); rmSync(dir, { recursive: true, force: true }); }
}

// One cold load (a fresh profile: nothing cached). Besides the marks: when the page's code was fetched (the
// responseEnd of the last of its .js/.wasm files before main()). plan: "at-once" taps the Plan tab as soon as the
// first frame is presented, "later" once the page says everything is in (window.certplan.complete); either way
// the time from the tap (its pointerdown) to the first frame that draws the Plan view's own content.
async function firstFrame(url, api, { phone = false, plan = "" } = {}) {
  return withBrowser(async (ctx, page) => {
    await page.addInitScript(watchPresentation, api);
    await page.goto(url, { waitUntil: "commit", timeout: 120000 });
    await page.waitForFunction(() => window.__bench && window.__bench.presentedAt > 0, null, { timeout: 120000 });
    const result = await page.evaluate((a) => {
      const ready = window[a].readyAt, b = window.__bench, startup = window[a].startup || {};
      // Long-task time between the CPU mark and the presented frame (the main thread busy, e.g. with the
      // first WebGL draw's software rasterisation on SwiftShader).
      const busy = b.longTasks.reduce((n, [s, d]) => n + Math.max(0, Math.min(s + d, b.presentedAt) - Math.max(s, ready)), 0);
      const code = performance.getEntriesByType("resource").filter((e) => /[.](js|wasm)$/.test(e.name) && e.responseEnd < (startup.main || ready));
      const fetched = Math.max(0, ...code.map((e) => e.responseEnd));
      return { ...startup, fetched, firstFrame: ready, presented: b.presentedAt, busyAfterReady: busy };
    }, api);
    if (plan) {
      if (plan === "later") await page.waitForFunction(() => window.certplan.complete === true, null, { timeout: 120000 });
      const tab = (await page.evaluate(() => window.certplan.items())).find((i) => i.role === "tab" && i.label === "Plan");
      // The tap, and the first frame after it that lays out the Plan view's first heading.
      const shown = page.evaluate(() => new Promise((done) => {
        let tapAt = 0;
        window.addEventListener("pointerdown", () => { tapAt = tapAt || performance.now(); }, { capture: true });
        const check = () => {
          if (tapAt && window.certplan.items().some((i) => i.label === "About you")) {
            document.removeEventListener("certplan-frame", check);
            done({ tapAt, shownAt: performance.now() });
          }
        };
        document.addEventListener("certplan-frame", check);
      }));
      await page.touchscreen.tap(tab.x + tab.w / 2, tab.y + tab.h / 2);
      const { tapAt, shownAt } = await shown;
      result.planAfterTap = shownAt - tapAt;
      result.tapAt = tapAt;
    }
    return result;
  }, phone);
}

async function running(url, api) {
  return withBrowser(async (ctx, page) => {
    await page.goto(url);
    await page.waitForFunction((a) => window[a] && window[a].readyAt > 0, api, { timeout: 60000 });
    await page.waitForTimeout(1500);
    // Idle: nobody touches the page for 4 s.
    const f0 = await page.evaluate((a) => window[a].frames, api);
    await page.waitForTimeout(4000);
    const idleFps = ((await page.evaluate((a) => window[a].frames, api)) - f0) / 4;
    // Interacting: the mouse circles over the page for 2 s.
    const n0 = await page.evaluate((a) => window[a].frameMs.length, api);
    const t0 = Date.now();
    for (let i = 0; Date.now() - t0 < 2000; ++i) {
      await page.mouse.move(640 + 300 * Math.cos(i / 10), 400 + 200 * Math.sin(i / 10));
      await page.waitForTimeout(8);
    }
    const ms = await page.evaluate(([a, n]) => window[a].frameMs.slice(-Math.min(window[a].frameMs.length, 400)), [api, n0]);
    return { idleFps, frameMs: median(ms.slice(-100)) };
  });
}

const app = await startServer(pages.certplan.dir, 0);
const floor = await startServer(pages.floor.dir, 0);
// The same files served gzip-encoded, for the throttled phone (a static host compresses them on the way out).
const appGz = await startServer(pages.certplan.dir, 0, "127.0.0.1", { gzip: true });
const floorGz = await startServer(pages.floor.dir, 0, "127.0.0.1", { gzip: true });
const before = beforeDir ? await startServer(beforeDir, 0) : null;
const beforeGz = beforeDir ? await startServer(beforeDir, 0, "127.0.0.1", { gzip: true }) : null;
// The before build's figure beside certplan's, both against the floor of the same run.
const beforeRow = (name, xs, floorMs) => { if (beforeDir) row(`  before: ${name}`, med(xs), floorMs, "(BEFORE_DIR, same run)"); };
const row = (name, a, b, unit, target) =>
  console.log(`${name.padEnd(34)} ${String(a).padStart(10)} ${String(b).padStart(10)} ${(a / b).toFixed(2).padStart(7)}x  ${unit}${target ? "  (target " + target + ")" : ""}`);
const header = (title) => console.log(`${title.padEnd(34)} ${"certplan".padStart(10)} ${"floor".padStart(10)} ${"ratio".padStart(8)}`);
const med = (xs) => Math.round(median(xs));
// Where start-up time goes: the median time from navigation to the end of each phase.
function printPhases(phases, presented) {
  const PHASES = [["fetched", "code fetched (.js + .wasm)"], ["main", "wasm compiled, main()"], ["webgl", "WebGL context"],
    ["context", "ImGui context, theme, page hooks"], ["catalog", "catalog read (catalog.bin)"], ["restored", "saved plan / link restored"],
    ["frameStart", "first frame callback"], ["canvas", "canvas sized"], ["fonts", "font atlas built"], ["gpu", "shaders + atlas texture"],
    ["measure", "layout pass 1 (measures)"], ["layout", "layout pass 2 (places)"], ["firstFrame", "first frame drawn"]];
  console.log("start-up, median ms from navigation to the end of each phase:");
  for (const [key, label] of PHASES) {
    const at = (k) => { const xs = phases[k].map((p) => p[key]).filter((x) => x > 0); return xs.length ? String(med(xs)) : "-"; };
    console.log(`  ${label.padEnd(32)} ${at("certplan").padStart(10)} ${at("floor").padStart(10)}`);
  }
  console.log(`  ${"first frame presented".padEnd(32)} ${String(med(presented.certplan)).padStart(10)} ${String(med(presented.floor)).padStart(10)}`);
  // The same, as the time each stage takes: fetch, compile (after the fetch: streaming compiles while it
  // downloads), main() to the first frame drawn, and presentation.
  const span = (k, a, b) => med(phases[k].map((p) => (p[b] || 0) - (p[a] || 0)));
  console.log("where the time goes, median ms:");
  for (const [label, a, b] of [["fetch (navigation to code in)", "", "fetched"], ["compile + instantiate after fetch", "fetched", "main"],
    ["main() to first frame drawn", "main", "firstFrame"], ["drawn to presented", "firstFrame", "presented"]]) {
    const one = (k) => a ? span(k, a, b) : med(phases[k].map((p) => p[b]));
    console.log(`  ${label.padEnd(32)} ${String(one("certplan")).padStart(10)} ${String(one("floor")).padStart(10)}`);
  }
}
// The machine's load (1, 5, 15 min) when the run starts and ends: figures from a busy machine are noisier.
const load = () => loadavg().map((x) => x.toFixed(2)).join(", ");
console.log(`load average at start: ${load()}`);
try {
  const bytes = { certplan: gz(pages.certplan.dir, pages.certplan.files), floor: gz(pages.floor.dir, pages.floor.files) };
  header("");
  row("bundle, gzip -9 (bytes)", bytes.certplan, bytes.floor, "", "<= 2x");
  if (stockDir) row("  vs floor built with stock flags", bytes.certplan, gz(stockDir, pages.floor.files), "(-Oz only, as ImGui's examples)", "<= 1.6x");
  // Fetched after the first frame is presented (web/session/late_catalog.h): not part of the bundle above.
  for (const f of pages.certplan.late.filter((f) => existsSync(join(pages.certplan.dir, f))))
    console.log(`${("  after the first frame: " + f).padEnd(34)} ${String(gz(pages.certplan.dir, [f])).padStart(10)}            gzip -9`);

  if (WHICH !== "phone") {
    const first = {}, phases = { certplan: [], floor: [] }, beforePhases = [];
    for (let i = 0; i < LOADS; ++i) {  // alternate, so that machine noise hits both alike
      phases.certplan.push(await firstFrame(app.url, "certplan"));
      if (before) beforePhases.push(await firstFrame(before.url, "certplan"));
      phases.floor.push(await firstFrame(floor.url, "floor"));
    }
    const presented = {}, busy = {};
    for (const k of ["certplan", "floor"]) {
      first[k] = phases[k].map((p) => p.firstFrame);
      presented[k] = phases[k].map((p) => p.presented);
      busy[k] = phases[k].map((p) => p.busyAfterReady);
    }
    const run = { certplan: await running(app.url, "certplan"), floor: await running(floor.url, "floor") };
    console.log("== desktop, 1280x800, no throttling");
    header("");
    row(`first frame presented, median of ${LOADS} (ms)`, med(presented.certplan), med(presented.floor), "what a user sees", "<= 1.3x");
    beforeRow("presented", beforePhases.map((p) => p.presented), med(presented.floor));
    row(`first frame CPU mark, median (ms)`, med(first.certplan), med(first.floor), "app code done");
    const gap = (k) => phases[k].map((p) => p.presented - p.firstFrame);
    row("  mark to presented, median (ms)", med(gap("certplan")), med(gap("floor")), "");
    beforeRow("mark to presented", beforePhases.map((p) => p.presented - p.firstFrame), med(gap("floor")));
    row("  of which long tasks (ms)", med(busy.certplan), med(busy.floor) || 0, "main thread busy");
    row("frame CPU while interacting (ms)", run.certplan.frameMs.toFixed(2), run.floor.frameMs.toFixed(2), "median");
    console.log(`${"frames per second while idle".padEnd(34)} ${run.certplan.idleFps.toFixed(1).padStart(10)} ${run.floor.idleFps.toFixed(1).padStart(10)}           (target <= 2 fps)`);
    printPhases(phases, presented);
    console.log(`presented samples (ms): certplan ${presented.certplan.map(Math.round).join(" ")} | floor ${presented.floor.map(Math.round).join(" ")}`);
    console.log(`CPU-mark samples (ms):  certplan ${first.certplan.map(Math.round).join(" ")} | floor ${first.floor.map(Math.round).join(" ")}`);
    if (beforeDir) console.log(`before: presented samples (ms) ${beforePhases.map((p) => Math.round(p.presented)).join(" ")}`);
  }

  if (WHICH !== "desktop") {
    const phases = { certplan: [], floor: [] }, planAtOnce = [], planLater = [];
    const beforePhases = [], beforeAtOnce = [], beforeLater = [];
    for (let i = 0; i < LOADS; ++i) {  // alternate; certplan's loads alternate between the two ways of opening Plan
      const p = await firstFrame(appGz.url, "certplan", { phone: true, plan: i % 2 ? "later" : "at-once" });
      phases.certplan.push(p);
      (i % 2 ? planLater : planAtOnce).push(p.planAfterTap);
      if (beforeGz) {
        const b = await firstFrame(beforeGz.url, "certplan", { phone: true, plan: i % 2 ? "later" : "at-once" });
        beforePhases.push(b);
        (i % 2 ? beforeLater : beforeAtOnce).push(b.planAfterTap);
      }
      phases.floor.push(await firstFrame(floorGz.url, "floor", { phone: true }));
    }
    const presented = { certplan: phases.certplan.map((p) => p.presented), floor: phases.floor.map((p) => p.presented) };
    console.log(`== throttled phone: 390x844@3, ${PHONE_NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down, ${PHONE_NETWORK.latency} ms latency, CPU /${PHONE_CPU}, gzip-encoded`);
    header("");
    row(`first frame presented, median of ${LOADS} (ms)`, med(presented.certplan), med(presented.floor), "what a user sees", "<= 1.25x");
    beforeRow("presented", beforePhases.map((p) => p.presented), med(presented.floor));
    const gap = (k) => phases[k].map((p) => p.presented - p.firstFrame);
    row("  mark to presented, median (ms)", med(gap("certplan")), med(gap("floor")), "");
    beforeRow("mark to presented", beforePhases.map((p) => p.presented - p.firstFrame), med(gap("floor")));
    row("  of which long tasks (ms)", med(phases.certplan.map((p) => p.busyAfterReady)), med(phases.floor.map((p) => p.busyAfterReady)) || 0, "main thread busy");
    printPhases(phases, presented);
    console.log(`presented samples (ms): certplan ${presented.certplan.map(Math.round).join(" ")} | floor ${presented.floor.map(Math.round).join(" ")}`);
    console.log(`Plan opened for the first time, tap to its first frame (ms, target <= 1000):`);
    console.log(`  tapped as soon as the first frame is presented: median ${med(planAtOnce)}  samples ${planAtOnce.map(Math.round).join(" ")}`);
    console.log(`  tapped once everything is in:                   median ${med(planLater)}  samples ${planLater.map(Math.round).join(" ")}`);
    if (beforeDir) {
      console.log(`  before: presented samples (ms) ${beforePhases.map((p) => Math.round(p.presented)).join(" ")}`);
      console.log(`  before: tapped at once: median ${med(beforeAtOnce)}  samples ${beforeAtOnce.map(Math.round).join(" ")}`);
      console.log(`  before: tapped later:   median ${med(beforeLater)}  samples ${beforeLater.map(Math.round).join(" ")}`);
    }
  }
  console.log(`load average at end: ${load()}`);
} finally {
  for (const s of [app, floor, appGz, floorGz, before, beforeGz]) if (s) s.server.close();
}

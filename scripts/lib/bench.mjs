// Browser figures for scripts/bench, certplan against the floor (a bare ImGui + GLFW + WebGL2 page built
// with the same toolchain), measured side by side in one run. Prints figures; asserts nothing.
import { chromium } from "playwright-core";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./static_server.mjs";

const [appDir, floorDir, loadsArg, stockDir] = process.argv.slice(2);
const LOADS = Math.max(5, Number(loadsArg || 7));
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--use-angle=swiftshader"];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const gz = (dir, files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);

const pages = {
  certplan: { dir: appDir, files: ["index.html", "style.css", "boot.js", "a11y.js", "app.js", "app.wasm"], api: "certplan" },
  floor: { dir: floorDir, files: ["index.html", "floor-boot.js", "app.js", "app.wasm"], api: "floor" },
};

async function withBrowser(fn) {
  const dir = mkdtempSync(join(tmpdir(), "certplan-bench-"));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: "/usr/bin/chromium", headless: true, args: FLAGS,
    viewport: { width: 1280, height: 800 }, screen: { width: 1920, height: 1080 } });
  try { return await fn(ctx); } finally { await ctx.close(); rmSync(dir, { recursive: true, force: true }); }
}

// Two marks per load. readyAt: the CPU-side mark, taken when the app's first frame's code ends. presentedAt:
// when the browser has put that frame on screen, taken as the second animation frame that starts after ready
// (the first one after ready is the frame that carries the canvas to the compositor; the second can start
// only once that frame was presented). Long tasks after ready say where the time between the two goes.
function watchPresentation(api) {
  window.__bench = { presentedAt: 0, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no long-task timing in this browser: the split is left out */ }
  let seen = 0;
  const tick = () => {
    const a = window[api];
    if (a && a.readyAt > 0 && ++seen === 2) { window.__bench.presentedAt = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function firstFrame(url, api) {
  return withBrowser(async (ctx) => {
    const page = ctx.pages()[0] || await ctx.newPage();
    await page.addInitScript(watchPresentation, api);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench && window.__bench.presentedAt > 0, null, { timeout: 60000 });
    return page.evaluate((a) => {
      const ready = window[a].readyAt, b = window.__bench;
      // Long-task time between the CPU mark and the presented frame (the main thread busy, e.g. with the
      // first WebGL draw's software rasterisation on SwiftShader).
      const busy = b.longTasks.reduce((n, [s, d]) => n + Math.max(0, Math.min(s + d, b.presentedAt) - Math.max(s, ready)), 0);
      return { ...window[a].startup, firstFrame: ready, presented: b.presentedAt, busyAfterReady: busy };
    }, api);
  });
}

async function running(url, api) {
  return withBrowser(async (ctx) => {
    const page = ctx.pages()[0] || await ctx.newPage();
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
try {
  const first = {}, phases = { certplan: [], floor: [] };
  for (let i = 0; i < LOADS; ++i) {  // alternate, so that machine noise hits both alike
    phases.certplan.push(await firstFrame(app.url, "certplan"));
    phases.floor.push(await firstFrame(floor.url, "floor"));
  }
  const presented = {}, busy = {};
  for (const k of ["certplan", "floor"]) {
    first[k] = phases[k].map((p) => p.firstFrame);
    presented[k] = phases[k].map((p) => p.presented);
    busy[k] = phases[k].map((p) => p.busyAfterReady);
  }
  const run = { certplan: await running(app.url, "certplan"), floor: await running(floor.url, "floor") };
  const bytes = { certplan: gz(pages.certplan.dir, pages.certplan.files), floor: gz(pages.floor.dir, pages.floor.files) };
  const row = (name, a, b, unit, target) =>
    console.log(`${name.padEnd(34)} ${String(a).padStart(10)} ${String(b).padStart(10)} ${(a / b).toFixed(2).padStart(7)}x  ${unit}${target ? "  (target " + target + ")" : ""}`);
  console.log(`${"".padEnd(34)} ${"certplan".padStart(10)} ${"floor".padStart(10)} ${"ratio".padStart(8)}`);
  row("bundle, gzip -9 (bytes)", bytes.certplan, bytes.floor, "", "<= 2x");
  if (stockDir) row("  vs floor built with stock flags", bytes.certplan, gz(stockDir, pages.floor.files), "(-Oz only, as ImGui's examples)");
  // Fetched after the first frame is presented (web/session/late_catalog.h): not part of the bundle above.
  console.log(`${"  late data after the first frame".padEnd(34)} ${String(gz(pages.certplan.dir, ["catalog-late.bin"])).padStart(10)}            catalog-late.bin, gzip -9`);
  row(`first frame presented, median of ${LOADS} (ms)`, Math.round(median(presented.certplan)), Math.round(median(presented.floor)),
      "what a user sees", "<= 1.5x");
  row(`first frame CPU mark, median (ms)`, Math.round(median(first.certplan)), Math.round(median(first.floor)), "app code done");
  const gap = (k) => phases[k].map((p) => p.presented - p.firstFrame);
  row("  mark to presented, median (ms)", Math.round(median(gap("certplan"))), Math.round(median(gap("floor"))), "");
  row("  of which long tasks (ms)", Math.round(median(busy.certplan)), Math.round(median(busy.floor)) || 0, "main thread busy");
  row("frame CPU while interacting (ms)", run.certplan.frameMs.toFixed(2), run.floor.frameMs.toFixed(2), "median");
  console.log(`${"frames per second while idle".padEnd(34)} ${run.certplan.idleFps.toFixed(1).padStart(10)} ${run.floor.idleFps.toFixed(1).padStart(10)}           (target <= 2 fps)`);
  // Where start-up time goes: the median time from navigation to the end of each phase.
  const PHASES = [["main", "wasm fetched + compiled, main()"], ["context", "WebGL + ImGui context"],
    ["catalog", "catalog read (catalog.bin)"], ["restored", "saved plan / link restored"], ["frameStart", "first frame callback"],
    ["fonts", "font atlas built"], ["layout", "first frame laid out"], ["firstFrame", "first frame drawn"]];
  console.log("start-up, median ms from navigation to the end of each phase:");
  for (const [key, label] of PHASES) {
    const at = (k) => { const xs = phases[k].map((p) => p[key]).filter((x) => x > 0); return xs.length ? String(Math.round(median(xs))) : "-"; };
    console.log(`  ${label.padEnd(32)} ${at("certplan").padStart(10)} ${at("floor").padStart(10)}`);
  }
  console.log(`  ${"first frame presented".padEnd(32)} ${String(Math.round(median(presented.certplan))).padStart(10)} ${String(Math.round(median(presented.floor))).padStart(10)}`);
  console.log(`presented samples (ms): certplan ${presented.certplan.map(Math.round).join(" ")} | floor ${presented.floor.map(Math.round).join(" ")}`);
  console.log(`CPU-mark samples (ms):  certplan ${first.certplan.map(Math.round).join(" ")} | floor ${first.floor.map(Math.round).join(" ")}`);
} finally {
  app.server.close();
  floor.server.close();
}

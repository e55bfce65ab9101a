// Where the main thread's time goes around certplan's first frame on the throttled phone (scripts/bench's
// phone: the same throttling), from a Chromium trace of cold loads: each top-level task of the page's main
// thread between two marks, summed by what it was (script by file, style, layout, paint, compile, GC, ...).
// Figures only: nothing here passes or fails.
// node scripts/lib/bench_trace.mjs DIR [LOADS] [certplan|floor] [plan]
//   plan: tap the Plan tab as soon as the first frame is presented and trace until it shows its first frame.
import { chromium } from "playwright-core";
import { loadavg } from "node:os";
import { startServer } from "./static_server.mjs";
import { FLAGS, PHONE, throttle, watchPresentation } from "./bench_common.mjs";

const [dir, loadsArg, apiArg, planArg] = process.argv.slice(2);
const LOADS = Number(loadsArg || 3), API = apiArg || "certplan", PLAN = planArg === "plan";
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "blink.user_timing",
  "toplevel", "loading", "blink", "gpu", "cc", "viz", "disabled-by-default-v8.gc", "disabled-by-default-devtools.timeline.frame"];

async function traceOne(url) {
  // A fresh browser and context (nothing cached), traced from the browser's side: every process's threads.
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: FLAGS });
  try {
    const ctx = await browser.newContext({ ...PHONE, screen: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const tracing = await browser.newBrowserCDPSession();
    await throttle(cdp);
    await page.addInitScript(watchPresentation, API);
    const events = [];
    tracing.on("Tracing.dataCollected", (e) => events.push(...e.value));
    const done = new Promise((r) => tracing.once("Tracing.tracingComplete", r));
    await tracing.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
    await page.goto(url, { waitUntil: "commit", timeout: 120000 });
    await page.waitForFunction(() => window.__bench && window.__bench.presentedAt > 0, null, { timeout: 120000 });
    const marks = await page.evaluate((a) => ({ ...window[a].startup, presented: window.__bench.presentedAt, origin: performance.timeOrigin }), API);
    if (PLAN) {
      const tab = (await page.evaluate(() => window.certplan.items())).find((i) => i.role === "tab" && i.label === "Plan");
      const shown = page.evaluate(() => new Promise((ok) => {
        let tapAt = 0;
        window.addEventListener("pointerdown", () => { tapAt = tapAt || performance.now(); }, { capture: true });
        const check = () => {
          if (tapAt && window.certplan.items().some((i) => i.label === "About you")) {
            document.removeEventListener("certplan-frame", check);
            ok({ tapAt, shownAt: performance.now(), code: window.certplan.laterCodeAt || 0 });
          }
        };
        document.addEventListener("certplan-frame", check);
      }));
      await page.touchscreen.tap(tab.x + tab.w / 2, tab.y + tab.h / 2);
      Object.assign(marks, await shown);
    } else {
      await page.waitForTimeout(3000);  // what follows the presented frame (the later part, the mirror)
    }
    marks.late = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => [e.name.split("/").pop(), Math.round(e.startTime), Math.round(e.responseEnd)]));
    await tracing.send("Tracing.end");
    await done;
    return { events, marks };
  } finally { await browser.close(); }
}

// What a top-level task was: the most telling event inside it.
function kindOf(children) {
  const names = new Set(children.map((c) => c.name));
  const script = children.find((c) => c.name === "FunctionCall" || c.name === "EvaluateScript" || c.name === "v8.callFunction");
  const url = (script && script.args && script.args.data && (script.args.data.url || "").split("/").pop()) || "";
  const fn = (script && script.args && script.args.data && script.args.data.functionName) || "";
  for (const n of ["v8.wasm.compileLazy", "wasm.SyncCompile", "wasm.AsyncCompile", "v8.wasm.streamFromResponseCallback"]) if (names.has(n)) return n;
  if (names.has("FireAnimationFrame")) return `rAF ${url}${fn ? " " + fn : ""}`;
  if (names.has("TimerFire")) return `timer ${url}${fn ? " " + fn : ""}`;
  if (names.has("EventDispatch")) {
    const ev = children.find((c) => c.name === "EventDispatch");
    return `event ${ev.args && ev.args.data && ev.args.data.type} ${url}`;
  }
  if (script) return `script ${url}${fn ? " " + fn : ""}`;
  for (const n of ["ParseHTML", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "MajorGC", "MinorGC", "V8.GC_MARK_COMPACTOR"]) if (names.has(n)) return n;
  return [...names].filter((n) => n !== "RunTask" && n !== "ThreadControllerImpl::RunTask").slice(0, 2).join("+") || "other";
}

function analyse({ events, marks }) {
  const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain" &&
    events.some((x) => x.pid === e.pid && x.name === "FireAnimationFrame"));
  if (!main) return console.log("no renderer main thread");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  // The trace's clock against performance.now(): the navigationStart mark of the page.
  const nav = events.filter((e) => e.name === "navigationStart" && e.pid === main.pid).pop();
  const t0 = nav ? nav.ts : Math.min(...onMain.map((e) => e.ts));
  const ms = (ts) => (ts - t0) / 1000;
  const tasks = onMain.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask").sort((a, b) => a.ts - b.ts);
  // Top-level only (a RunTask inside a RunTask is nested: skip it).
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top[top.length - 1].ts + top[top.length - 1].dur) top.push(t);
  const report = (label, from, to) => {
    const sums = new Map();
    let total = 0;
    const long = [];
    for (const t of top) {
      const s = ms(t.ts), e = ms(t.ts + t.dur);
      if (e <= from || s >= to) continue;
      const d = Math.min(e, to) - Math.max(s, from);
      const kids = onMain.filter((c) => c.ts >= t.ts && c.ts + c.dur <= t.ts + t.dur && c !== t);
      const k = kindOf(kids);
      sums.set(k, (sums.get(k) || 0) + d);
      total += d;
      if (d > 30) {
        // The biggest inner events of a long task.
        const inner = kids.filter((c) => c.dur > 10000).sort((a, b) => b.dur - a.dur).slice(0, 6)
          .map((c) => `${c.name}${c.args && c.args.data && c.args.data.url ? "(" + c.args.data.url.split("/").pop() + ")" : ""} ${Math.round(c.dur / 1000)}`);
        long.push(`    ${Math.round(s)}..${Math.round(e)} (${Math.round(t.dur / 1000)} ms) ${k}: ${inner.join(", ")}`);
      }
    }
    console.log(`  ${label}: ${Math.round(from)}..${Math.round(to)} = ${Math.round(to - from)} ms, main thread busy ${Math.round(total)} ms`);
    for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${String(Math.round(v)).padStart(6)}  ${k}`);
    for (const l of long) console.log(l);
  };
  console.log(`marks: ${Object.entries(marks).filter(([k, v]) => typeof v === "number" && k !== "origin").map(([k, v]) => `${k} ${Math.round(v)}`).join(", ")}`);
  console.log(`resources: ${marks.late.map(([n, s, e]) => `${n} ${s}-${e}`).join(", ")}`);
  report("main() to first frame drawn", marks.main, marks.firstFrame);
  report("drawn to presented", marks.firstFrame, marks.presented);
  if (marks.tapAt) report("Plan tapped to its first frame", marks.tapAt, marks.shownAt);
  else report("presented + 3 s", marks.presented, marks.presented + 3000);
  // Off the main thread: each other thread's busy time in the first frame's presentation (the GPU process
  // draws with SwiftShader and reads the canvas back; the compositor and raster threads).
  const names = new Map(events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const busy = new Map();
  for (const e of events) {
    if (e.ph !== "X" || !e.dur || (e.pid === main.pid && e.tid === main.tid)) continue;
    const s = Math.max(ms(e.ts), marks.firstFrame), f = Math.min(ms(e.ts + e.dur), marks.presented);
    if (f <= s) continue;
    const key = `${e.pid}:${e.tid}`;
    const b = busy.get(key) || { intervals: [], top: new Map() };
    b.intervals.push([s, f]);
    b.top.set(e.name, (b.top.get(e.name) || 0) + (f - s));
    busy.set(key, b);
  }
  const covered = (xs) => { xs.sort((a, b) => a[0] - b[0]); let n = 0, end = -Infinity; for (const [s, f] of xs) { if (f > end) { n += f - Math.max(s, end); end = f; } } return n; };
  console.log(`  other threads while the first frame is presented (busy ms; biggest events; ${names.size} threads, ${new Set(events.map((e) => e.pid)).size} processes):`);
  for (const [key, b] of [...busy].sort((x, y) => covered(y[1].intervals) - covered(x[1].intervals)).slice(0, 6)) {
    const top = [...b.top].sort((x, y) => y[1] - x[1]).slice(0, key === [...busy.keys()][0] || /Gpu/.test(names.get(key)) ? 25 : 5).map(([n, v]) => `${n} ${Math.round(v)}`).join(", ");
    console.log(`    ${String(Math.round(covered(b.intervals))).padStart(6)}  ${names.get(key) || key}: ${top}`);
  }
}

const server = await startServer(dir, 0, "127.0.0.1", { gzip: true });
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(", ")}`);
try {
  for (let i = 0; i < LOADS; ++i) {
    console.log(`== ${API} load ${i + 1}`);
    analyse(await traceOne(server.url));
  }
} finally { server.server.close(); }

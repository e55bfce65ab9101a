// Browser-test harness: serves dist/ on 127.0.0.1, drives Debian's Chromium through playwright-core,
// and talks to the app only through window.certplan (items, snapshot) and real input events.
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/lib/static_server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const outDir = join(here, "out");
mkdirSync(outDir, { recursive: true });

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--use-angle=swiftshader", "--ignore-gpu-blocklist"];

export async function serveDist() {
  return startServer(join(root, "dist"), 0);
}

// A fresh browser profile each time: nothing carries over between tests unless the test says so.
// phone: a 390x844 viewport at device scale 3, with touch.
// blockServiceWorkers: every request reaches the page's routes (a service worker would answer some itself).
export async function launch({ profileDir, phone = false, bypassCSP = false, blockServiceWorkers = false } = {}) {
  const dir = profileDir || mkdtempSync(join(tmpdir(), "certplan-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    deviceScaleFactor: phone ? 3 : 1,
    isMobile: phone,
    hasTouch: phone,
    bypassCSP,  // only for injecting the axe-core audit script
    serviceWorkers: blockServiceWorkers ? "block" : "allow",
    // NOTE: a viewport equal to the screen trips emscripten 3.1.6's fullscreen path; keep them different.
    screen: { width: 1920, height: 1080 },
  });
  return { context, dir, close: async () => { await context.close(); if (!profileDir) rmSync(dir, { recursive: true, force: true }); } };
}

// Serves dist/ for the test file that calls it (at its top level): the returned object's url is set before
// its first test and the server closed after its last.
export function serveForTests() {
  const served = {};
  before(async () => { Object.assign(served, await serveDist()); });
  after(() => served.server.close());
  return served;
}

// Opens the app and watches for console errors, page errors and requests to other origins. Returns once the
// first frame is drawn (window.certplan.ready) and the catalog's late part is in (window.certplan.complete).
export async function openApp(context, baseUrl, { hash = "", viewport, deviceScaleFactor } = {}) {
  const page = context.pages()[0] || await context.newPage();
  const watch = { errors: [], foreign: [] };
  page.on("console", (m) => { if (m.type() === "error") watch.errors.push(m.text()); });
  page.on("pageerror", (e) => watch.errors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(baseUrl) && !u.startsWith("data:") && !u.startsWith("blob:")) watch.foreign.push(u);
  });
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(baseUrl + (hash ? "#" + hash : ""));
  await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
  await settle(page);
  return { page, watch };
}

// Waits until the app has drawn a few more frames and gone quiet again (it draws a burst of frames after
// input, then at most 2 fps while idle).
export async function settle(page, frames = 2) {
  const start = await page.evaluate(() => window.certplan.frames);
  await page.waitForFunction((n) => window.certplan.frames >= n && window.certplan.idle, start + frames, { timeout: 20000 });
}

export async function items(page) {
  return page.evaluate(() => window.certplan.items());
}

export async function snapshot(page) {
  return page.evaluate(() => window.certplan.snapshot());
}

// Finds the item whose label matches (exact string or RegExp) and role, if given.
export async function findItem(page, label, role) {
  const all = await items(page);
  const hit = all.find((i) => (label instanceof RegExp ? label.test(i.label) : i.label === label) && (!role || i.role === role));
  if (!hit) {
    const names = all.map((i) => `${i.role}:${i.label}`).join(" | ");
    throw new Error(`no item ${label} (${role || "any role"}) among: ${names.slice(0, 2000)}`);
  }
  return hit;
}

export async function click(page, label, role) {
  const it = await findItem(page, label, role);
  await page.mouse.click(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await settle(page);
  return it;
}

// Scrolls the view down (the wheel, over the middle of the page) until the item is on screen whole, as a
// person scrolls to a control below the fold; returns it.
export async function reveal(page, label, role) {
  const height = page.viewportSize().height;
  const width = page.viewportSize().width;
  // Down first, then back up: the item may sit below the fold or above it.
  for (let n = 0; n < 24; ++n) {
    const it = (await items(page)).find((i) => (label instanceof RegExp ? label.test(i.label) : i.label === label) && (!role || i.role === role));
    if (it && it.y >= 0 && it.y + it.h <= height) return it;
    if (width < 500) {  // a phone has no wheel: a finger's swipe
      await swipe(page, width / 2, (n < 12 ? 1 : -1) * height / 3);
      continue;
    }
    // A wheel scrolls the panel under the mouse: try the middle, then each half (a desktop view has two panels).
    await page.mouse.move([width / 2, width / 4, (3 * width) / 4][n % 3], height * 0.6);
    await page.mouse.wheel(0, (n < 12 ? 1 : -1) * height / 3);
    await settle(page);
  }
  return findItem(page, label, role);
}

// A finger's slow drag of `dy` CSS px upward (negative: downward) at x (from startY, or low on the screen), resting before it lifts so the page
// does not glide: how a person scrolls a phone (a phone has no wheel).
const cdpSessions = new WeakMap();
export async function swipe(page, x, dy, startY) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  const cdp = cdpSessions.get(page);
  const from = startY ?? page.viewportSize().height * (dy > 0 ? 0.75 : 0.25);
  const steps = 10;
  const touch = (type, y) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
  await touch("touchStart", from);
  for (let i = 1; i <= steps; ++i) {
    await touch("touchMove", from - (dy * i) / steps);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(150);
  await touch("touchEnd");
  await settle(page);
}

// Scrolls the panel under (x, y) until the first item that `match` accepts is drawn whole, and returns it:
// a finger's swipes on a phone, the wheel on a desktop. `what` names it when it never comes into view.
export async function scrollUntil(page, match, x, y, what, tries = 60) {
  const { width, height } = page.viewportSize();
  for (let i = 0; i < tries; ++i) {
    const hit = (await items(page)).find(match);
    if (hit && hit.y > 0 && hit.y + hit.h < height - 10) return hit;
    const up = hit && hit.y < 0;
    if (width < 500) {
      await swipe(page, x, up ? -300 : 300);
    } else {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, up ? -150 : 150);
      await settle(page);
    }
  }
  throw new Error(`${what} never came into view`);
}

// Scrolls every panel back to its top: the wheel over each half on a desktop, swipes down on a phone.
export async function scrollToTop(page) {
  const { width, height } = page.viewportSize();
  if (width < 500) {
    for (let n = 0; n < 12; ++n) await swipe(page, width / 2, -height / 2);
    return;
  }
  for (const x of [width / 4, (3 * width) / 4]) {
    await page.mouse.move(x, height / 2);
    await page.mouse.wheel(0, -5000);
    await settle(page);
  }
}

// A finger's tap on the middle of the item (pages opened with launch({ phone: true })).
export async function tap(page, label, role) {
  const it = await findItem(page, label, role);
  // The middle of the part on screen: a table row can be wider than a phone.
  const width = page.viewportSize().width;
  await page.touchscreen.tap((Math.max(it.x, 0) + Math.min(it.x + it.w, width)) / 2, it.y + it.h / 2);
  await settle(page);
  return it;
}

export async function screenshot(page, name) {
  const path = join(outDir, name + ".png");
  await page.screenshot({ path });
  return path;
}

// Clicks a rating radio ("Learning", …) of a checklist item (the first one when no item id is given);
// returns the item id.
export async function rate(page, label, itemId) {
  const radio = (await items(page)).find((i) => i.role === "radio" && i.label === label && (!itemId || i.context === itemId));
  if (!radio) throw new Error(`no "${label}" radio${itemId ? " for " + itemId : ""}`);
  await page.mouse.click(radio.x + radio.h / 2, radio.y + radio.h / 2);
  await settle(page);
  return radio.context;
}

export async function waitSaved(page) {
  await page.waitForFunction(() => window.certplan.snapshot().saving.saved === true, null, { timeout: 5000 });
}

// Polls `read` until it returns `want` or `ms` pass; returns the last value read (for the assertion that
// follows). The mirror updates at most 10 times a second, later on a loaded machine: never a fixed sleep.
export async function eventually(read, want, ms = 5000) {
  const end = Date.now() + ms;
  let got = await read();
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    got = await read();
  }
  return got;
}

// Sets the day certplan takes as today (window.certplan.setToday) and waits until the page shows it.
export async function setToday(page, iso) {
  await page.evaluate((d) => window.certplan.setToday(d), iso);
  await settle(page);
  const today = (await snapshot(page)).progress.today;
  if (today !== iso) throw new Error(`setToday(${iso}): the page says today is ${today}`);
}

// The first task of the week shown in the check-in that is not ticked yet (undefined: none).
export async function firstOpenTask(page) {
  return (await items(page)).find((i) => i.role === "checkbox" && i.label.startsWith("Done: ") && !i.checked);
}

// "Fri 25 Dec 2026": a date ("2026-12-25") as certplan writes it (core/date.h format_date_long).
export function longDate(iso) {
  const d = new Date(iso + "T00:00:00Z");
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${days[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

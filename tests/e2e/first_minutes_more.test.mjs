// The first minutes of a new user (issue 27), the points first_minutes.test.mjs does not cover, at 1280x800 and
// 390x844@3 with one browser and one page per size: the hours slider's value beside its handle (point 3); the
// shared-plan banner kept small, opened from a link pasted with a trailing "." or ")" (points 3 and 6); Compare's
// details following the advice's pick until the user selects a row (point 6); Assess's Focus next naming an
// item of the weakest domain, each figure leading its line, domain names whole beside or above their bars, and
// a Check me question opened in view (point 4).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, settle, items, snapshot, screenshot, tap, click, findItem, reveal, scrollUntil, swipe } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

// A working ML engineer on Google Cloud, 8 h a week, a few items rated: a plan to share.
const storedPlan = JSON.stringify({
  format: "certplan-plan", version: 7,
  plan: { credential: "google-pmle", target_chosen: false,
          profile: { background: "working-ml", cloud: "google-cloud", hours_per_week: 8 },
          answers: { "google-pmle": { "gp-1-1": "in_production", "gp-2-1": "learning" } } },
});

// Opens the page afresh with `plan` stored (none: a first visit) at `hash`, and waits until it is complete.
async function open(page, { plan = null, address = url } = {}) {
  // The storage is cleared from a small document of the same origin (the app's icon), so that the address is
  // loaded afresh even when it differs from the last one only in its hash.
  await page.goto(url + "icons/favicon-32.png");
  await page.evaluate((p) => { localStorage.clear(); if (p) localStorage.setItem("certplan.plan", p); }, plan);
  await page.goto(address);
  await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
  await settle(page);
}

// The screenshot of a box as RGBA rows, at the device's scale (decoded by the page: no PNG library here).
async function pixels(page, box) {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    return { w: img.width, h: img.height, data: Array.from(g.getImageData(0, 0, img.width, img.height).data) };
  }, png.toString("base64"));
}

const sizes = [{ name: "1280x800", phone: false }, { name: "390x844", phone: true }];

for (const size of sizes) {
  describe(`first minutes at ${size.name}`, () => {
    let b, page;
    const errors = [];
    const press = (label, role) => (size.phone ? tap(page, label, role) : click(page, label, role));
    // The items `match` accepts, each seen whole on screen, gathered while the panel under x scrolls down a
    // quarter of a screen at a time, until `enough` are seen (a panel draws only what is on screen).
    async function gather(match, x, enough) {
      const { width, height } = page.viewportSize();
      const seen = new Map();
      for (let n = 0; n < 10 && seen.size < enough; ++n) {
        if (n > 0) {
          if (size.phone) await swipe(page, width / 2, height / 4);
          else {
            await page.mouse.move(x, height / 2);
            await page.mouse.wheel(0, height / 4);
            await settle(page);
          }
        }
        for (const i of await items(page)) if (match(i) && i.y >= 0 && i.y + i.h <= height) seen.set(i.label, i);
      }
      return [...seen.values()];
    }
    before(async () => {
      b = await launch({ phone: size.phone });
      page = b.context.pages()[0] || await b.context.newPage();
      page.on("pageerror", (e) => errors.push(String(e)));
      // (The icon opened to clear the storage has no favicon.ico of its own: the browser's 404 for it is no error of the app.)
      page.on("console", (m) => { if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(m.text()); });
    });
    after(async () => {
      await b.close();
      assert.deepEqual(errors, [], "no console error or page error");
    });

    test(`the hours slider's value is drawn beside its handle, never under it (${size.name})`, async () => {
      await open(page);
      await press("Plan", "tab");
      const slider = await reveal(page, "Hours per week", "slider");
      // A press in the middle of the slider moves the handle there: where the value is drawn when it is centred.
      const mid = { x: slider.x + slider.w / 2, y: slider.y + slider.h / 2 };
      if (size.phone) await page.touchscreen.tap(mid.x, mid.y);
      else await page.mouse.click(mid.x, mid.y);
      await settle(page);
      const moved = await findItem(page, "Hours per week", "slider");
      assert.notEqual(moved.value, slider.value, "the press moved the handle");
      await page.mouse.move(0, 0);  // no hover colour over the frame
      await settle(page);
      await screenshot(page, `first-minutes-slider-${size.name}`);
      const img = await pixels(page, { x: moved.x, y: moved.y, width: moved.w, height: moved.h });
      const s = img.w / moved.w;  // device pixels per CSS pixel
      const at = (x, y) => img.data.slice((y * img.w + x) * 4, (y * img.w + x) * 4 + 3);
      const diff = (p, q) => Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]);
      // The handle, from a row near the top of the frame: inside the handle's height, above the value's glyphs.
      const top = Math.round(3.5 * s);
      const left = Math.round(6 * s), right = img.w - Math.round(6 * s);
      const counts = new Map();
      for (let x = left; x < right; ++x) counts.set(at(x, top).join(), (counts.get(at(x, top).join()) || 0) + 1);
      const frame = [...counts].sort((p, q) => q[1] - p[1])[0][0].split(",").map(Number);
      const handle = [];
      for (let x = left; x < right; ++x) if (diff(at(x, top), frame) > 40) handle.push(x);
      assert.ok(handle.length >= 4 * s, `the handle is drawn (${handle.length} px)`);
      const h0 = handle[0] + Math.round(2 * s), h1 = handle[handle.length - 1] - Math.round(2 * s);
      // The value's glyphs: pixels of the middle rows unlike the frame beside the handle, unlike the handle on it.
      let under = 0, beside = 0;
      for (let y = Math.round(img.h / 2 - 5 * s); y <= Math.round(img.h / 2 + 5 * s); ++y)
        for (let x = left; x < right; ++x) {
          if (x >= h0 && x <= h1) under += diff(at(x, y), at(x, top)) > 80 ? 1 : 0;
          else if (x < handle[0] || x > handle[handle.length - 1]) beside += diff(at(x, y), frame) > 80 ? 1 : 0;
        }
      assert.ok(beside > 10 * s, `the value "${moved.value}" is drawn beside the handle (${beside} px)`);
      assert.equal(under, 0, `no glyph of "${moved.value}" under the handle`);
    });

    test(`a link pasted with a trailing "." or ")" opens the shared plan, under a banner of a line or two (${size.name})`, async () => {
      await open(page, { plan: storedPlan });
      const link = await page.evaluate(() => window.certplan.shareUrl());
      assert.match(link, /#plan=/);
      for (const tail of [".", ")", ")."]) {
        await open(page, { address: link + tail });  // a first visit: this browser has no plan of its own
        const snap = await snapshot(page);
        assert.deepEqual(snap.notices.filter((n) => /could not be opened/.test(n)), [], `"${tail}": not refused as damaged`);
        assert.equal(snap.share.viewing_shared, true, `"${tail}": opened as a shared plan`);
        assert.equal(snap.plan.plan.profile.cloud, "google-cloud", `"${tail}": the shared plan's answers`);
      }
      // The banner stays while the shared plan is shown: a line or two and its two buttons, an eighth of the screen
      // at most (a heading, three lines and a note beside the buttons took 124 px of a phone's 844). Measured from
      // its first line to the bottom of its buttons.
      const all = await items(page);
      const line = all.filter((i) => i.label.startsWith("Viewing a shared plan")).sort((p, q) => p.y - q.y)[0];  // a line or a heading
      const buttons = all.filter((i) => i.role === "button" && (i.label === "Keep mine" || i.label === "Use this plan"));
      assert.ok(line && buttons.length === 2, "the banner's line and its two buttons");
      const height = page.viewportSize().height;
      const extent = Math.max(...buttons.map((i) => i.y + i.h)) - line.y;
      assert.ok(extent <= height / 8, `the banner is ${extent} px tall on a ${height} px screen`);
      await screenshot(page, `first-minutes-shared-${size.name}`);
      await press("Keep mine", "button");
      assert.equal((await snapshot(page)).share.viewing_shared, false);
    });

    test(`Compare's details follow the advice's pick until the user selects a row (${size.name})`, async () => {
      await open(page);
      const { width, height } = page.viewportSize();
      const answer = async (option) => {
        await press("Plan", "tab");
        await press("Cloud platform at work", "combo");
        await press(option, "option");
      };
      await answer("Azure");
      const azure = (await snapshot(page)).target.credential;
      assert.match(azure, /^azure-/, "the advice picks an Azure exam");
      await press("Compare", "tab");
      assert.equal((await snapshot(page)).compare.selected, azure, "the details show the advice's pick");
      // The user selects a row: from then on the details stay on it.
      await scrollUntil(page, (i) => i.role === "selectable" && i.label === "Google PMLE", size.phone ? width / 2 : width / 4,
        height / 2, "Google PMLE's row");
      await press("Google PMLE", "selectable");
      await answer("AWS");
      assert.match((await snapshot(page)).target.credential, /^aws-/);
      await press("Compare", "tab");
      assert.equal((await snapshot(page)).compare.selected, "google-pmle", "the user's selection stays");
    });

    test(`Assess: Focus next lists an item of the weakest domain, figures first, names whole, Check me opens in view (${size.name})`, async () => {
      await open(page);  // nothing rated: Google PMLE, the advice's pick with nothing answered
      await press("Assess", "tab");
      assert.equal((await snapshot(page)).target.credential, "google-pmle");
      const { width, height } = page.viewportSize();
      // Each domain's name is whole: the bars' rows lie within the screen, and a name too long for the column
      // beside its bar sits on a line of its own above it (the row two lines tall), never cut short.
      const chart = await reveal(page, "Readiness by domain", "heading");
      const bars = await gather((i) => i.role === "text" && /: \d+% \(weight/.test(i.label), chart.x + 20, 6);
      assert.equal(bars.length, 6, "Google PMLE's six domains");
      for (const r of bars) assert.ok(r.x >= 0 && r.x + r.w <= width, `"${r.label}" lies within the screen`);
      const longest = bars.map((r) => r.label.replace(/: \d+% \(weight.*$/, "")).sort((p, q) => q.length - p.length)[0];
      assert.ok(longest.length > 50, `the longest name, "${longest}", is too long for a column beside a bar at either size`);
      for (const r of bars) assert.ok(r.h >= 40, `"${r.label}" is ${r.h} px tall: its name is not above its bar`);
      await screenshot(page, `first-minutes-bars-${size.name}`);

      // Focus next: the weakest domain named, and an item of it among the items listed.
      const heading = await reveal(page, "Focus next", "heading");
      const weakest = (await gather((i) => i.role === "text" && i.label.startsWith("Weakest domain for the exam: "), heading.x + 20, 1))[0];
      assert.ok(weakest, "Focus next names the weakest domain");
      const name = weakest.label.slice("Weakest domain for the exam: ".length).replace(/ \(\d+% ready.*$/, "");
      const lines = await gather((i) => i.role === "text" && / pts\b/.test(i.label), heading.x + 20, 5);
      assert.ok(lines.length >= 3, `${lines.length} items in Focus next`);
      for (const l of lines) {
        // The figure leads its line, so a wrap never splits it ("+2." / "3 pts").
        assert.match(l.label, /^\+\d+\.\d pts: /, "the figure first");
        assert.ok(l.x >= 0 && l.x + l.w <= width, `"${l.label}" lies within the screen`);
      }
      assert.ok(lines.some((l) => l.label.includes(`(${name}; `)), `an item of the weakest domain, ${name}, among: ${lines.map((l) => l.label).join(" | ")}`);
      await screenshot(page, `first-minutes-focus-${size.name}`);

      // Check me, pressed low on the screen: the first question and its four options come into view whole.
      let start = await reveal(page, "Check me", "button");
      const x = start.x + Math.min(start.w / 2, 40);
      let last = start;
      for (let n = 0; n < 12; ++n) {
        // Scrolled so that the button sits low on the screen, where its question would open below the fold.
        if (start && start.y >= height * 0.72 && start.y + start.h <= height - 4) break;
        const dy = start ? start.y - height * 0.82 : last.y > height / 2 ? 120 : -120;  // off screen: back the way it went
        if (size.phone) await swipe(page, width / 2, dy, dy < 0 ? height * 0.2 : height * 0.8);
        else {
          await page.mouse.move(x, height / 2);
          await page.mouse.wheel(0, dy);
          await settle(page);
        }
        last = start || last;
        start = (await items(page)).find((i) => i.role === "button" && i.label === "Check me");
      }
      assert.ok(start && start.y >= 0 && start.y + start.h <= height, "Check me on screen");
      if (size.phone) await page.touchscreen.tap(x, start.y + start.h / 2);
      else await page.mouse.click(x, start.y + start.h / 2);
      await settle(page, 4);
      const options = (await items(page)).filter((i) => i.role === "radio" && /-d\d+-q\d+$/.test(i.context || ""));
      assert.deepEqual(options.map((o) => o.label), ["A", "B", "C", "D"], "the question's four options, drawn on screen");
      for (const o of options) assert.ok(o.y >= 0 && o.y + o.h <= height, `option ${o.label} at ${o.y} px, within the ${height} px screen`);
      await screenshot(page, `first-minutes-check-${size.name}`);
    });
  });
}

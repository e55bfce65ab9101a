// What is drawn, and when (web/main.cpp): a frame whose picture is on the canvas already is laid out but not
// drawn again (window.certplan.pictures counts the frames drawn), and the input since the last frame is played
// through before one is drawn, so the first frame after a tap already shows what the tap did.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, findItem, settle } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("a quiet page keeps laying out frames now and then but draws none of them again", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    const start = await page.evaluate(() => [window.certplan.frames, window.certplan.pictures]);
    await page.waitForTimeout(2500);  // idle: at most 2 frames a second
    const end = await page.evaluate(() => [window.certplan.frames, window.certplan.pictures]);
    assert.ok(end[0] > start[0], `frames were laid out while idle (${start[0]} -> ${end[0]})`);
    assert.equal(end[1], start[1], "no picture was drawn again");
    // A change is drawn: the theme switch.
    const theme = await findItem(page, /theme$/, "button");
    await page.mouse.click(theme.x + theme.w / 2, theme.y + theme.h / 2);
    await settle(page);
    const after = await page.evaluate(() => window.certplan.pictures);
    assert.ok(after > end[1], `the new theme was drawn (${end[1]} -> ${after})`);
  } finally {
    await b.close();
  }
});

test("on a phone, the first frame after a tap on the Plan tab shows the Plan view", async () => {
  const b = await launch({ phone: true });
  try {
    const { page } = await openApp(b.context, url);
    const tab = await findItem(page, "Plan", "tab");
    // The items of the first frame laid out after the tap (its finger lifted).
    const first = page.evaluate(() => new Promise((done) => {
      let tapped = false;
      window.addEventListener("touchend", () => { tapped = true; }, { capture: true });
      const check = () => {
        if (!tapped) return;
        document.removeEventListener("certplan-frame", check);
        done(window.certplan.items().map((i) => i.label));
      };
      document.addEventListener("certplan-frame", check);
    }));
    await page.touchscreen.tap(tab.x + tab.w / 2, tab.y + tab.h / 2);
    const labels = await first;
    assert.ok(labels.includes("About you"), `Plan's first heading in the first frame after the tap: ${labels.slice(0, 30).join(" | ")}`);
  } finally {
    await b.close();
  }
});

// Touch scrolling on a phone: the content follows the finger 1:1 while it is down, and a flick glides on
// and comes to rest, as on any phone. Positions are read from window.certplan.items() (CSS pixels).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, items, settle, snapshot, swipe, tap } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

// The first item whose top sits in the lower middle of the screen: a landmark to follow.
async function landmark(page) {
  const all = await items(page);
  const it = all.find((i) => i.y > 420 && i.y < 600 && i.label && i.h > 0);
  assert.ok(it, "an item to follow");
  return it;
}
const sameItem = async (page, it) => (await items(page)).find((i) => i.label === it.label && i.role === it.role && i.x === it.x);

// A finger's gesture with explicit event times, so that a slow software-rendered frame cannot change its speed.
async function drag(page, cdp, { x, from, to, steps, stepMs, restMs }) {
  let t = Date.now() / 1000;
  const touch = (type, y) => cdp.send("Input.dispatchTouchEvent",
    { type, timestamp: t, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
  await touch("touchStart", from);
  for (let i = 1; i <= steps; ++i) {
    t += stepMs / 1000;
    await touch("touchMove", from + ((to - from) * i) / steps);
    await page.waitForTimeout(stepMs);
  }
  t += restMs / 1000;
  if (restMs) await page.waitForTimeout(restMs);
  await touch("touchEnd");
}

test("on a phone, the page follows the finger 1:1 and a flick glides on", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, url);
    const cdp = await b.context.newCDPSession(page);
    const before = await landmark(page);
    // A slow drag of 200 px upward that rests before lifting: exactly 200 px of scroll, no glide.
    await drag(page, cdp, { x: 350, from: 700, to: 500, steps: 20, stepMs: 30, restMs: 300 });
    await settle(page);
    const after = await sameItem(page, before);
    assert.ok(after, `${before.label} still on screen`);
    const moved = before.y - after.y;
    assert.ok(Math.abs(moved - 200) <= 3, `the content moved ${moved} px for a 200 px drag (it must follow the finger)`);

    // A flick: 120 px in about 60 ms, lifted while moving. The content keeps going after the finger lifts.
    const start = await landmark(page);
    await drag(page, cdp, { x: 350, from: 650, to: 530, steps: 4, stepMs: 15, restMs: 0 });
    await settle(page, 6);
    const end = await sameItem(page, start);
    const glided = end ? start.y - end.y : Infinity;
    assert.ok(glided > 130, `a flick of 120 px moved the content ${glided} px: it should glide past the finger`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("on a phone, a swipe that starts on a credential's row scrolls and does not pick it", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, url);
    const before = (await snapshot(page)).compare.selected;
    const rows = (await items(page)).filter((i) => i.role === "selectable" && i.y > 300 && i.y + i.h < 800);
    const row = rows.find((i) => !i.checked);
    assert.ok(row, "a row not picked, on screen");
    // A slow drag of 250 px upward, starting on the middle of that row, resting before it lifts.
    await swipe(page, 195, 250, row.y + row.h / 2);
    const moved = (await items(page)).find((i) => i.label === row.label && i.role === row.role);
    assert.ok(Math.abs(row.y - moved.y - 250) <= 3, `the row moved ${row.y - moved.y} px for a 250 px drag`);
    assert.equal((await snapshot(page)).compare.selected, before, `the swipe picked ${row.label}`);
    // A tap on it still picks it.
    await tap(page, row.label, "selectable");
    assert.notEqual((await snapshot(page)).compare.selected, before, "a tap picks the row");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

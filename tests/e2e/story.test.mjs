// Issue 26, points 6 and 11, as the page shows them (1280x800): after "Re-plan at my pace" every figure on screen
// is the re-planned plan's; a pivoting software engineer's verdict agrees with a plan of foundations (a shared
// plan's voice is tested in tests/unit/plan_story_end_test.cpp). Screenshots: tests/e2e/out/story-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, findItem, items, settle, reveal, snapshot, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

async function setToday(page, iso) {
  await page.evaluate((d) => window.certplan.setToday(d), iso);
  await settle(page);
}
const texts = async (page) => (await items(page)).map((i) => i.label);

test("after 'Re-plan at my pace' the hours, the date, the estimate and the timeline follow the re-planned plan", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await setToday(page, "2027-01-04");
    await click(page, "Plan", "tab");
    // Week 1: one task ticked, then two weeks of nothing.
    const task = (await items(page)).find((i) => i.role === "checkbox" && i.label.startsWith("Done: ") && !i.checked);
    await click(page, task.label, "checkbox");
    await setToday(page, "2027-01-20");
    let snap = await snapshot(page);
    const assumed = (await items(page)).find((i) => i.role === "slider" && i.label === "Hours per week").value;
    await click(page, "Re-plan at my pace", "button");
    snap = await snapshot(page);
    assert.equal(snap.plan.plan.replans.length, 1);
    const hours = (await items(page)).find((i) => i.role === "slider" && i.label === "Hours per week").value;
    assert.notEqual(hours, assumed, "the slider shows the re-plan's hours");
    const said = await texts(page);
    assert.ok(said.some((t) => t.includes(` at ${hours}`)), `the estimate at ${hours}: ${said.filter((t) => / h\/week/.test(t)).join(" / ")}`);
    assert.ok(!said.some((t) => t.includes(` at ${assumed} (`)), "not the old hours");
    await screenshot(page, "story-replanned-1280x800");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("a pivoting software engineer is told foundations first, with their length", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await setToday(page, "2027-01-04");
    await click(page, "Plan", "tab");
    await click(page, "Your background", "combo");
    await click(page, /^Software engineer/, "option");
    let snap = await snapshot(page);
    assert.equal(snap.advice.verdict, "foundations-first");
    await reveal(page, /^Pursue after the foundations: \d+ of the plan's \d+ study weeks/);
    await screenshot(page, "story-pivot-1280x800");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

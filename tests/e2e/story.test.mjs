// Issue 26, points 6, 8 and 11, as the page shows them (1280x800): after "Re-plan at my pace" every figure on screen
// is the re-planned plan's; a pivoting software engineer's verdict agrees with a plan of foundations; a shared plan
// opened by someone else speaks of its owner, and one's own bookmark reopens as one's own (the wording is unit-tested
// in tests/unit/plan_story_end_test.cpp). Screenshots: tests/e2e/out/story-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveForTests, openApp, click, items, reveal, snapshot, screenshot, setToday, firstOpenTask, waitSaved, settle } from "./harness.mjs";

const served = serveForTests();
const texts = async (page) => (await items(page)).map((i) => i.label);

test("after 'Re-plan at my pace' the hours, the date, the estimate and the timeline follow the re-planned plan", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, served.url);
    await setToday(page, "2027-01-04");
    await click(page, "Plan", "tab");
    // Week 1: one task ticked, then two weeks of nothing.
    const task = await firstOpenTask(page);
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
    const { page, watch } = await openApp(b.context, served.url);
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

test("a shared plan with check-ins speaks of its owner to someone else; the owner's own bookmark reopens as theirs", async () => {
  const owner = await launch();
  let before, after;  // the owner's links: before the check-in (a bookmark) and after it
  try {
    const { page } = await openApp(owner.context, served.url);
    await setToday(page, "2026-12-07");  // the Monday the plan starts
    await click(page, "Plan", "tab");
    // Hours the owner sets (until then the statement says "the 10 certplan assumes"): 8 a week.
    const hours = async () => (await snapshot(page)).plan.plan.profile.hours_per_week;
    await page.getByRole("slider", { name: "Hours per week" }).focus();
    for (let i = 0; i < 10 && (await hours()) !== 8; ++i) {
      await page.keyboard.press("ArrowLeft");
      await settle(page);
    }
    assert.equal(await hours(), 8);
    await click(page, "Set a date", "button");  // the date certplan proposes: the week plan is lighter than the hours set
    await waitSaved(page);
    assert.match((await snapshot(page)).progress.date_statement, / the 8 you set\b/);
    before = await page.evaluate(() => window.certplan.shareUrl());
    await click(page, (await firstOpenTask(page)).label, "checkbox");
    await waitSaved(page);
    assert.match((await snapshot(page)).progress.date_statement, /^You have logged /);
    after = await page.evaluate(() => window.certplan.shareUrl());
    assert.notEqual(after, before);

    const viewer = await launch();
    try {
      const seen = await openApp(viewer.context, served.url, { hash: new URL(after).hash.slice(1) });
      await setToday(seen.page, "2026-12-09");
      await click(seen.page, "Plan", "tab");
      let snap = await snapshot(seen.page);
      assert.equal(snap.share.viewing_shared, true);
      assert.match(snap.progress.date_statement, /^Its owner has logged /);
      const shows = async (sentence) => (await texts(seen.page)).includes(sentence) ||
        assert.fail(`not on the page: ${sentence}\n${(await texts(seen.page)).join(" | ").slice(0, 3000)}`);
      await shows(snap.progress.date_statement);
      await screenshot(seen.page, "story-shared-1280x800");
      // The same plan before its check-in: the date statement says whose hours were set.
      await seen.page.goto(before);
      await seen.page.waitForFunction(() => window.certplan && window.certplan.complete === true);
      await setToday(seen.page, "2026-12-09");
      snap = await snapshot(seen.page);
      assert.equal(snap.share.viewing_shared, true);
      assert.match(snap.progress.date_statement, / its owner set\b/);
      assert.doesNotMatch(snap.progress.date_statement, /\byou\b/i);
      await shows(snap.progress.date_statement);
      await screenshot(seen.page, "story-shared-date-1280x800");
      assert.deepEqual(seen.watch.errors, []);
    } finally {
      await viewer.close();
    }

    // The owner opens the bookmark made before the check-in: their own plan, with the check-in kept.
    await page.goto(before);
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true);
    await setToday(page, "2026-12-09");
    const mine = await snapshot(page);
    assert.equal(mine.share.viewing_shared, false);
    assert.match(mine.progress.date_statement, /^You have logged /);
    assert.ok(mine.notices.some((n) => /earlier copy of your own plan/.test(n)), mine.notices.join(" / "));
    // Issue 26.1 on the way: the plan made on Monday still starts that Monday on the Wednesday, week 1 open.
    assert.equal(mine.plan.plan.profile.start_date, "2026-12-07");
    assert.ok((await texts(page)).some((t) => t.startsWith("Week 1, Mon 7 Dec 2026")), "this week is still week 1");
  } finally {
    await owner.close();
  }
});

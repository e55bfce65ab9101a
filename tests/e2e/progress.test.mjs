// A living plan in a real browser: check in over several simulated weeks (window.certplan.setToday), the pace
// follows, the check-ins survive a reload, and the one statement about the date is the pace's. At 1280x800
// with a mouse and at 390x844@3 by touch. Screenshots in light and dark (tests/e2e/out/progress-*.png).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveForTests, openApp, click, findItem, items, settle, tap, reveal, snapshot, screenshot, waitSaved, setToday,
  firstOpenTask } from "./harness.mjs";

const served = serveForTests();

// The "+" beside the check-in's "Hours done" slider (the questionnaire's hours have one too).
async function clickMoreHours(page) {
  const all = await items(page);
  const slider = all.find((i) => i.role === "slider" && i.label === "Hours done");
  const plus = all.find((i) => i.role === "button" && i.label === "+" && Math.abs(i.y - slider.y) < 4);
  await page.mouse.click(plus.x + plus.w / 2, plus.y + plus.h / 2);
  await settle(page);
}

test("check in over three weeks at 1280x800: ahead, then behind after a week skipped; kept over a reload", async () => {
  const b = await launch();
  try {
    let { page, watch } = await openApp(b.context, served.url);
    await setToday(page, "2027-01-04");  // a Monday: the plan starts this week
    await click(page, "Plan", "tab");
    let snap = await snapshot(page);
    assert.equal(snap.progress.logged, false);
    const planned = snap.progress.hours_total;
    assert.ok(planned > 0);

    // Week 1: tick every task: its hours are logged.
    for (let task = await firstOpenTask(page); task; task = await firstOpenTask(page)) await click(page, task.label, "checkbox");
    snap = await snapshot(page);
    assert.equal(snap.progress.logged, true);
    assert.equal(snap.plan.plan.profile.start_date, "2027-01-04");  // anchored: the plan no longer moves
    const week1 = snap.plan.plan.progress["2027-01-04"].hours;
    assert.ok(week1 > 0);
    assert.equal(snap.progress.hours_done, week1);
    assert.equal(snap.progress.hours_planned_to_date, week1);  // the whole of week 1 was done
    assert.equal(snap.progress.weeks_ahead, 0);
    assert.equal(snap.progress.date_statement, snap.progress.message);
    // One more hour than planned: ahead.
    await clickMoreHours(page);
    snap = await snapshot(page);
    assert.equal(snap.progress.hours_done, week1 + 1);
    assert.ok(snap.progress.hours_ahead > 0);
    assert.match(snap.progress.message, /ahead/);
    await screenshot(page, "progress-week1-1280x800");

    // Week 2 is skipped; in week 3 the pace is behind by about a week.
    await setToday(page, "2027-01-20");
    snap = await snapshot(page);
    assert.ok(snap.progress.hours_ahead < 0, JSON.stringify(snap.progress));
    assert.ok(snap.progress.weeks_ahead <= -0.5);
    assert.match(snap.progress.message, /behind/);
    assert.ok(snap.progress.hours_per_week_needed > 0);
    // The burn-down's figures reach the accessibility mirror as text.
    assert.match(snap.progress.burn_down, /^Hours left each week, planned: /);
    await page.waitForFunction((t) => document.getElementById("a11y-mirror").textContent.includes(t), snap.progress.burn_down,
      { timeout: 5000 });
    // Check in week 2 after the fact, from the week list.
    await click(page, "Check in for", "combo");
    await click(page, /^Week 2, /, "option");
    const late = await firstOpenTask(page);
    await click(page, late.label, "checkbox");
    snap = await snapshot(page);
    assert.ok(snap.plan.plan.progress["2027-01-11"].hours > 0);
    // Re-plan at the pace kept: the change is said before it is applied, and can be undone.
    assert.ok(snap.progress.replan_at_pace.startsWith("From Mon 18 Jan 2027"), snap.progress.replan_at_pace);
    await findItem(page, snap.progress.replan_at_pace);
    const examBefore = snap.study_plan.exam_day;
    await click(page, "Re-plan at my pace", "button");
    snap = await snapshot(page);
    assert.equal(snap.plan.plan.replans.length, 1);
    assert.equal(snap.plan.plan.replans[0].from, "2027-01-18");
    assert.ok(Math.abs(snap.progress.hours_ahead) < 1, JSON.stringify(snap.progress));  // the new plan is the one kept
    await screenshot(page, "progress-replanned-1280x800");
    await click(page, "Undo re-plan", "button");
    snap = await snapshot(page);
    assert.equal(snap.plan.plan.replans, undefined);
    assert.equal(snap.study_plan.exam_day, examBefore);
    await waitSaved(page);
    const before = snap.progress;

    // The share link carries the check-ins: opened elsewhere, the same figures on the same day.
    const link = await page.evaluate(() => window.certplan.shareUrl());
    const fragment = new URL(link).hash;
    assert.ok(fragment.length < 200, `${fragment.length} characters: ${fragment}`);
    const other = await launch();
    try {
      const opened = await openApp(other.context, served.url, { hash: fragment.slice(1) });
      await setToday(opened.page, "2027-01-20");
      const shared = await snapshot(opened.page);
      assert.equal(shared.share.viewing_shared, true);
      assert.deepEqual(shared.plan.plan.progress, snap.plan.plan.progress);
      assert.equal(shared.progress.hours_done, before.hours_done);
    } finally {
      await other.close();
    }

    // Reload: the check-ins are kept (saved as version 7: the check-ins came in 5), the figures the same on the same day.
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 60000 });
    await setToday(page, "2027-01-20");
    snap = await snapshot(page);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem("certplan.plan"))).version, 7);
    assert.deepEqual(snap.progress, before);
    await click(page, "Plan", "tab");
    await screenshot(page, "progress-week3-1280x800-light");
    await click(page, "Dark theme", "button");
    await screenshot(page, "progress-week3-1280x800-dark");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("on a phone, this week's tasks are ticked by touch and the pace is said once", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, served.url);
    await setToday(page, "2027-01-04");
    await tap(page, "Plan", "tab");
    await reveal(page, /^Done: /, "checkbox");  // below the questions until the plan is followed
    const task = await firstOpenTask(page);
    assert.ok(task, "a task of this week to tick");
    assert.ok(task.h >= 44, `the tick box is ${task.h} px tall`);
    await reveal(page, task.label, "checkbox");
    await tap(page, task.label, "checkbox");
    let snap = await snapshot(page);
    assert.equal(snap.progress.logged, true);
    assert.ok(snap.progress.hours_done > 0);
    // Once the plan is followed, the check-in comes first on a phone.
    await setToday(page, "2027-01-13");
    snap = await snapshot(page);
    assert.ok(snap.progress.message.startsWith("You have logged"), snap.progress.message);
    assert.equal(snap.progress.date_statement, snap.progress.message);
    await page.mouse.move(195, 600);
    await page.mouse.wheel(0, -20000);  // to the top of the view, where the check-in now is
    await settle(page);
    const first = await reveal(page, "Hours done", "slider");
    assert.ok(first.h >= 44);
    await screenshot(page, "progress-390x844-light");
    await reveal(page, "Dark theme", "button");
    await tap(page, "Dark theme", "button");
    await reveal(page, "Hours done", "slider");
    await screenshot(page, "progress-390x844-dark");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

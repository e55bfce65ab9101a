// The Plan view in a real browser: the estimate shows, and the downloaded calendar is valid RFC 5545
// (parsed by ical.js) with one event per study week plus milestones and the exam day.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { launch, serveDist, openApp, click, findItem, settle, tap, reveal, snapshot, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("the plan view estimates, and its calendar parses as iCalendar", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await click(page, "Plan", "tab");
    const snap = await snapshot(page);
    assert.equal(snap.estimate.ok, true);
    assert.equal(snap.estimate.weeks_low, 4);
    assert.equal(snap.estimate.weeks_high, 8);
    assert.equal(snap.advice.first_credential, "google-pmle");
    await screenshot(page, "plan-1280x800");

    const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download calendar (.ics)", "button")]);
    assert.equal(download.suggestedFilename(), "certplan-study-plan.ics");
    const text = await readFile(await download.path(), "utf8");
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const weeks = snap.study_plan.weeks;
    assert.ok(events.length > weeks, `${events.length} events for ${weeks} weeks`);
    assert.ok(events.some((e) => /^Exam day/.test(e.summary)));
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("on a phone, hours and the exam date are set by touch alone: no keyboard needed", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, url);
    await tap(page, "Plan", "tab");
    await reveal(page, "Set a date", "button");  // below the questions, on a phone
    await tap(page, "Set a date", "button");
    // The suggested date: the end of the high estimate (8 study weeks with no answers) from next Monday,
    // on the exam week's Friday, or the weekday before it when that is 24-26 or 31 Dec or 1 Jan.
    const today = new Date();
    const day = 86400000, t = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    const monday = t + ((8 - new Date(t).getUTCDay()) % 7) * day;
    let exam = new Date(monday + (56 + 4) * day);
    const closed = (d) => (d.getUTCMonth() === 11 && [24, 25, 26, 31].includes(d.getUTCDate())) || (d.getUTCMonth() === 0 && d.getUTCDate() === 1);
    while (closed(exam)) exam = new Date(exam.getTime() - day);
    const suggested = exam.toISOString().slice(0, 10);
    let snap = await snapshot(page);
    assert.equal(snap.plan.plan.profile.target_date, suggested);
    assert.equal(snap.estimate.feasibility, "feasible");  // 8 study weeks at 10 h/week: 80 h, the high estimate
    // A month picked from the list: the year and the day stay (the day within the month's length).
    // The list first scrolled to the top of the screen, so that the twelve months open below it whole.
    const month = await reveal(page, "Target month", "combo");
    await page.mouse.wheel(0, month.y - 250);
    await settle(page);
    await tap(page, "Target month", "combo");
    await tap(page, "Dec", "option");
    snap = await snapshot(page);
    const [y, , d] = suggested.split("-").map(Number);
    assert.equal(snap.plan.plan.profile.target_date, `${y}-12-${String(Math.min(d, 31)).padStart(2, "0")}`);
    // Hours: the "+" beside the slider, one hour a tap, from the 10 h/week assumed while not set.
    await page.mouse.wheel(0, -400);
    await reveal(page, "+", "button");
    await tap(page, "+", "button");
    await tap(page, "+", "button");
    snap = await snapshot(page);
    assert.equal(snap.plan.plan.profile.hours_per_week, 12);
    assert.equal((await findItem(page, "Hours per week", "slider")).value, "12 h/week");
    await screenshot(page, "plan-phone-date-set");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("on a phone, a finger drags a slider rather than scrolling the page", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, url);
    await tap(page, "Plan", "tab");
    const slider = await reveal(page, "Hours per week", "slider");  // below the plan in short
    // A drag from the slider's left end to its middle, as touch events (playwright's touchscreen only taps).
    const cdp = await b.context.newCDPSession(page);
    const y = slider.y + slider.h / 2, x0 = slider.x + 4, x1 = slider.x + slider.w / 2;
    const touch = (type, x) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
    await touch("touchStart", x0);
    await page.waitForTimeout(100);  // a frame or two: the slider becomes the held item (the app stays awake meanwhile)
    for (let i = 1; i <= 10; ++i) { await touch("touchMove", x0 + ((x1 - x0) * i) / 10); await page.waitForTimeout(20); }
    await touch("touchEnd");
    await settle(page);
    const hours = (await snapshot(page)).plan.plan.profile.hours_per_week;
    // The slider runs 0-60 h: its middle is about 30 (not 0, which a page scroll would have left).
    assert.ok(hours >= 20 && hours <= 40, `hours after the drag: ${hours}`);
    assert.equal((await findItem(page, "Hours per week", "slider")).y, slider.y, "the page did not scroll");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

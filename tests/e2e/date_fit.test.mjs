// Fitting the date in a real browser: one statement about the target date, a week ticked off is skipped
// (no study in it, the exam past it), and the page, the .ics and the Markdown agree on the exam day.
// At 1280x800 and on a phone (390x844 at 3x), with screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { launch, serveDist, openApp, click, findItem, items, settle, tap, reveal, snapshot, screenshot, scrollUntil, longDate } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

// Scrolls the panel under (x, y) until the `n`th item (0-based) whose label matches is drawn whole; returns it.
function scrollTo(page, label, role, n, x, y) {
  const nth = (it, _, all) => all.filter((o) => label.test(o.label) && o.role === role)[n] === it;
  return scrollUntil(page, nth, x, y, `item ${n} matching ${label}`);
}

for (const phone of [false, true]) {
  const size = phone ? "390x844" : "1280x800";
  test(`a week ticked off is skipped and every export agrees on the exam day (${size})`, async () => {
    const b = await launch({ phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const press = phone ? tap : click;
      await press(page, "Plan", "tab");
      let snap = await snapshot(page);
      const weeksBefore = snap.study_plan.weeks;
      const examBefore = snap.study_plan.exam_day;
      assert.equal(snap.estimate.feasibility, "no-date");
      // The second week of the plan, ticked off.
      const vw = page.viewportSize();
      const second = await scrollTo(page, /^Week off, /, "checkbox", 1, phone ? vw.width / 2 : vw.width * 0.75, vw.height / 2);
      await press(page, second.label, "checkbox");
      snap = await snapshot(page);
      assert.equal(snap.study_plan.weeks_off, 1);
      assert.equal(snap.study_plan.weeks, weeksBefore + 1, "the plan is one week longer");
      assert.ok(snap.study_plan.exam_day > examBefore, `exam moved from ${examBefore} to ${snap.study_plan.exam_day}`);
      assert.equal(snap.plan.plan.profile.unavailable_weeks.length, 1);
      assert.equal((await findItem(page, second.label, "checkbox")).checked, true);
      await screenshot(page, `date-fit-week-off-${size}`);
      if (!phone) {
        // The calendar: the exam-day event is the plan's exam day; nothing starts in the week off.
        const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download calendar (.ics)", "button")]);
        const cal = new ICAL.Component(ICAL.parse(await readFile(await download.path(), "utf8")));
        const events = cal.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
        const exam = events.find((e) => /^Exam day/.test(e.summary));
        assert.equal(exam.startDate.toString(), snap.study_plan.exam_day);
        const off = snap.plan.plan.profile.unavailable_weeks[0];
        assert.ok(!events.some((e) => e.startDate.toString() === off), "no event in the week off");
        const examWeek = events.find((e) => /Exam week/.test(e.summary));
        assert.ok(examWeek.startDate.toString() <= exam.startDate.toString() && exam.startDate.toString() < examWeek.endDate.toString(),
          "the exam day lies in the exam week");
        const [md] = await Promise.all([page.waitForEvent("download"), click(page, "Download summary (.md)", "button")]);
        const text = await readFile(await md.path(), "utf8");
        assert.ok(text.includes(`Exam day: ${longDate(snap.study_plan.exam_day)}`), "the Markdown names the same exam day");
        assert.ok(!/\(0 h\)|week\(s\)/.test(text), "no task of 0 h, no 'week(s)'");
      }
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });

  test(`one statement about the target date (${size})`, async () => {
    const b = await launch({ phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const press = phone ? tap : click;
      await press(page, "Plan", "tab");
      await reveal(page, "Set a date", "button");  // below the questions
      await press(page, "Set a date", "button");  // the end of the high estimate: feasible
      let snap = await snapshot(page);
      assert.equal(snap.estimate.feasibility, "feasible");
      assert.equal(snap.study_plan.exam_day, snap.plan.plan.profile.target_date, "the plan ends on the date");
      // The list's first year (this year) keeps the month and day: a date some months earlier, whatever today is.
      await reveal(page, "Target year", "combo");
      await press(page, "Target year", "combo");
      const years = (await items(page)).filter((i) => i.role === "option");
      await press(page, years[0].label, "option");
      snap = await snapshot(page);
      const fit = snap.estimate.feasibility;
      const opening = { feasible: "Feasible: ", tight: "Tight: ", "not-feasible": "Not feasible at ", past: "The exam date " }[fit];
      assert.ok(opening, `a statement for ${fit}`);
      await reveal(page, /^(Feasible: |Tight: |Not feasible at |The exam date )/);
      const said = (await items(page)).filter((i) => /^(Feasible: |Tight: |Not feasible at |The exam date )/.test(i.label));
      assert.equal(said.length, 1, "one statement about the date");
      assert.ok(said[0].label.startsWith(opening), said[0].label);
      assert.ok(!(await items(page)).some((i) => /Behind by|week\(s\)|Possible but tight/.test(i.label)));
      await screenshot(page, `date-fit-statement-${size}`);
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });
}

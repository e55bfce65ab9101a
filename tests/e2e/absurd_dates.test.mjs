// Issue 26.9 on the page: dates and figures no plan should show silently get a plain sentence and a next step.
// An exam on Christmas Day, a plan at 1 h/week whose exam lies years on, and a plan whose exam day has passed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, items, settle, reveal, snapshot, screenshot, setToday, longDate } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const pick = async (page, combo, option) => {
  await reveal(page, combo, "combo");
  await click(page, combo, "combo");
  await click(page, option, "option");
};
const saying = async (page, pattern) => (await items(page)).find((i) => pattern.test(i.label))?.label;

test("an exam on Fri 25 Dec, at 1 h/week, and after the exam day: each said plainly, with what to do", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await setToday(page, "2026-11-23");
    await click(page, "Plan", "tab");
    await reveal(page, "Set a date", "button");
    await click(page, "Set a date", "button");
    await pick(page, "Target year", "2026");
    await pick(page, "Target month", "Dec");
    await pick(page, "Target day", "25");
    assert.equal((await snapshot(page)).plan.plan.profile.target_date, "2026-12-25");
    // Used, as asked, and said to be a day test centres close, with the day to book instead.
    await reveal(page, /Test centres are widely closed/);
    assert.match(await saying(page, /Test centres are widely closed/),
      /Test centres are widely closed or thin on Fri 25 Dec 2026: book Wed 23 Dec 2026 instead, the same week\./);
    await screenshot(page, "absurd-christmas-exam");

    // 1 h/week: the date the plan needs lies years on; the year list reaches it and the figures are whole hours.
    await click(page, "Clear date", "button");
    const slider = page.getByRole("slider", { name: "Hours per week" });
    await slider.focus();
    const hours = async () => (await snapshot(page)).plan.plan.profile.hours_per_week;
    for (let i = 0; i < 20 && (await hours()) !== 1; ++i) {  // a step a press, as a person presses
      await page.keyboard.press("ArrowLeft");
      await settle(page);
    }
    assert.equal(await hours(), 1);
    await reveal(page, "Set a date", "button");
    await click(page, "Set a date", "button");
    const snap = await snapshot(page);
    const year = snap.plan.plan.profile.target_date.slice(0, 4);
    assert.ok(Number(year) >= 2028, `a plan at 1 h/week ends years on: ${snap.plan.plan.profile.target_date}`);
    await reveal(page, "Target year", "combo");
    await click(page, "Target year", "combo");
    const years = (await items(page)).filter((i) => i.role === "option").map((i) => i.label);
    assert.ok(years.includes(year), `the year list (${years.join(", ")}) holds the exam's year ${year}`);
    await click(page, year, "option");  // the list closes on the year it had
    const shown = (await items(page)).map((i) => i.label).join("\n");
    assert.ok(!/\d\.\d+ h\b|\d\.\d+ hours/.test(shown), "whole hours only");

    // Long after the exam day, with nothing checked in: the plan is over, said once, with the date the user set
    // (not the day the plan would have ended at its own pace) and what to do; no "This week: Week 31" of a
    // finished plan.
    const exam = snap.study_plan.exam_day;
    assert.equal(exam, snap.plan.plan.profile.target_date);
    const after = new Date(Date.parse(exam + "T00:00:00Z") + 30 * 86400000).toISOString().slice(0, 10);
    await setToday(page, after);
    await reveal(page, /passed on/);
    const over = (await items(page)).filter((i) => /passed on/.test(i.label));
    assert.equal(over.length, 1, over.map((i) => i.label).join(" | "));
    assert.equal(over[0].label, `Your target date passed on ${longDate(exam)} with nothing checked in: set a new target date to plan again.`);
    assert.ok(!(await items(page)).some((i) => /^This week: Week \d+/.test(i.label)));
    // The timeline under it names the same exam day (not the day the plan would end at its own pace).
    await reveal(page, /^Plan: \d+ study weeks/);
    assert.match(await saying(page, /^Plan: \d+ study weeks/), new RegExp(`; exam ${longDate(exam)}\\.`));
    await screenshot(page, "absurd-exam-passed");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

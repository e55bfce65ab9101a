// The Plan view in a real browser: the estimate shows, and the downloaded calendar is valid RFC 5545
// (parsed by ical.js) with one event per study week plus milestones and the exam day.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { launch, serveDist, openApp, click, snapshot, screenshot } from "./harness.mjs";

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
    const weeks = snap.study_plan.weeks.length;
    assert.ok(events.length > weeks, `${events.length} events for ${weeks} weeks`);
    assert.ok(events.some((e) => /^Exam day/.test(e.summary)));
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

// The readiness self-assessment in a real browser: ratings are saved in localStorage and survive a
// reload; corrupted storage is reported and kept under a backup key.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, items, snapshot, screenshot, settle, rate, waitSaved } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());


test("rate items, reload: the same answers and the same figures", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    const radios = (await items(page)).filter((i) => i.role === "radio");
    const ids = [...new Set(radios.map((r) => r.context))].slice(0, 2);
    assert.equal(ids.length, 2);
    await rate(page, "Done it in production", ids[0]);
    await rate(page, "Learning", ids[1]);
    const before = await snapshot(page);
    assert.equal(before.readiness.rated, 2);
    assert.ok(before.readiness.overall > 0);
    await waitSaved(page);
    await screenshot(page, "assess-1280x800");
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true);
    const after = await snapshot(page);
    assert.deepEqual(after.plan, before.plan);
    assert.equal(after.readiness.overall, before.readiness.overall);
    assert.deepEqual(after.readiness.domains, before.readiness.domains);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("corrupted storage: the app starts, says what happened, and keeps the bad data", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    const garbage = '{"format":"certplan-plan","version":2,"plan":{"answers":{"google-pmle":{"gp-1-1":';
    await page.evaluate((g) => localStorage.setItem("certplan.plan", g), garbage);
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true);
    await settle(page);
    const snap = await snapshot(page);
    assert.ok(snap.notices.some((n) => /could not be read/.test(n)), snap.notices.join(" / "));
    const kept = await page.evaluate(() => localStorage.getItem("certplan.backup.unreadable"));
    assert.equal(kept, garbage);
    await screenshot(page, "assess-corrupted-storage");
  } finally {
    await b.close();
  }
});

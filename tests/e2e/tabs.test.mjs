// The same plan open in two tabs of one browser: each tab merges the other's saves before its own and
// follows the other's changes (the storage event), so no rating or answer is ever lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, snapshot, screenshot, settle, rate, waitSaved, eventually } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const ratingOf = async (page, item) => (await snapshot(page)).plan.plan.answers?.["google-pmle"]?.[item];

test("two tabs: a rating made in each survives, each tab shows the other's, and a reload has both", async () => {
  const b = await launch();
  try {
    const { page: tabA, watch: watchA } = await openApp(b.context, url);
    const second = await b.context.newPage();
    const { page: tabB, watch: watchB } = await openApp({ pages: () => [second] }, url);
    for (const tab of [tabA, tabB]) await click(tab, "Assess", "tab");
    const items = (await tabA.evaluate(() => window.certplan.items()))
      .filter((i) => i.role === "radio" && i.label === "Learning").map((i) => i.context);
    assert.ok(items.length >= 2, `rating radios: ${items.length}`);
    const [first, other] = items;

    await rate(tabA, "Learning", first);
    await waitSaved(tabA);
    await rate(tabB, "Can explain it", other);  // tab B has not reloaded: its copy predates A's rating
    await waitSaved(tabB);

    const stored = JSON.parse(await tabB.evaluate(() => localStorage.getItem("certplan.plan")));
    assert.equal(stored.plan.answers["google-pmle"][first], "learning", "B's save kept A's rating");
    assert.equal(stored.plan.answers["google-pmle"][other], "can_explain");
    assert.equal(await ratingOf(tabB, first), "learning", "tab B shows A's rating");
    assert.equal(await eventually(() => ratingOf(tabA, other), "can_explain"), "can_explain", "tab A shows B's rating");
    // ...and its address bar holds the merged plan at once: a reload reopens the plan the tab shows, not an
    // older copy of it (which would open as someone's shared plan).
    assert.equal(await tabA.evaluate(() => location.hash), new URL(await tabA.evaluate(() => window.certplan.shareUrl())).hash);
    await settle(tabA);
    await screenshot(tabA, "tabs-a-shows-b");

    await tabA.reload();
    await tabA.waitForFunction(() => window.certplan && window.certplan.complete === true);
    await settle(tabA);
    assert.equal(await ratingOf(tabA, first), "learning");
    assert.equal(await ratingOf(tabA, other), "can_explain");
    assert.equal((await snapshot(tabA)).share.viewing_shared, false, "the reload shows the user's own plan");
    assert.deepEqual([...watchA.errors, ...watchB.errors], []);
  } finally {
    await b.close();
  }
});

// Share links in a real browser: a copied link opens the same plan in a fresh browser profile, in
// "viewing" mode, without touching that browser's storage; bad links get a message and change nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, snapshot, screenshot, settle, rate, waitSaved } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("a copied link opens the same plan in a fresh browser, and the address bar follows the plan", async () => {
  const a = await launch();
  let link, plan;
  try {
    const { page } = await openApp(a.context, url);
    const historyAtStart = await page.evaluate(() => history.length);
    await click(page, "Assess", "tab");
    await rate(page, "Done it in production");
    await waitSaved(page);
    await page.waitForFunction(() => location.hash.startsWith("#plan="));
    link = await page.evaluate(() => window.certplan.shareUrl());
    assert.equal(await page.evaluate(() => location.href), link, "the address bar holds the current link");
    assert.ok(new URL(link).hash.length <= 201, `fragment of ${new URL(link).hash.length} characters`);
    plan = (await snapshot(page)).plan;
    assert.equal(await page.evaluate(() => history.length), historyAtStart, "replaceState: no new history entries");
  } finally {
    await a.close();
  }
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, link.replace(/#.*/, ""), { hash: new URL(link).hash.slice(1) });
    const snap = await snapshot(page);
    assert.equal(snap.share.viewing_shared, true);
    assert.deepEqual(snap.plan, plan);
    assert.equal(await page.evaluate(() => localStorage.getItem("certplan.plan")), null, "nothing saved while viewing");
    await screenshot(page, "share-viewing");
    await click(page, "Use this plan", "button");
    await page.waitForFunction(() => localStorage.getItem("certplan.plan") !== null);
    assert.equal((await snapshot(page)).share.viewing_shared, false);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("bad links: a clear message, the app opens normally, nothing saved changes, no console error", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    await rate(page, "Learning");
    await waitSaved(page);
    const saved = await page.evaluate(() => localStorage.getItem("certplan.plan"));
    const good = new URL(await page.evaluate(() => window.certplan.shareUrl())).hash;
    const bad = {
      truncated: good.slice(0, good.length - 8),
      altered: good.slice(0, 20) + (good[20] === "A" ? "B" : "A") + good.slice(21),
      garbage: "#plan=%%%<script>",
      future: "#plan=AgAAAIhvhms",
      enormous: "#plan=" + "A".repeat(300000),
    };
    for (const [kind, hash] of Object.entries(bad)) {
      await page.goto(url + hash);
      await page.waitForFunction(() => window.certplan && window.certplan.complete === true);
      await settle(page);
      const snap = await snapshot(page);
      assert.equal(snap.share.viewing_shared, false, kind);
      assert.ok(snap.notices.some((n) => /could not be opened/.test(n)), `${kind}: ${snap.notices.join(" / ")}`);
      assert.equal(await page.evaluate(() => localStorage.getItem("certplan.plan")), saved, `${kind}: storage changed`);
      if (kind === "truncated") await screenshot(page, "share-bad-link");
    }
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("an ordinary in-page anchor is not a plan link: no message, at start or when the hash changes", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url, { hash: "section-overview-of-things" });
    let snap = await snapshot(page);
    assert.deepEqual(snap.notices, [], "no message at start");
    assert.equal(snap.share.viewing_shared, false);
    await page.evaluate(() => { location.hash = "#another-rather-long-heading-anchor"; });
    await settle(page);
    snap = await snapshot(page);
    assert.deepEqual(snap.notices, [], "no message after hashchange");
    assert.equal(snap.share.viewing_shared, false);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

// One target in a real browser, at 1280x800 and on a phone (390x844 at 3x): the advice's first credential
// is the target until the user picks one; "Make this my target" in Compare makes the pick; Assess, the
// estimate, the saved plan and the share link follow it, and the advice card offers its own pick back.
// Screenshots of each step.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, findItem, items, settle, tap, snapshot, screenshot, scrollUntil, waitSaved } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

// Scrolls the panel under (x, y) until the item with this label and role is drawn whole; returns it.
const scrollTo = (page, label, role, x, y) =>
  scrollUntil(page, (it) => it.label === label && it.role === role, x, y, label, 40);

for (const phone of [false, true]) {
  const size = phone ? "390x844" : "1280x800";
  test(`the advice's pick is the target until the user makes another one theirs (${size})`, async () => {
    const b = await launch({ phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const press = phone ? tap : click;
      const vw = page.viewportSize();
      const texts = async () => (await items(page)).map((i) => i.label);
      await press(page, "Plan", "tab");
      await press(page, "Cloud platform at work", "combo");
      await press(page, "AWS", "option");
      let snap = await snapshot(page);
      assert.deepEqual(snap.target, { credential: "aws-mla-c02", origin: "advice", status: "beta", retirement: "" });
      assert.equal(snap.advice.first_credential, "aws-mla-c02");
      if (!phone) assert.ok((await texts()).includes("How long for AWS MLA-C02"), "the estimate follows the advice");
      await screenshot(page, `target-advice-${size}`);

      await press(page, "Compare", "tab");
      const x = phone ? vw.width / 2 : vw.width * 0.75;
      // On a phone the answer comes first: the credentials' rows sit below it.
      if (phone) await scrollTo(page, "Google PMLE", "selectable", x, vw.height / 2);
      await press(page, "Google PMLE", "selectable");
      await scrollTo(page, "Make this my target", "button", x, vw.height / 2);
      await press(page, "Make this my target", "button");
      snap = await snapshot(page);
      assert.deepEqual(snap.target, { credential: "google-pmle", origin: "user", status: "active", retirement: "" });
      assert.equal(snap.plan.plan.target_chosen, true);
      assert.equal(snap.advice.first_credential, "aws-mla-c02", "the advice itself is unchanged");
      assert.ok((await texts()).includes("Your target: you chose it."));
      await screenshot(page, `target-compare-${size}`);

      await press(page, "Assess", "tab");
      assert.equal((await findItem(page, "Exam", "combo")).value, "Google PMLE");

      await press(page, "Plan", "tab");
      // The advice card sits below the questions (their "what it changes" lines make them tall).
      await scrollTo(page, "(your target is Google PMLE, your choice)", "text", phone ? x : vw.width * 0.25, vw.height / 2);
      const said = await texts();
      assert.ok(said.includes("(your target is Google PMLE, your choice)"), "the advice card says whose target it is");
      if (!phone) assert.ok(said.includes("How long for Google PMLE"), "the estimate follows the pick");
      await screenshot(page, `target-plan-${size}`);

      // Saved: a reload keeps the pick; the share link carries it.
      await waitSaved(page);
      await page.reload();
      await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
      await settle(page);
      assert.deepEqual((await snapshot(page)).target, { credential: "google-pmle", origin: "user", status: "active", retirement: "" });
      const link = await page.evaluate(() => window.certplan.shareUrl());
      const other = await launch({ phone });
      try {
        const opened = await openApp(other.context, link.replace(/#.*/, ""), { hash: new URL(link).hash.slice(1) });
        const shared = await snapshot(opened.page);
        assert.equal(shared.share.viewing_shared, true);
        assert.deepEqual(shared.target, { credential: "google-pmle", origin: "user", status: "active", retirement: "" });
        assert.deepEqual(opened.watch.errors, []);
      } finally {
        await other.close();
      }

      // The advice card gives the advice's pick back in one press.
      await press(page, "Plan", "tab");
      await scrollTo(page, "Make this my target", "button", phone ? x : vw.width * 0.25, vw.height / 2);
      await press(page, "Make this my target", "button");
      snap = await snapshot(page);
      assert.deepEqual(snap.target, { credential: "aws-mla-c02", origin: "user", status: "beta", retirement: "" });
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });
}

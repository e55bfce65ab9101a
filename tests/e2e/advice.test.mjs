// Advice in a real browser, at 1280x800 and on a phone (390x844 at 3x): an Azure team gets AI-103 as
// certplan's rule, its status as data has it; a "skip" verdict leads with what to do instead and shows the exam
// plan only when asked. Screenshots of each.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, items, tap, reveal, scrollToTop, snapshot, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

for (const phone of [false, true]) {
  const size = phone ? "390x844" : "1280x800";
  test(`an Azure team gets certplan's rule, and a skip verdict offers the exam plan only as a choice (${size})`, async () => {
    const b = await launch({ phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const press = phone ? tap : click;
      const texts = async () => (await items(page)).map((i) => i.label);
      await press(page, "Plan", "tab");
      await press(page, "Cloud platform at work", "combo");
      await press(page, "Azure", "option");
      let snap = await snapshot(page);
      assert.equal(snap.advice.first_credential, "azure-ai-103");
      await reveal(page, /^certplan's rule for an Azure team/);  // the advice sits below the questions
      let said = await texts();
      assert.ok(said.some((t) => t.startsWith("certplan's rule for an Azure team") && t.endsWith("(certplan's rule)")), "marked as certplan's rule");
      assert.ok(!said.some((t) => t.startsWith("certplan's rule") && t.includes("(source article)")), "never the article's");
      // Its status is said as data has it: AI-103 is out of beta since the content pass, so no beta warning.
      assert.ok(!said.some((t) => /In beta/.test(t)), "no beta warning for an exam that is out of beta");
      await screenshot(page, `advice-azure-${size}`);

      // Back to the top of each panel, where the questions are.
      await scrollToTop(page);
      await press(page, "Target employer", "combo");
      await press(page, "Startup or mid-size product company", "option");
      snap = await snapshot(page);
      assert.equal(snap.advice.verdict, "skip");
      assert.equal(snap.advice.exam_plan_shown, false);
      await reveal(page, "What the article says to do instead:");
      said = await texts();
      const instead = said.indexOf("What the article says to do instead:");
      assert.ok(instead >= 0, "leads with what to do instead");
      // The article's alternative, said (issue 26.7: it used to go straight to the reasons, with nothing to do).
      await reveal(page, /^Build a project portfolio instead:/);
      assert.ok(!(await texts()).some((t) => /^How long for /.test(t)), "no exam plan until asked");
      await screenshot(page, `advice-skip-${size}`);
      await reveal(page, "Plan for an exam anyway", "button");
      await press(page, "Plan for an exam anyway", "button");
      snap = await snapshot(page);
      assert.equal(snap.advice.exam_plan_shown, true);
      assert.equal(snap.plan.plan.profile.exam_plan_chosen, true);
      await reveal(page, /^How long for /);
      assert.ok((await texts()).some((t) => /^How long for /.test(t)), "the estimate is drawn");
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });
}

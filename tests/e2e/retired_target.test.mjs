// A saved plan whose target has retired since (MLA-C01: its English delivery's last day was 2026-09-28): on
// opening, one notice names the change and offers the successor; the plan is kept until the user chooses. The
// switch carries answers over where the successor's items name the old ones (data/checklists.json
// "carried_from"), says how many were not, and keeps the old answers in the plan. Screenshot:
// tests/e2e/out/retired-target.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serveDist, openApp, snapshot, settle, screenshot, reveal, click, waitSaved, root } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const checklists = JSON.parse(readFileSync(join(root, "data", "checklists.json"), "utf8")).checklists;

// mla-3-7 (SageMaker AI compute choice) has no MLA-C02 item naming it: not carried over.
const oldAnswers = { "mla-1-1": "learning", "mla-2-3": "in_production", "mla-3-1": "can_explain", "mla-4-1": "not_yet", "mla-3-7": "learning" };
const storedPlan = JSON.stringify({
  format: "certplan-plan", version: 6,
  plan: { credential: "aws-mla-c01", target_chosen: true, profile: { cloud: "aws", target_date: "2027-03-26" },
          answers: { "aws-mla-c01": oldAnswers } },
});

// What the data says the switch carries: each MLA-C02 item naming old items takes the lowest of their answers.
const order = ["not_yet", "learning", "can_explain", "in_production"];
function expectedCarried() {
  const c02 = checklists.find((c) => c.credential === "aws-mla-c02");
  const out = {};
  for (const item of (c02 ? c02.items : [])) {
    const rated = (item.carried_from || []).map((id) => oldAnswers[id]).filter(Boolean);
    if (rated.length) out[item.id] = rated.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
  }
  return out;
}

test("a saved plan targeting a retired exam: one notice, the switch, the old answers kept", async () => {
  const b = await launch();
  try {
    let { page, watch } = await openApp(b.context, url);
    await page.evaluate((p) => localStorage.setItem("certplan.plan", p), storedPlan);
    await page.goto(url);  // not reload(): the address holds the first plan's link
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
    await settle(page);

    let snap = await snapshot(page);
    assert.equal(snap.target.credential, "aws-mla-c01", "the plan is kept as it was");
    assert.equal(snap.target.status, "retired");
    const notices = snap.notices.filter((n) => /can no longer be booked/.test(n));
    assert.equal(notices.length, 1, "one notice names the change");
    assert.match(notices[0], /AWS MLA-C01, can no longer be booked: its English delivery ended on 2026-09-28\. Its successor is AWS MLA-C02/);
    await screenshot(page, "retired-target");

    // The notice's button switches.
    const button = await reveal(page, "Switch to AWS MLA-C02", "button");
    await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
    await settle(page);
    snap = await snapshot(page);
    assert.equal(snap.target.credential, "aws-mla-c02");
    assert.equal(snap.plan.plan.credential, "aws-mla-c02");
    assert.deepEqual(snap.plan.plan.answers["aws-mla-c01"], oldAnswers, "the old answers stay in the plan");
    const carried = expectedCarried();
    assert.deepEqual(snap.plan.plan.answers["aws-mla-c02"] || {}, carried, "answers carried where the data maps them");
    const c02 = checklists.find((c) => c.credential === "aws-mla-c02");
    const mapped = new Set(c02.items.flatMap((i) => i.carried_from || []));
    const notCarried = Object.keys(oldAnswers).filter((id) => !mapped.has(id)).length;
    const n = Object.keys(carried).length;
    assert.ok(n > 0 && notCarried > 0, "the fixture plan has answers of both kinds");
    assert.ok(snap.notices.includes(`Your target is now AWS MLA-C02. ${n} answers carried over to its checklist; ${notCarried} answer` +
                                    `${notCarried === 1 ? "" : "s"} not carried over (AWS MLA-C02 has no item that takes ${notCarried === 1 ? "it" : "them"} over). ` +
                                    "Your AWS MLA-C01 answers stay in your plan."), "the switch says what was carried over, and what was not");
    assert.equal(snap.notices.filter((n) => /can no longer be booked/.test(n)).length, 0, "the offer is answered");
    assert.equal(snap.target.retirement, "");
    await waitSaved(page);
    await screenshot(page, "retired-target-switched");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("the Plan view says a target ends before the exam day and offers the switch there too", async () => {
  const b = await launch();
  try {
    let { page } = await openApp(b.context, url);
    await page.evaluate((p) => localStorage.setItem("certplan.plan", p), storedPlan);
    await page.goto(url);
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
    await settle(page);
    await click(page, "Plan", "tab");
    const snap = await snapshot(page);
    assert.match(snap.target.retirement, /^Your target, AWS MLA-C01, can no longer be booked/);
    await reveal(page, "Switch to AWS MLA-C02", "button");
    await screenshot(page, "retired-target-plan");
  } finally {
    await b.close();
  }
});

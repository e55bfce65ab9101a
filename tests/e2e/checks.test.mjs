// "Check me": under each Assess domain, the domain's scenario questions one at a time (options A-D as radios, in
// an order of each attempt's own), instant feedback with every option's reason and the source link, a score, a
// retake in a new order; the answers are saved with the plan by option (its index in the data, whatever letter it
// was shown at), and a check well below the self-rating lowers the domain the plan counts.
// The questions come with the catalog's late part: until it is in, Assess shows its loading line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serveDist, openApp, click, findItem, items, snapshot, settle, screenshot, reveal, swipe, tap, root, waitSaved, eventually } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const bank = JSON.parse(readFileSync(join(root, "data", "questions.json"), "utf8")).questions;
const byId = new Map(bank.map((q) => [q.id, q]));
const letters = ["A", "B", "C", "D"];
const d1Questions = bank.filter((q) => q.credential === "google-pmle" && q.domain === "d1").length;

// google-pmle as the chosen target, every item of its first domain (d1) rated "done it in production":
// the domain self-rates 100%.
const d1Items = ["gp-1-1", "gp-1-2", "gp-1-4", "gp-1-5", "gp-4-4", "gp-1-6", "gp-1-7"];
const storedPlan = JSON.stringify({
  format: "certplan-plan", version: 7,
  plan: { credential: "google-pmle", target_chosen: true, profile: {},
          answers: { "google-pmle": Object.fromEntries(d1Items.map((i) => [i, "in_production"])) } },
});
async function openWithPlan(b, options) {
  const { page, watch } = await openApp(b.context, url, options);
  await page.evaluate((p) => localStorage.setItem("certplan.plan", p), storedPlan);
  await page.goto(url);  // not reload(): the address still holds the first plan's link, which would open as a shared plan
  await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
  await settle(page);
  return { page, watch };
}

// The question shown: its id is the context of its option radios.
async function shown(page) {
  await reveal(page, "A", "radio");
  const a = (await items(page)).find((i) => i.role === "radio" && i.label === "A" && /-d\d+-q\d+$/.test(i.context || ""));
  assert.ok(a, "a question's options are shown");
  return byId.get(a.context);
}

// The order the question's options are shown in: for A, B, C, D, the option's index in the data (the mirror
// names each radio by its option's text).
async function shownOrder(page, q) {
  const radios = (await items(page)).filter((i) => i.role === "radio" && i.context === q.id);
  assert.deepEqual(radios.map((r) => r.label), letters);
  const order = radios.map((r) => q.options.findIndex((o) => o.text === r.description));
  assert.deepEqual([...order].sort(), [0, 1, 2, 3], "each option is shown once");
  return order;
}

// Answers the question shown with its best option or its first wrong one, at whatever letter it is shown;
// returns the question's id and the order its options were shown in.
async function answer(page, best, press = (it) => page.mouse.click(it.x + it.h / 2, it.y + it.h / 2)) {
  const q = await shown(page);
  const order = await shownOrder(page, q);
  const index = q.options.findIndex((o) => o.best === best);
  const radio = await reveal(page, letters[order.indexOf(index)], "radio");
  await press(radio);
  await settle(page);
  assert.equal((await snapshot(page)).plan.plan.checks[q.id], index, "the answer is in the plan at once, by option");
  return { id: q.id, order };
}

async function next(page, last, press) {
  const it = await reveal(page, last ? "See my score" : "Next question", "button");
  await (press ? press(it) : page.mouse.click(it.x + it.w / 2, it.y + it.h / 2));
  await settle(page);
}

test("check a domain: one question at a time, feedback and source, a score that lowers the domain, a retake in new orders, kept on reload", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openWithPlan(b);
    const n = d1Questions;
    await click(page, "Assess", "tab");
    assert.equal((await snapshot(page)).readiness.domains[0].self_rated, 1);
    assert.equal((await snapshot(page)).readiness.domains[0].checked, null, "not checked yet");
    await reveal(page, "Self-rated 100%; checked not yet.");
    const start = await reveal(page, "Check me", "button");
    await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);
    await settle(page);
    const first = [];
    for (let i = 0; i < n; ++i) {
      await reveal(page, `Question ${i + 1} of ${n}`);
      const wrong = i === 1 || i === 2;  // two wrong: n - 2 of n, lowered from 100% at 3, 4 or 5 questions
      const shownNow = await answer(page, !wrong);
      first.push(shownNow);
      await reveal(page, wrong ? "Not the best choice: the best is marked below." : "Right: that is the best choice.", "status");
      // Every option's reason in the order shown, the best one marked, and the source as a link.
      const q = byId.get(shownNow.id);
      for (const [k, index] of shownNow.order.entries()) {
        const o = q.options[index];
        await reveal(page, `${letters[k]}${o.best ? " (best)" : ""}: ${o.why}`);
      }
      const source = await reveal(page, /^Source: /, "link");
      assert.match(source.value, /^https:\/\//);
      if (i === 1) await screenshot(page, "check-feedback-1280x800");
      await next(page, i === n - 1);
    }
    await reveal(page, `Score: ${n - 2} of ${n} right.`, "status");
    let d1 = (await snapshot(page)).readiness.domains[0];
    assert.ok(Math.abs(d1.checked - (n - 2) / n) < 1e-9, `checked ${d1.checked}`);
    assert.equal(d1.self_rated, 1);
    assert.equal(d1.lowered, true, `${n - 2} of ${n} is more than 25 points under 100%`);
    assert.ok(Math.abs(d1.readiness - (n - 2) / n) < 1e-9, "the plan counts the checked figure");
    const pct = `${Math.round((100 * (n - 2)) / n)}%`;
    await reveal(page, `Self-rated 100%; checked ${pct} (${n - 2} of ${n}).`);
    await reveal(page, `The plan counts this domain at ${pct}, its checked figure: well below your self-rating.`);
    assert.deepEqual((await snapshot(page)).plan.plan.check_attempts, { "google-pmle/d1": 1 }, "one attempt finished, saved");
    await screenshot(page, "check-score-1280x800");

    // A retake: a new question order and, for every question, a new option order; all right this time.
    const again = await reveal(page, "Retake in a new order", "button");
    await page.mouse.click(again.x + again.w / 2, again.y + again.h / 2);
    await settle(page);
    const second = [await answer(page, true)];
    // A reload in the middle of the attempt shows the same attempt: the same question first, its options in the same order.
    await waitSaved(page);
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
    await settle(page);
    await click(page, "Assess", "tab");
    const resume = await reveal(page, "Check me", "button");
    await page.mouse.click(resume.x + resume.w / 2, resume.y + resume.h / 2);
    await settle(page);
    const q1 = await shown(page);
    assert.equal(q1.id, second[0].id, "the attempt's first question again after the reload");
    assert.deepEqual(await shownOrder(page, q1), second[0].order, "its options in the same order after the reload");
    await screenshot(page, "check-retake-order-1280x800");
    await answer(page, true);
    await next(page, n === 1);
    for (let i = 1; i < n; ++i) {
      second.push(await answer(page, true));
      await next(page, i === n - 1);
    }
    assert.notDeepEqual(second.map((x) => x.id), first.map((x) => x.id), "a retake asks in a new order");
    for (const { id, order } of second) {
      const before = first.find((x) => x.id === id);
      assert.notDeepEqual(order, before.order, `${id}: its options in a new order`);
    }
    await reveal(page, `Score: ${n} of ${n} right.`, "status");
    d1 = (await snapshot(page)).readiness.domains[0];
    assert.equal(d1.checked, 1);
    assert.equal(d1.lowered, false);

    await waitSaved(page);
    const saved = (await snapshot(page)).plan;
    assert.equal(Object.keys(saved.plan.checks).length, n, "every answer is saved with the plan");
    for (const { id } of second) assert.equal(saved.plan.checks[id], byId.get(id).options.findIndex((o) => o.best), `${id}: saved by option`);
    assert.deepEqual(saved.plan.check_attempts, { "google-pmle/d1": 2 });
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
    const after = await snapshot(page);
    assert.deepEqual(after.plan, saved, "the answers survive a reload");
    assert.equal(after.readiness.domains[0].checked, 1);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("by keyboard: Tab reaches the options one by one, Enter answers; in the mirror the options are radios", async () => {
  const b = await launch();
  try {
    const { page } = await openWithPlan(b);
    await click(page, "Assess", "tab");
    const start = await reveal(page, "Check me", "button");
    assert.ok(start.description, "the mirror names Check me by its domain");
    await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);  // the canvas has the keyboard
    await settle(page);
    const q1 = await shown(page);
    // On the canvas: Tab control by control until the first option, then each Tab moves to the next one.
    const focused = async () => (await items(page)).find((i) => i.focused);
    let f;
    for (let n = 0; n < 120 && !(f && f.role === "radio" && f.label === "A" && f.context === q1.id); ++n) {
      await page.keyboard.press("Tab");
      await settle(page);
      f = await focused(page);
    }
    assert.equal(`${f.role}:${f.label}:${f.context}`, `radio:A:${q1.id}`, "Tab reaches the first option");
    for (const letter of ["B", "C", "D"]) {
      await page.keyboard.press("Tab");
      await settle(page);
      f = await focused(page);
      assert.equal(`${f.role}:${f.label}`, `radio:${letter}`, "each Tab moves to the next option");
    }
    const order1 = await shownOrder(page, q1);
    await page.keyboard.press("Enter");
    await settle(page);
    assert.equal(await eventually(async () => (await snapshot(page)).plan.plan.checks[q1.id], order1[3]), order1[3],
                 "Enter answers with the focused option (D), saved as that option's index in the data");
    await reveal(page, q1.options[order1[3]].best ? "Right: that is the best choice." : "Not the best choice: the best is marked below.", "status");

    // Through the accessibility mirror: Enter on "Next question", then on the best option's radio, named by its text.
    const viaMirror = async (locator) => {
      await locator.first().waitFor({ state: "attached", timeout: 5000 });
      await locator.focus();
      await page.keyboard.press("Enter");
      await settle(page);
    };
    await reveal(page, "Next question", "button");
    await viaMirror(page.getByRole("button", { name: "Next question" }));
    const q2 = await shown(page);
    assert.notEqual(q2.id, q1.id);
    await reveal(page, "D", "radio");
    const best = q2.options.findIndex((o) => o.best);
    const radio = page.getByRole("radio", { name: `${letters[(await shownOrder(page, q2)).indexOf(best)]}: ${q2.options[best].text}` });
    await radio.first().waitFor({ state: "attached", timeout: 5000 });
    assert.equal(await radio.count(), 1, "the best option is one radio in the mirror, named by its text");
    await viaMirror(radio);
    assert.equal(await eventually(async () => (await snapshot(page)).plan.plan.checks[q2.id], best), best);
    await page.getByText("Right: that is the best choice.").first().waitFor({ state: "attached", timeout: 5000 });
  } finally {
    await b.close();
  }
});

test("on a phone (390x844): options are radios at least 44 px, a tap answers, the feedback follows", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openWithPlan(b);
    await tap(page, "Assess", "tab");
    const start = await reveal(page, "Check me", "button");
    assert.ok(start.h >= 44, `Check me is ${start.h} px tall`);
    await tap(page, "Check me", "button");
    const q = await shown(page);
    await reveal(page, "D", "radio");
    const radios = (await items(page)).filter((i) => i.role === "radio" && i.context === q.id);
    assert.deepEqual(radios.map((r) => r.label), letters);
    for (const r of radios) assert.ok(r.h >= 44 && r.w >= 44, `option ${r.label} is ${r.w}x${r.h} px`);
    await screenshot(page, "check-question-390x844");
    const { id } = await answer(page, true, (it) => page.touchscreen.tap(it.x + it.h / 2, it.y + it.h / 2));
    assert.equal(id, q.id);
    await reveal(page, "Right: that is the best choice.", "status");
    await screenshot(page, "check-feedback-390x844");
    const nextButton = await reveal(page, "Next question", "button");
    assert.ok(nextButton.h >= 44);
    await tap(page, "Next question", "button");
    // The next question's first line sits just above the scrolling list: a finger drags the list down a little
    // (from inside it: the header above it does not scroll).
    await swipe(page, 195, -200, 400);
    await findItem(page, `Question 2 of ${d1Questions}`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("while the late part is not in, Assess shows its loading line; Check me comes with it", async () => {
  const b = await launch({ blockServiceWorkers: true });
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    const held = [];
    let release = false;
    await page.route("**/catalog-late.bin", (route) => (release ? route.continue() : held.push(route)));
    await page.goto(url);
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 60000 });
    await settle(page);
    await click(page, "Assess", "tab");
    await reveal(page, "Loading the checklists…", "status");
    assert.ok(!(await items(page)).some((i) => i.label === "Check me"));
    release = true;
    for (const r of held.splice(0)) await r.continue();
    await page.waitForFunction(() => window.certplan.complete === true, null, { timeout: 20000 });
    await settle(page);
    await reveal(page, "Check me", "button");
  } finally {
    await b.close();
  }
});

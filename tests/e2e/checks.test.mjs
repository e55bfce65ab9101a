// "Check me": the scenario questions arrive after the first frame (late data), the domain's check asks
// them one at a time with feedback and a score, answers are saved, a retake asks in a new order, a check
// well below the self-rating lowers the domain, and the questions work offline after one visit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serveDist, openApp, click, findItem, items, snapshot, settle, screenshot, rate, root, waitSaved } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const bank = JSON.parse(readFileSync(join(root, "data", "questions.json"), "utf8")).questions;
const byId = new Map(bank.map((q) => [q.id, q]));

const matches = (i, label, role) => (label instanceof RegExp ? label.test(i.label) : i.label === label) && (!role || i.role === role);

// Scrolls the checklist pane (the whole page on a phone) with the wheel until `found` returns something
// fully in view: the interface lists only what it draws, so an item below the fold is not there yet.
async function scrollUntil(page, found) {
  const vh = await page.evaluate(() => innerHeight);
  const vw = await page.evaluate(() => innerWidth);
  for (let i = 0; i < 40; ++i) {
    const all = await items(page);
    const hit = found(all);
    if (hit && hit.y >= 50 && hit.y + hit.h <= vh - 10) return hit;
    await page.mouse.move(Math.min(300, vw / 2), vh / 2);
    await page.mouse.wheel(0, hit ? Math.max(-300, Math.min(300, hit.y - vh / 2)) : 300);
    await settle(page, 6);
  }
  throw new Error("could not scroll to the item");
}
const reach = (page, label, role) => scrollUntil(page, (all) => all.find((i) => matches(i, label, role)));

// The option radios of the question shown (their labels are the options' text), once all four are in view.
const isOption = (i) => i.role === "radio" && /-d\d+-q\d+$/.test(i.context || "");
async function optionsShown(page) {
  await scrollUntil(page, (all) => all.filter(isOption)[3]);
  return (await items(page)).filter(isOption);
}

async function answer(page, pickBest) {
  const opts = await optionsShown(page);
  assert.equal(opts.length, 4, "four options, each a radio");
  const q = byId.get(opts[0].context);
  const want = q.options.find((o) => o.best === pickBest).text;
  const it = await reach(page, want, "radio");
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  await settle(page);
  return q.id;
}

test("the questions load after the first frame; until then the domain says they are loading", async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route("**/questions.bin", async (route) => { await held; await route.continue(); });
    await page.goto(url);
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 60000 });
    await settle(page);
    await click(page, "Assess", "tab");
    assert.equal((await snapshot(page)).questions, "loading");
    await findItem(page, "Scenario questions are loading...");
    release();
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
    await settle(page);
    await findItem(page, "Check me: 3 questions", "button");
  } finally {
    await b.close();
  }
});

test("check a domain: one question at a time, feedback, score, saved answers, a retake in a new order", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
    await settle(page);
    const start = await reach(page, "Check me: 3 questions", "button");
    await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);
    await settle(page);
    const firstOrder = [];
    for (let i = 0; i < 3; ++i) {
      firstOrder.push(await answer(page, i !== 1));  // right, wrong, right
      await findItem(page, i !== 1 ? "Right: that is the best choice." : "Not the best choice. The best one is marked below.");
      if (i === 0) await screenshot(page, "check-feedback-1280x800");
      const next = await reach(page, i < 2 ? "Next question" : "See my score", "button");
      await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);
      await settle(page);
    }
    await findItem(page, "Score: 2 of 3 right.", "status");
    await screenshot(page, "check-score-1280x800");
    await waitSaved(page);
    const saved = (await snapshot(page)).plan;
    assert.equal(Object.keys(saved.plan.checks["google-pmle"]).length, 3, "every answer is saved with the plan");
    const d1 = (await snapshot(page)).readiness.domains[0];
    assert.equal(d1.check_complete, true);
    assert.ok(Math.abs(d1.checked - 2 / 3) < 1e-9);

    const again = await reach(page, "Retake in a new order", "button");
    await page.mouse.click(again.x + again.w / 2, again.y + again.h / 2);
    await settle(page);
    const secondFirst = (await optionsShown(page))[0].context;
    const secondOrder = [secondFirst];
    for (let i = 0; i < 3; ++i) {
      if (i > 0) secondOrder.push((await optionsShown(page))[0].context);
      await answer(page, true);
      const next = await reach(page, i < 2 ? "Next question" : "See my score", "button");
      await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);
      await settle(page);
    }
    assert.notDeepEqual(secondOrder, firstOrder, "a retake asks in a new order");
    await findItem(page, "Score: 3 of 3 right.", "status");

    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true);
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
    assert.equal((await snapshot(page)).readiness.domains[0].checked, 1, "the latest answers survive a reload");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("a check well below the self-rating lowers the domain, and the page says so", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
    // Rate every item of the first domain "Done it in production": self-rated 100%.
    const d1Items = (await items(page)).filter((i) => i.role === "radio" && i.label === "Done it in production" && /^gp-1-/.test(i.context));
    for (const it of d1Items) {
      const r = await reach(page, "Done it in production", "radio").then(async () =>
        (await items(page)).find((x) => x.role === "radio" && x.label === "Done it in production" && x.context === it.context));
      if (r.y < 60) continue;
      await rate(page, "Done it in production", it.context);
    }
    const start = await reach(page, "Check me: 3 questions", "button");
    await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);
    await settle(page);
    for (let i = 0; i < 3; ++i) {
      await answer(page, false);
      const next = await reach(page, i < 2 ? "Next question" : "See my score", "button");
      await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);
      await settle(page);
    }
    const d1 = (await snapshot(page)).readiness.domains[0];
    assert.equal(d1.lowered, true);
    assert.equal(d1.readiness, 0, "the domain counts as its checked figure, 0 of 3");
    await findItem(page, /^Your plan counts this domain as 0%, the checked figure/);
    await screenshot(page, "check-lowered-1280x800");
  } finally {
    await b.close();
  }
});

test("on a phone the answers are radios at least 44 px tall", async () => {
  const b = await launch({ phone: true });
  try {
    const { page } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
    const start = await reach(page, "Check me: 3 questions", "button");
    await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
    await settle(page);
    const opts = await optionsShown(page);
    assert.equal(opts.length, 4);
    for (const o of opts) assert.ok(o.h >= 44, `option "${o.label.slice(0, 30)}" is ${o.h} px tall`);
    await reach(page, opts[0].label, "radio");
    await screenshot(page, "check-390x844@3x");
  } finally {
    await b.close();
  }
});

test("after one visit the questions work with the network off", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20000 }).catch(async () => {
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    });
    await b.context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 30000 });
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
  } finally {
    await b.context.setOffline(false);
    await b.close();
  }
});

test("the single-file page carries the questions inline (file:// has nothing to fetch from)", async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    const { pathToFileURL } = await import("node:url");
    await page.goto(pathToFileURL(join(root, "dist", "certplan-offline.html")).href);
    await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 60000 });
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
  } finally {
    await b.close();
  }
});

test("by keyboard through the accessibility mirror: the options are radios, Enter answers, the feedback is read", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    await page.waitForFunction(() => window.certplan.snapshot().questions === "ready", null, { timeout: 20000 });
    await reach(page, "Check me: 3 questions", "button");
    await page.waitForTimeout(250);  // the mirror refreshes at most ten times a second
    const pressKey = async (locator) => {
      await locator.focus();
      await page.keyboard.press("Enter");
      await settle(page);
      await page.waitForTimeout(250);
    };
    await pressKey(page.getByRole("button", { name: "Check me: 3 questions" }));
    const opts = await optionsShown(page);
    await page.waitForTimeout(250);
    const q = byId.get(opts[0].context);
    const best = q.options.find((o) => o.best).text;
    const radios = page.getByRole("radio", { name: best });
    assert.equal(await radios.count(), 1, "the best option is a radio in the mirror");
    await pressKey(radios);
    assert.equal(Object.values((await snapshot(page)).plan.plan.checks["google-pmle"])[0], q.options.findIndex((o) => o.best));
    await page.getByText("Right: that is the best choice.").first().waitFor({ state: "attached", timeout: 5000 });
  } finally {
    await b.close();
  }
});

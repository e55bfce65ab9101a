// The keyboard alone, from page load, at 1280x800: Tab and Shift+Tab move control by control through the
// whole view in reading order (no panel to enter first), Space and Enter operate, the arrow keys move
// within a list, Escape leaves it. No mouse event is sent in this file. Which control has the focus is
// read from window.certplan.items() (ImGui's keyboard focus).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, items, snapshot, settle, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const kControls = new Set(["button", "checkbox", "radio", "tab", "slider", "combo", "selectable", "option", "treeitem", "link"]);
// The comparison's column headers sort it: controls too. (Other tables' headers only name their column.)
const kSortHeaders = new Set(["Credential", "Status", "Fee", "Enterprise", "Pass rate", "Platform", "Length", "Valid for"]);
const isControl = (i) => kControls.has(i.role) || (i.role === "columnheader" && kSortHeaders.has(i.label));
// Controls may share a label (several facts cite one source): ImGui's id tells them apart.
const key = (it) => `${it.role}:${it.label}${it.context ? "@" + it.context : ""}${it.id ? "#" + it.id : ""}`;

async function focused(page) {
  return (await items(page)).find((i) => i.focused);
}

async function press(page, k) {
  await page.keyboard.press(k);
  await settle(page);
}

// Presses Tab (or Shift+Tab) until `want` has the focus; returns the controls passed on the way.
async function tabTo(page, want, { back = false, limit = 80 } = {}) {
  const passed = [];
  for (let n = 0; n < limit; ++n) {
    await press(page, back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (f) passed.push(f);
    if (f && want(f)) return passed;
  }
  throw new Error(`Tab never reached the control; passed: ${passed.map(key).join(" | ")}`);
}

test("Tab moves control by control through the whole Compare view in reading order, Shift+Tab back", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    const all = (await items(page)).filter(isControl);
    // From page load: Tab after Tab, until the focus comes round to the first control again.
    const visited = [];
    for (let n = 0; n < 120; ++n) {
      await press(page, "Tab");
      const f = await focused(page);
      assert.ok(f, `after ${n + 1} Tab presses some control has the focus`);
      assert.ok(isControl(f), `the focus is on a control, not on a panel: ${key(f)}`);
      if (visited.length && key(f) === key(visited[0])) break;
      assert.ok(!visited.some((v) => key(v) === key(f)), `each Tab moves on to a new control (${key(f)} came twice)`);
      visited.push(f);
      if (f.label === "Answer the questions") await screenshot(page, "keyboard-focus-1280x800");
    }
    const names = visited.map(key);
    for (const it of all) assert.ok(names.includes(key(it)), `Tab reaches ${key(it)}; it visited: ${names.join(" | ")}`);
    // Reading order: all four tabs, then the filters, the table's rows, the advice below them, then the details.
    const at = (pred) => visited.findIndex(pred);
    const order = [at((i) => i.role === "tab" && i.label === "Compare"), at((i) => i.role === "tab" && i.label === "Share"),
      at((i) => i.label === "Platform" && i.role === "combo"),
      at((i) => i.label === "Retired"), at((i) => i.role === "selectable"), at((i) => i.label === "Answer the questions")];
    assert.ok(order.every((i) => i >= 0), `met every landmark: ${order}`);
    assert.deepEqual([...order].sort((x, y) => x - y), order, `reading order: ${names.join(" | ")}`);
    // Shift+Tab goes back one control at a time.
    const here = await focused(page);
    await press(page, "Shift+Tab");
    const prev = await focused(page);
    assert.equal(key(prev), key(visited[visited.length - 1]), `Shift+Tab from ${key(here)} goes back to the last control`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("from page load, by keyboard alone: switch the exam, rate an item, answer a question", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    // The Assess tab: Tab to it, Enter opens it.
    await tabTo(page, (f) => f.role === "tab" && f.label === "Assess");
    await press(page, "Enter");
    assert.equal((await snapshot(page)).view, "assess");

    // The exam: Tab to its list, Enter opens it, Escape leaves it unchanged; then Down and Enter pick the next one.
    const before = (await snapshot(page)).plan.plan.credential;
    await tabTo(page, (f) => f.role === "combo" && f.label === "Exam");
    await press(page, "Enter");
    assert.ok((await items(page)).some((i) => i.role === "option"), "Enter opens the list");
    await press(page, "Escape");
    assert.ok(!(await items(page)).some((i) => i.role === "option"), "Escape closes the list");
    assert.equal((await snapshot(page)).plan.plan.credential, before, "Escape changes nothing");
    await press(page, "Enter");
    await press(page, "ArrowDown");
    await press(page, "Enter");
    const switched = (await snapshot(page)).plan.plan.credential;
    assert.notEqual(switched, before, "Down and Enter pick another exam");

    // A rating: Tab to the first item's ratings, the arrow key moves to the next rating, Space chooses it.
    const first = await tabTo(page, (f) => f.role === "radio");
    const radio = first[first.length - 1];
    assert.equal(radio.label, "Not yet");
    await press(page, "ArrowRight");
    const next = await focused(page);
    assert.equal(next.role, "radio");
    assert.equal(next.context, radio.context, "the arrow stays within the item's ratings");
    await press(page, "Space");
    let snap = await snapshot(page);
    assert.equal(snap.readiness.rated, 1, "Space rated the item");
    assert.equal(snap.plan.plan.answers[switched][radio.context], "learning");
    await screenshot(page, "keyboard-rated-1280x800");

    // A question: to the Plan tab by Shift+Tab (back up through the view to the tabs), Enter, then Tab to
    // the first question's list and pick its first answer.
    await tabTo(page, (f) => f.role === "tab" && f.label === "Plan", { back: true });
    await press(page, "Enter");
    assert.equal((await snapshot(page)).view, "plan");
    await tabTo(page, (f) => f.role === "combo" && f.label === "Your background");
    await press(page, "Enter");
    await press(page, "ArrowDown");
    await press(page, "Enter");
    snap = await snapshot(page);
    assert.ok(snap.plan.plan.profile.background, `Down and Enter answered the question: ${JSON.stringify(snap.plan.plan.profile)}`);
    await screenshot(page, "keyboard-answered-1280x800");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("the check-in by keyboard: Tab reaches this week's first task, Space ticks it, Tab reaches the hours", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await page.evaluate(() => window.certplan.setToday("2027-01-04"));  // a Monday: the plan starts this week
    await settle(page);
    await tabTo(page, (f) => f.role === "tab" && f.label === "Plan");
    await press(page, "Enter");
    await tabTo(page, (f) => f.role === "checkbox" && f.label.startsWith("Done: "), { limit: 200 });
    await press(page, "Space");
    const snap = await snapshot(page);
    assert.equal(snap.progress.logged, true);
    assert.ok(snap.progress.hours_done > 0);
    await tabTo(page, (f) => f.role === "slider" && f.label === "Hours done", { limit: 40 });
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

// Thumb-sized controls on a phone: at 390x844@3 with touch, every control of every view is at least 44 CSS px
// tall (the common guideline for a touch target), scrolled through from top to bottom, with a combo's
// options too. Boxes come from window.certplan.items() (CSS pixels). Screenshots light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, items, tap, reveal, settle, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const kTarget = 44;
const kControls = new Set(["button", "checkbox", "radio", "tab", "slider", "combo", "selectable", "option", "treeitem"]);
// The comparison's column headers sort it: controls too. (Other tables' headers are only labels.)
const kSortHeaders = new Set(["Credential", "Status", "Fee", "Enterprise", "Pass rate", "Platform", "Length", "Valid for"]);
const name = (i) => `${i.role} "${i.label}"`;
const isControl = (i) => kControls.has(i.role) || (i.role === "columnheader" && kSortHeaders.has(i.label));

// Every control on screen now, by role and label, with its height (a control seen twice keeps its smallest).
async function collect(page, seen) {
  for (const i of await items(page)) {
    if (!isControl(i) || i.w <= 0) continue;
    const key = name(i) + (i.context ? " of " + i.context : "");
    if (!seen.has(key) || seen.get(key) > i.h) seen.set(key, i.h);
  }
}

// Scrolls the view down a screen at a time until the bottom, collecting on the way.
async function walkView(page, seen) {
  let last = "";
  for (let step = 0; step < 40; ++step) {
    await collect(page, seen);
    const now = JSON.stringify((await items(page)).map((i) => [i.label, i.y]));
    if (now === last) break;  // nothing moved: the bottom of the view
    last = now;
    await page.mouse.move(195, 600);
    await page.mouse.wheel(0, 500);
    await settle(page);
  }
}

test("on a phone every control of every view is at least 44 CSS px tall", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, url);
    const seen = new Map();
    for (const view of ["Compare", "Assess", "Plan", "Share"]) {
      await tap(page, view, "tab");
      if (view === "Plan") {
        // The check-in's controls too: a plan started on a Monday, a task ticked, then a week later and behind
        // (the week list, the hours, the re-plan offers and the chart are all on screen).
        await page.evaluate(() => window.certplan.setToday("2027-01-04"));
        await settle(page);
        const task = await reveal(page, /^Done: /, "checkbox");  // below the questions until the plan is followed
        await tap(page, task.label, "checkbox");
        await page.evaluate(() => window.certplan.setToday("2027-01-13"));
        await page.mouse.move(195, 600);
        await page.mouse.wheel(0, -20000);  // back to the top, where the check-in now is
        await settle(page);
      }
      if (view === "Assess") {
        // The first domain's check, open: its option radios and its Next button are controls too.
        await reveal(page, "Check me", "button");
        await tap(page, "Check me", "button");
        await reveal(page, "A", "radio");
        await tap(page, "A", "radio");
        await page.mouse.wheel(0, -20000);  // back to the top for the walk down
        await settle(page);
      }
      await screenshot(page, `touch-targets-${view.toLowerCase()}-390x844`);
      await walkView(page, seen);
      // Back to the top, where each view keeps its combos (credential pickers, questionnaire answers).
      await page.mouse.wheel(0, -20000);
      await settle(page);
      const combo = (await items(page)).find((i) => i.role === "combo" && i.y > 0 && i.y + i.h < 844);
      if (combo) {
        await tap(page, combo.label, "combo");
        await collect(page, seen);
        if (view === "Compare") await screenshot(page, "touch-targets-combo-open-390x844");
        await page.keyboard.press("Escape");
        await settle(page);
      }
    }
    // The same sizes in the dark theme (one screenshot to look at).
    await tap(page, "Compare", "tab");
    await tap(page, "Dark theme", "button");
    await screenshot(page, "touch-targets-compare-390x844-dark");

    const roles = new Set([...seen.keys()].map((k) => k.split(" ")[0]));
    // No columnheader: on a phone the comparison folds into cards, sorted by a "Sort by" combo (measured as a combo).
    for (const role of ["button", "checkbox", "radio", "tab", "combo", "selectable", "option", "treeitem", "slider"])
      assert.ok(roles.has(role), `the walk met a ${role} (it measures every kind of control)`);
    const small = [...seen].filter(([, h]) => h < kTarget - 0.5).map(([k, h]) => `${k}: ${h.toFixed(1)} px`);
    assert.deepEqual(small, [], `controls below ${kTarget} CSS px on a phone`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("with a mouse the controls stay compact", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    const tabs = (await items(page)).filter((i) => i.role === "tab");
    assert.equal(tabs.length, 4);
    for (const t of tabs) assert.ok(t.h < kTarget, `${name(t)} is ${t.h} px: desktop keeps the compact size`);
  } finally {
    await b.close();
  }
});

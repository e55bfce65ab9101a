// The accessibility mirror, used only through the accessibility tree (getByRole), as a screen-reader or
// keyboard user would: pick a credential, rate a checklist item, read the readiness figure. Then an
// axe-core audit of the mirror: no serious or critical violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serveDist, openApp, snapshot, settle, root, screenshot, eventually, click } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

async function press(page, locator) {
  await locator.focus();
  await page.keyboard.press("Enter");
  await settle(page);
  await page.waitForTimeout(250);  // the mirror refreshes at most ten times a second
}

test("pick a credential, rate an item and read readiness through the accessibility tree alone", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await page.waitForTimeout(300);
    // The comparison is a table with column and row headers.
    const table = page.getByRole("table").first();
    await table.getByRole("columnheader", { name: "Fee" }).waitFor();
    const row = table.getByRole("row", { name: /AWS MLA-C01/ });
    assert.match(await row.textContent(), /\$150/);
    // A slider: arrow keys step it, as on the canvas.
    await press(page, page.getByRole("checkbox", { name: "Fee limit" }));
    const slider = page.getByRole("slider", { name: "Maximum fee" });
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await settle(page);
    assert.equal(await eventually(() => slider.getAttribute("aria-valuetext"), "up to $185"), "up to $185");
    assert.ok(!(await snapshot(page)).compare.rows.includes("aws-mls-c01"), "the $300 exam is filtered out");
    await press(page, page.getByRole("tab", { name: "Assess" }));
    await press(page, page.getByRole("combobox", { name: "Exam" }));
    await press(page, page.getByRole("option", { name: "AWS MLA-C01" }));
    assert.equal((await snapshot(page)).plan.plan.credential, "aws-mla-c01");
    const heading = page.getByRole("heading", { name: /^Overall readiness/ });
    assert.equal(await heading.textContent(), "Overall readiness 0%");
    const radio = page.getByRole("radio", { name: /^Done it in production: / }).first();
    await press(page, radio);
    assert.equal(await radio.getAttribute("aria-checked"), "true");
    const text = await heading.textContent();
    assert.match(text, /^Overall readiness [1-9]\d?%$/);
    assert.equal(text, `Overall readiness ${Math.round((await snapshot(page)).readiness.overall * 100)}%`);
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("messages reach the aria-live region", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await page.waitForTimeout(300);
    await press(page, page.getByRole("tab", { name: "Share" }));
    await press(page, page.getByRole("button", { name: "Copy link" }));
    await page.waitForFunction(() => /Link copied/.test(document.getElementById("a11y-live").textContent));
  } finally {
    await b.close();
  }
});

test("axe-core finds no serious or critical violation in the mirror", async () => {
  const b = await launch({ bypassCSP: true });
  try {
    const { page } = await openApp(b.context, url);
    const axe = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
    for (const tab of ["Compare", "Assess", "Plan", "Share"]) {
      await page.waitForTimeout(300);
      await press(page, page.getByRole("tab", { name: tab }));
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
      });
      const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad, [], `${tab}: ${JSON.stringify(bad)}`);
    }
  } finally {
    await b.close();
  }
});

// A keyboard or screen-reader user who moves to a control right after a click keeps it: the mirror follows
// ImGui's focus only from a frame drawn after the mirror's own request (before it, that focus is the click's).
test("a control focused in the mirror just after a click keeps the focus (no pull back to the clicked tab)", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    const slider = page.getByRole("slider", { name: /^Hours per week/ });
    const cdp = await b.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });  // a slow machine widens the window
    const hours = async () => (await snapshot(page)).plan.plan.profile.hours_per_week;
    const active = () => page.evaluate(() => document.activeElement && document.activeElement.getAttribute("aria-label"));
    for (let round = 0; round < 12; ++round) {
      await click(page, "Compare", "tab");
      await click(page, "Plan", "tab");
      await slider.waitFor({ state: "attached" });
      await page.waitForTimeout(150);  // the mirror's last refresh is a while ago: the next runs at once
      // Focus, then a refresh before the app draws again (on a busy machine the refresh timer can win the race).
      await page.evaluate(() => {
        [...document.querySelectorAll("#a11y-mirror [role=slider]")].find((e) => /^Hours per week/.test(e.getAttribute("aria-label"))).focus();
        document.dispatchEvent(new Event("certplan-frame"));
      });
      await page.waitForTimeout(350);  // three of the mirror's refreshes
      assert.match(String(await active()), /^Hours per week/, `round ${round}: the focus moved to ${await active()}`);
      // And the arrows step that slider: down one hour, then up again (10, the hours assumed, until set).
      await page.keyboard.press(round % 2 ? "ArrowRight" : "ArrowLeft");
      await settle(page);
      assert.equal(await eventually(hours, round % 2 ? 10 : 9), round % 2 ? 10 : 9, `round ${round}`);
    }
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

// The first frame a user sees is the whole page: ImGui places tab bars and table columns over two frames, so
// the app lays its first frame out twice before drawing it. Read from the items of frame 1 itself, taken in
// the `certplan-ready` event (before any second frame exists).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("the first frame drawn is complete: tabs and the comparison's columns are in place", async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener("certplan-ready", () => {
        window.__firstFrame = { frames: window.certplan.frames, items: window.certplan.items() };
      }, { once: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstFrame, null, { timeout: 60000 });
    const { frames, items } = await page.evaluate(() => window.__firstFrame);
    assert.equal(frames, 1, "read in the first frame");
    for (const tab of ["Compare", "Assess", "Plan", "Share"])
      assert.ok(items.some((i) => i.role === "tab" && i.label === tab && i.w > 0), `tab ${tab} in the first frame`);
    const status = items.find((i) => i.label === "Status");
    assert.ok(status && status.w >= 40, `the Status column has its width in the first frame (${status && status.w})`);
  } finally {
    await b.close();
  }
});

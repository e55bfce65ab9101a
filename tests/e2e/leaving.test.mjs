// An edit made an instant before the page is hidden or closed is saved (pagehide), not lost with the save's
// short delay (kSaveDelay) still running.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, items, settle } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("a rating made an instant before the page is left is saved, and the address bar holds it", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await click(page, "Assess", "tab");
    const radios = (await items(page)).filter((i) => i.role === "radio" && i.label === "Learning");
    // The click, then — as soon as the plan shows the rating and before its save — the page is left. On a
    // machine slow enough for the save to come first the moment is missed: the next item is tried.
    let caught = null;
    for (const radio of radios.slice(0, 6)) {
      await page.mouse.click(radio.x + radio.h / 2, radio.y + radio.h / 2);
      caught = await page.evaluate(async (item) => {
        const api = window.certplan;
        const rated = () => api.snapshot().plan.plan.answers?.["google-pmle"]?.[item] === "learning";
        for (let i = 0; i < 200 && !rated(); ++i) await new Promise((r) => requestAnimationFrame(r));
        if (!rated() || api.snapshot().saving.saved) return null;  // saved already: the moment was missed
        window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
        return {
          stored: JSON.parse(localStorage.getItem("certplan.plan") || "null")?.plan?.answers?.["google-pmle"]?.[item],
          address: location.hash,
          link: new URL(api.shareUrl()).hash,
        };
      }, radio.context);
      if (caught) break;
      await settle(page);
    }
    assert.ok(caught, "no rating was caught before its save");
    assert.equal(caught.stored, "learning", "the rating is in storage once the page is left");
    assert.equal(caught.address, caught.link, "the address bar holds the plan as it is");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

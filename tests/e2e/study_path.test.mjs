// Each credential's own study path, in a real browser at 1280x800 and on a phone (390x844 at 3x): with AWS
// as the target, the week plan names AWS's resources and no Google Cloud course, each task's resource is a
// link (a real <a href target=_blank rel=noopener> in the accessibility mirror), and the study path lists
// the guide with its length said to be unknown. Screenshots of the weeks at both sizes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, items, settle, tap, snapshot, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const guide = "https://docs.aws.amazon.com/aws-certification/latest/machine-learning-engineer-associate-02/machine-learning-engineer-associate-02.html";

// Scrolls the panel under (x, y) up (dy < 0) or down until the first item matching `match` is drawn whole.
async function scrollTo(page, match, x, y, dy) {
  const bottom = page.viewportSize().height - 10;
  for (let i = 0; i < 80; ++i) {
    const hit = (await items(page)).find(match);
    if (hit && hit.y > 0 && hit.y + hit.h < bottom) return hit;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, hit ? (hit.y < 0 ? -100 : 100) : dy);
    await settle(page);
  }
  throw new Error("the item never came into view");
}

for (const phone of [false, true]) {
  const size = phone ? "390x844" : "1280x800";
  test(`an AWS target's week plan names AWS's resources as links, and no Google Cloud course (${size})`, async () => {
    const b = await launch({ phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const press = phone ? tap : click;
      const vw = page.viewportSize();
      await press(page, "Plan", "tab");
      await press(page, "Cloud platform at work", "combo");
      await press(page, "AWS", "option");
      assert.equal((await snapshot(page)).target.credential, "aws-mla-c02");  // MLA-C01 ended in English on 2026-09-28

      // Down through the plan's panel, as a person scrolls, gathering what is drawn: the week plan's tasks
      // (links named for the whole task, hours at the end) and the study path's lines.
      const x = phone ? vw.width / 2 : vw.width * 0.75;
      const seen = new Map();
      for (let i = 0; i < 80 && !seen.has("Study path for AWS MLA-C02"); ++i) {
        for (const it of await items(page)) seen.set(it.label, it);
        await page.mouse.move(x, vw.height / 2);
        await page.mouse.wheel(0, 200);
        await settle(page);
      }
      for (let i = 0; i < 6; ++i) {  // the study path's lines under its heading
        await page.mouse.wheel(0, 200);
        await settle(page);
        for (const it of await items(page)) seen.set(it.label, it);
      }
      const all = [...seen.values()];
      const tasks = all.filter((i) => i.role === "link" && / \(\d+ h\)$/.test(i.label));
      assert.ok(tasks.length >= 6, `the week plan's tasks are links: ${tasks.map((t) => t.label).join(" | ")}`);
      assert.ok(tasks.some((t) => t.label.startsWith("Structuring Machine Learning Projects (")), "the vendor-neutral course, with its why");
      // A guide says only what is asked: the domain's task is Check me on it, then the guide for what it missed.
      assert.ok(tasks.some((t) => t.label.startsWith("Check me on Data Preparation for ML and AI (Assess tab), then study what you missed in the MLA-C02 exam guide (") && t.value === guide),
        tasks.map((t) => t.label).join(" | "));
      assert.ok(!tasks.some((t) => t.label.startsWith("MLA-C02 exam guide: ")), "no week of reading the guide alone");
      for (const t of tasks) {
        assert.ok(!/google/i.test(t.value), `${t.label} links ${t.value}`);
        assert.ok(!t.label.startsWith("Production Machine Learning Systems"), t.label);
      }
      assert.ok(all.some((i) => i.label.includes("Amazon Web Services - hours unknown - covers: Data Preparation for ML and AI")),
        "the study path says the guide's length is unknown");

      // Scrolled into view, the guide's task is a real link in the mirror; the weeks as a person sees them.
      await scrollTo(page, (i) => i.role === "link" && i.value === guide && / \(\d+ h\)$/.test(i.label), x, vw.height / 2, -200);
      await settle(page);
      await screenshot(page, `study-path-aws-${size}`);
      const mirrored = page.locator(`a[href="${guide}"]`).first();
      assert.equal(await mirrored.getAttribute("target"), "_blank");
      assert.equal(await mirrored.getAttribute("rel"), "noopener");
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });
}

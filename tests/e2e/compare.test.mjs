// The Compare view in a real browser: it loads from a static server, draws, names every credential
// family, sorts and shows details, with no console error and no request to another origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, findItem, click, tap, items, snapshot, screenshot, settle } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("the compare view names every credential family, with no error and no foreign request", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    const labels = (await items(page)).map((i) => i.label);
    for (const family of ["Google PMLE", /AWS/, /Azure/, /Databricks/, /Coursera|edX/]) {
      assert.ok(labels.some((l) => (family instanceof RegExp ? family.test(l) : l === family)), `missing ${family}`);
    }
    const snap = await snapshot(page);
    assert.equal(snap.compare.rows.length, 10);  // MLA-C02 joined the catalog (2026-12)
    await screenshot(page, "compare-1280x800");
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.foreign, []);
  } finally {
    await b.close();
  }
});

test("selecting a retired credential shows its retirement and leads to its successor", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await click(page, /AWS ML Specialty|MLS-C01/, "selectable");
    assert.match((await snapshot(page)).compare.selected, /aws-mls-c01/);
    await findItem(page, /It was retired on 2026-03-31 \(its last exam day\)/, "text");
    await click(page, /See its successor/, "button");
    // Its first successor, MLA-C01, has ended in English too: the button leads to the one named first, MLA-C02.
    assert.equal((await snapshot(page)).compare.selected, "aws-mla-c02");
  } finally {
    await b.close();
  }
});

test("the facts show when they were checked, and a fact known only from over a year ago reads as possibly out of date", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await findItem(page, /^Checked against their sources on \d{4}-\d{2}-\d{2}: a fact from the vendor's own page held that day/, "text");
    // The Databricks Professional's guide is known only from third-party notes of 2025-09: more than a year
    // before any day this test runs, and not confirmed at the check.
    await click(page, /Databricks ML Professional/, "selectable");
    // Its source line is a link (it has a url in data/), its age said beside it.
    const source = await findItem(page, /^Source: third-party notes on Databricks' guide, 2025-09 \(unverified\)$/, "link");
    const age = (await items(page)).filter((i) => i.label === "- possibly out of date" && i.role === "text")
      .find((i) => Math.abs(i.y - source.y) < 4);
    assert.ok(age && age.x > source.x, "beside the source line");
    await screenshot(page, "compare-facts-1280x800");
    // AIP-C01, the Specialty's second successor, is listed.
    await click(page, /AWS AIP-C01/, "selectable");
    assert.equal((await snapshot(page)).compare.selected, "aws-aip-c01");
    await screenshot(page, "compare-aip-1280x800");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

test("filters change the rows: hiding retired credentials removes the exams retired today", async () => {
  const b = await launch();
  try {
    const { page } = await openApp(b.context, url);
    await click(page, "Retired", "checkbox");
    const rows = (await snapshot(page)).compare.rows;
    assert.ok(!rows.includes("aws-mls-c01") && !rows.includes("azure-ai-102") && !rows.includes("aws-mla-c01"), rows.join(","));
    assert.equal(rows.length, 7);
  } finally {
    await b.close();
  }
});

test("the page fits a phone (390x844 at device scale 3) and stays crisp at 2x", async () => {
  const b = await launch({ phone: true });
  try {
    const { page, watch } = await openApp(b.context, url);
    const size = await page.evaluate(() => {
      const c = document.getElementById("canvas");
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, ratio: window.devicePixelRatio };
    });
    assert.equal(size.ratio, 3);
    assert.equal(size.cssW, 390);
    // The backing store follows devicePixelRatio up to 2 (web/main.cpp kMaxPixelRatio): sharp text, and 2.25
    // times fewer pixels to draw than at 3x on a slow phone.
    assert.equal(size.w, size.cssW * 2, "the canvas backing store follows devicePixelRatio, up to 2");
    assert.equal(size.h, size.cssH * 2);
    // Nothing is laid out beyond the right edge except inside the scrolling table.
    const tabs = (await items(page)).filter((i) => i.role === "tab");
    assert.equal(tabs.length, 4);
    for (const t of tabs) assert.ok(t.x + t.w <= 390, `tab ${t.label} is cut off`);
    await screenshot(page, "compare-390x844@3x");
    // A tap selects (touch input, not a mouse).
    const row = (await items(page)).find((i) => i.role === "selectable" && /AWS/.test(i.label));
    await page.touchscreen.tap(row.x + 20, row.y + row.h / 2);
    await settle(page);
    assert.match((await snapshot(page)).compare.selected, /^aws-/);
    // The assessment fits too: each domain's readiness row lies within the screen, its name whole on a line
    // of its own above the bar (the row is two lines or more tall), not cut short beside it.
    await tap(page, "Assess", "tab");
    const bars = (await items(page)).filter((i) => i.role === "text" && /: \d+% \(weight/.test(i.label));
    assert.ok(bars.length >= 4, `${bars.length} readiness rows`);
    for (const r of bars) {
      assert.ok(r.x >= 0 && r.x + r.w <= 390, `row ${r.label} is cut off`);
      assert.ok(r.h >= 40, `row ${r.label} is ${r.h}px tall: its name is not above its bar`);
    }
    await screenshot(page, "assess-390x844@3x");
    assert.deepEqual(watch.errors, []);
  } finally {
    await b.close();
  }
});

// The catalog's late part (dist/catalog-late.bin: checklists, courses, estimate model) is fetched after the
// first frame. Held back here with a route: the page opens on Compare without it, Assess says it is loading
// and fills in when it arrives; a link opened before it arrives applies in full; a failed fetch says so, with
// a retry that works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, findItem, snapshot, settle, rate, waitSaved } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

// Holds every request for catalog-late.bin until release() (continue) or fail() (abort).
async function holdLate(page) {
  const held = [];
  let mode = "hold";
  await page.route("**/catalog-late.bin", (route) => {
    if (mode === "continue") return route.continue();
    if (mode === "fail") return route.abort("internetdisconnected");
    held.push(route);
  });
  const flush = async (m) => { mode = m; for (const r of held.splice(0)) await (m === "fail" ? r.abort("internetdisconnected") : r.continue()); };
  return { release: () => flush("continue"), fail: () => flush("fail"), requested: () => held.length > 0, set: (m) => { mode = m; } };
}

async function openBeforeLate(page, address) {
  await page.goto(address);
  await page.waitForFunction(() => window.certplan && window.certplan.ready === true, null, { timeout: 60000 });
  await settle(page);
}

test("the page opens on Compare before the late part arrives; Assess fills in when it does", async () => {
  const b = await launch({ blockServiceWorkers: true });
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const late = await holdLate(page);
    await openBeforeLate(page, url);
    assert.equal(await page.evaluate(() => window.certplan.complete), false, "the late part is held back");
    assert.ok(late.requested(), "the page asked for catalog-late.bin after its first frame");
    const first = await snapshot(page);
    assert.equal(first.view, "compare");
    assert.ok(first.compare.rows.length > 3, "Compare lists the credentials");
    await findItem(page, "Status");  // the comparison table is there
    await click(page, "Assess", "tab");
    await findItem(page, "Loading the checklists…", "status");
    await click(page, "Plan", "tab");
    await findItem(page, "Loading the checklists…", "status");
    await click(page, "Assess", "tab");
    await late.release();
    await page.waitForFunction(() => window.certplan.complete === true, null, { timeout: 20000 });
    await settle(page);
    const radios = (await page.evaluate(() => window.certplan.items())).filter((i) => i.role === "radio");
    assert.ok(radios.length > 10, "Assess shows the checklist's ratings");
    await rate(page, "Learning");
    assert.equal((await snapshot(page)).readiness.rated, 1);
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

test("a link opened before the late part arrives applies in full once it is there", async () => {
  let link, plan;
  {
    const b = await launch();
    try {
      const { page } = await openApp(b.context, url);
      await click(page, "Assess", "tab");
      await rate(page, "Learning");
      await rate(page, "Done it in production", (await page.evaluate(() => window.certplan.items())).filter((i) => i.role === "radio")[8].context);
      await waitSaved(page);
      link = await page.evaluate(() => window.certplan.shareUrl());
      plan = (await snapshot(page)).plan;
      assert.ok(Object.keys(plan.plan.answers).length > 0);
    } finally {
      await b.close();
    }
  }
  const b = await launch({ blockServiceWorkers: true });
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    const late = await holdLate(page);
    await openBeforeLate(page, link.replace(/^[^#]*/, url));
    assert.equal(await page.evaluate(() => location.hash.slice(1)), link.split("#")[1], "the address bar keeps the link");
    await late.release();
    await page.waitForFunction(() => window.certplan.complete === true, null, { timeout: 20000 });
    await settle(page);
    const s = await snapshot(page);
    assert.equal(s.share.viewing_shared, true, "the link opened as a shared plan");
    assert.deepEqual(s.plan.plan.answers, plan.plan.answers, "with every answer it carries");
    assert.equal(s.notices.length, 0, `no notice (${s.notices.join("; ")})`);
  } finally {
    await b.close();
  }
});

test("a failed fetch of the late part says so plainly, and Try again loads it", async () => {
  const b = await launch({ blockServiceWorkers: true });
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    const late = await holdLate(page);
    await openBeforeLate(page, url);
    await late.fail();
    await page.waitForFunction(() => window.certplan.lateFailed === true, null, { timeout: 20000 });
    await settle(page);
    await click(page, "Assess", "tab");
    await findItem(page, /^The checklists, courses and estimate could not be loaded/);
    late.set("continue");
    await click(page, "Try again", "button");
    await page.waitForFunction(() => window.certplan.complete === true, null, { timeout: 20000 });
    await settle(page);
    const radios = (await page.evaluate(() => window.certplan.items())).filter((i) => i.role === "radio");
    assert.ok(radios.length > 10, "Assess shows the checklist after the retry");
  } finally {
    await b.close();
  }
});

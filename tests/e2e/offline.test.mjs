// Offline: after one visit the service worker serves the whole app with the network off; the single-file
// page opens from file:// and keeps progress in localStorage there; the strict CSP raises no violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, serveDist, openApp, click, snapshot, settle, root, rate, waitSaved } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

test("after one visit the page opens and works with the network off", async () => {
  const b = await launch();
  try {
    const { page, watch } = await openApp(b.context, url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20000 }).catch(async () => {
      await page.reload();  // the first load may finish before the worker claims it
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    });
    const cacheName = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith("certplan-")));
    assert.match(cacheName, /^certplan-[0-9a-f]{16}$/, "the cache is named after the build's content hash");
    await b.context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 30000 });
    await settle(page);
    await click(page, "Assess", "tab");
    assert.equal((await snapshot(page)).view, "assess");
    assert.deepEqual(watch.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await b.context.setOffline(false);
    await b.close();
  }
});

test("the single-file page opens from file:// and keeps progress there", async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const fileUrl = pathToFileURL(join(root, "dist", "certplan-offline.html")).href;
    await page.goto(fileUrl);
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
    await settle(page);
    await click(page, "Assess", "tab");
    await rate(page, "Learning");
    await waitSaved(page);
    const before = (await snapshot(page)).plan;
    await page.reload();
    await page.waitForFunction(() => window.certplan && window.certplan.complete === true);
    assert.deepEqual((await snapshot(page)).plan, before);
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

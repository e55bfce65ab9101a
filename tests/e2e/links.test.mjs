// Everything openable, in a real browser at 1280x800 and on a phone (390x844 at 3x): a course's link and a
// fact's source open their https: page in a new tab with no handle back to certplan (noopener); the
// accessibility mirror holds each as a real <a href>; the Markdown export lists the courses with their links.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, serveDist, openApp, click, items, settle, scrollUntil, tap, screenshot } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

const course = "https://www.coursera.org/learn/gcp-production-ml-systems";

// Scrolls the panel under (x, y) until the first item matching `match` is drawn whole; returns it. A phone's
// Plan view is long: the weeks and the study path come before the courses.
const scrollTo = (page, match, x, y) => scrollUntil(page, match, x, y, "the link", 120);

// Presses the item and returns the page it opened (its address, and whether it can reach certplan).
async function opens(context, page, it, phone) {
  const [tab] = await Promise.all([
    context.waitForEvent("page"),
    phone ? page.touchscreen.tap(it.x + it.w / 2, it.y + it.h / 2) : page.mouse.click(it.x + it.w / 2, it.y + it.h / 2),
  ]);
  const opener = await tab.evaluate(() => window.opener === null).catch(() => true);
  const address = tab.url();
  await tab.close();
  return { address, noOpener: opener };
}

for (const phone of [false, true]) {
  const size = phone ? "390x844" : "1280x800";
  test(`courses and sources open in a new tab, are links in the mirror and in the export (${size})`, async () => {
    const b = await launch({ phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const press = phone ? tap : click;
      const vw = page.viewportSize();
      const x = phone ? vw.width / 2 : vw.width * 0.75;
      // A fact's source, in Compare's details.
      const source = await scrollTo(page, (i) => i.role === "link" && i.label === "Source: Google Cloud, 2026-10", x, vw.height / 2);
      assert.match(source.value, /^https:\/\//);
      await screenshot(page, `links-source-${size}`);
      const fromSource = await opens(b.context, page, source, phone);
      assert.ok(fromSource.address === source.value || fromSource.address.startsWith("chrome-error:") || fromSource.address === "about:blank",
        fromSource.address);
      assert.ok(fromSource.noOpener, "noopener");
      // Several facts cite one source: the next link to it opens it too (each link is its own control).
      const again = (await items(page)).filter((i) => i.role === "link" && i.label === source.label && i.y > source.y + 1)
        .find((i) => i.y + i.h < vw.height - 10);
      assert.ok(again, "another fact cites the same source, on screen");
      const fromAgain = await opens(b.context, page, again, phone);
      assert.ok(fromAgain.address === source.value || fromAgain.address.startsWith("chrome-error:") || fromAgain.address === "about:blank",
        fromAgain.address);
      const mirrored = page.locator(`a[href="${source.value}"]`).first();
      assert.equal(await mirrored.getAttribute("target"), "_blank");
      assert.equal(await mirrored.getAttribute("rel"), "noopener");

      // A course, in the Plan view.
      await press(page, "Plan", "tab");
      const px = phone ? vw.width / 2 : vw.width * 0.25;  // the courses are in the left panel
      // The Courses list's link, named by its address (the week plan's tasks link to the same course, named for the task).
      const link = await scrollTo(page, (i) => i.role === "link" && i.value === course && i.label === course.slice("https://".length), px, vw.height / 2);
      assert.equal(link.label, course.slice("https://".length));
      await screenshot(page, `links-course-${size}`);
      const fromCourse = await opens(b.context, page, link, phone);
      assert.ok(fromCourse.noOpener, "noopener");
      assert.equal(await page.locator(`a[href="${course}"]`, { hasText: course.slice("https://".length) }).count(), 1,
        "the mirror holds the course as a real link");

      if (!phone) {
        await scrollTo(page, (i) => i.label === "Download summary (.md)", vw.width * 0.75, vw.height / 2);
        const [md] = await Promise.all([page.waitForEvent("download"), click(page, "Download summary (.md)", "button")]);
        const text = await readFile(await md.path(), "utf8");
        assert.ok(text.includes(`- Production Machine Learning Systems (Google Cloud, Coursera): ${course}\n`), "the export lists the course with its link");
      }
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });
}

// The screens a new user meets first, to be looked at (issue 27): the first screen (Compare on first open), the
// Plan view with a profile filled and Assess with some answers, at 1280x800 and 390x844@3, light and dark:
// twelve screenshots in tests/e2e/out/screens-<view>-<size>-<theme>.png. One browser and one page per size.
// Each screen is also checked for what a person would see as broken: the tabs and every item drawn on screen
// lie within its width, and the view's own heading or first control is in the first screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, settle, items, snapshot, screenshot, tap, click } from "./harness.mjs";

let server, url;
before(async () => { ({ server, url } = await serveDist()); });
after(() => server.close());

// A working ML engineer at a large enterprise on Google Cloud, 8 h a week; a few of Google PMLE's items rated,
// in three of its domains.
const storedPlan = JSON.stringify({
  format: "certplan-plan", version: 7,
  plan: {
    credential: "google-pmle", target_chosen: false,
    profile: { background: "working-ml", employer: "large-enterprise", cloud: "google-cloud", employer_pays: "no",
               goal: "validate-platform", hours_per_week: 8 },
    answers: { "google-pmle": { "gp-1-1": "in_production", "gp-1-2": "can_explain", "gp-1-4": "learning",
                                "gp-2-1": "can_explain", "gp-3-1": "learning", "gp-3-2": "not_yet" } },
  },
});

// Opens the page afresh in `theme` with `plan` stored (none: a first visit) and waits for it to be complete.
async function open(page, theme, plan) {
  await page.emulateMedia({ colorScheme: theme });
  // The storage is cleared from a small document of the same origin (the app's icon), so that the next address
  // is loaded afresh even when it differs from this one only in its hash.
  await page.goto(url + "icons/favicon-32.png");
  await page.evaluate((p) => { localStorage.clear(); if (p) localStorage.setItem("certplan.plan", p); }, plan);
  await page.goto(url);
  await page.waitForFunction(() => window.certplan && window.certplan.complete === true, null, { timeout: 60000 });
  await settle(page);
}

// Nothing drawn on screen reaches past the right edge (a cut word, a table too wide).
async function fits(page, where) {
  const { width, height } = page.viewportSize();
  const over = (await items(page)).filter((i) => i.w > 0 && i.y >= 0 && i.y < height && i.x + i.w > width + 1)
    .map((i) => `${i.role} "${i.label.slice(0, 60)}" ends at ${Math.round(i.x + i.w)} px`);
  assert.deepEqual(over, [], `${where}: drawn past the right edge`);
}

for (const size of [{ name: "1280x800", phone: false }, { name: "390x844", phone: true }]) {
  test(`the first screen, Plan and Assess, light and dark, at ${size.name}: screenshots to look at`, async () => {
    const b = await launch({ phone: size.phone });
    const errors = [];
    try {
      const page = b.context.pages()[0] || await b.context.newPage();
      page.on("pageerror", (e) => errors.push(String(e)));
      // (The icon opened to clear the storage has no favicon.ico of its own: the browser's 404 for it is no error of the app.)
      page.on("console", (m) => { if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(m.text()); });
      const go = (label) => (size.phone ? tap(page, label, "tab") : click(page, label, "tab"));
      for (const theme of ["light", "dark"]) {
        const tag = `${size.name}-${theme}`;
        await open(page, theme, null);
        const dark = await page.evaluate(() => window.certplan.items().some((i) => i.label === "Light theme"));
        assert.equal(dark, theme === "dark", `the ${theme} theme follows the system's preference`);
        assert.equal((await snapshot(page)).view, "compare");
        await fits(page, `first screen ${tag}`);
        await screenshot(page, `screens-compare-${tag}`);

        await open(page, theme, storedPlan);
        await go("Plan");
        assert.equal((await snapshot(page)).plan.plan.profile.cloud, "google-cloud", "the stored profile is read");
        await fits(page, `Plan ${tag}`);
        await screenshot(page, `screens-plan-${tag}`);

        await go("Assess");
        assert.equal((await snapshot(page)).readiness.rated, 6);
        await fits(page, `Assess ${tag}`);
        await screenshot(page, `screens-assess-${tag}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await b.close();
    }
  });
}

// The first minutes of a new user (issue 27): the first screen's call to action works by mouse, by touch and
// through the accessibility mirror; Tab moves on from the mirror; a pasted link with trailing punctuation opens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, click, reveal, tap, snapshot, settle, screenshot, scrollUntil, scrollToTop, eventually, items, findItem } from "./harness.mjs";

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

// A keyboard (or a screen reader's Tab) on a phone too: a tablet's or a phone's keyboard reaches the same mirror.
for (const phone of [false, true]) {
  test(`'Answer the questions' works through the accessibility mirror, and Tab moves on from the mirror (${phone ? "390x844" : "1280x800"})`, async () => {
    const b = await launch({ phone });
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
      await screenshot(page, `first-minutes-plan-from-advice-${phone ? "390x844" : "1280x800"}`);
    } finally {
      await b.close();
    }
  });
}

// Point 3: the layout at both sizes. `go` opens a tab by the device's own input.
const sizes = [{ name: "1280x800", phone: false, width: 1280 }, { name: "390x844", phone: true, width: 390 }];
const go = (page, phone, label, role) => (phone ? tap(page, label, role) : click(page, label, role));

async function setToday(page, iso) {
  await page.evaluate((d) => window.certplan.setToday(d), iso);
  await settle(page);
}

for (const size of sizes) {
  test(`the questions' answers show whole: on a phone each label above its answer, at full width (${size.name})`, async () => {
    const b = await launch({ phone: size.phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      await go(page, size.phone, "Plan", "tab");
      const all = await items(page);
      const combos = all.filter((i) => i.role === "combo" && !/^Target (year|month|day)$/.test(i.label) && i.y >= 0);
      assert.ok(combos.length >= 3, `${combos.length} questions with answers`);
      for (const c of combos) {
        assert.ok(c.x >= 0 && c.x + c.w <= size.width, `${c.label} lies within the screen`);
        const label = all.find((i) => i.role === "text" && i.label === c.label);
        assert.ok(label, `the question "${c.label}" is written beside or above its answer`);
        if (size.phone) {
          assert.ok(label.y + label.h <= c.y + 1, `"${c.label}" sits above its answer`);
          assert.ok(c.w >= size.width - 60, `"${c.label}" answer is ${c.w} px wide on a ${size.width} px screen`);
        } else {
          assert.ok(Math.abs(label.y - c.y) < c.h && label.x + label.w <= c.x, `"${c.label}" sits beside its answer`);
        }
      }
      // The longest answer, picked, is the combo's whole text (the mirror reads the shown preview).
      const employer = combos.find((c) => /employer|organisation|organization|work/i.test(c.label)) || combos[0];
      await go(page, size.phone, employer.label, "combo");
      const option = (await items(page)).filter((i) => i.role === "option").sort((a, b) => b.label.length - a.label.length)[0];
      await go(page, size.phone, option.label, "option");
      await screenshot(page, `first-minutes-questions-${size.name}`);
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });

  test(`Compare's deciding figures fit the screen: a table on a desktop, a card per credential on a phone (${size.name})`, async () => {
    const b = await launch({ phone: size.phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      const all = await items(page);
      const rows = all.filter((i) => i.role === "selectable");
      assert.ok(rows.length >= (size.phone ? 3 : 8), `${rows.length} credentials on the first screen`);
      for (const r of rows) assert.ok(r.x >= 0 && r.x + r.w <= size.width, `${r.label}'s row lies within the screen`);
      if (size.phone) {
        // Each figure whole on the screen, the fee with its figure (it read "$3" cut off at the table's edge).
        await scrollUntil(page, (i) => i.role === "text" && /^(\s+-\s+)?Fee \$\d+/.test(i.label), 195, 600, "a fee");
        const fees = (await items(page)).filter((i) => i.role === "text" && /Fee (\$\d+|unknown)/.test(i.label) && i.y > 0 && i.y < 844);
        assert.ok(fees.length >= 2, `${fees.length} fees on screen`);
        for (const f of fees) assert.ok(f.x >= 0 && f.x + f.w <= size.width, `"${f.label}" lies within the screen`);
        assert.ok(!(await items(page)).some((i) => i.role === "columnheader" && i.label === "Fee"), "no table too wide for a phone");
        await findItem(page, "Sort by", "combo");
      } else {
        const fee = await findItem(page, "Fee", "columnheader");
        assert.ok(fee.x + fee.w <= size.width);
      }
      await screenshot(page, `first-minutes-compare-${size.name}`);
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });

  test(`"This week" comes first for a returning user, and each week's "Off" box is labelled (${size.name})`, async () => {
    const b = await launch({ phone: size.phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      await setToday(page, "2027-01-06");  // a Wednesday: the plan, made today, starts on Monday 2027-01-11
      await go(page, size.phone, "Plan", "tab");
      const height = page.viewportSize().height;
      const thisWeek = async () => (await items(page)).find((i) => i.role === "heading" && i.label === "This week");
      const first = await thisWeek();
      if (size.phone) assert.ok(!first || first.y > height, "a new user meets the questions first on a phone");
      else assert.ok(first && first.y < height, "a desktop shows this week beside the questions");
      // Each week's box says what it does, beside it: the box and its word "Off" (the mirror names its week).
      const off = await reveal(page, /^Week off, /, "checkbox");
      assert.ok(off.w >= off.h + 20, `the box has its word beside it (${off.w} x ${off.h} px)`);
      await screenshot(page, `first-minutes-weeks-${size.name}`);
      // A week later the user comes back: the plan is under way, "This week" is at the top of the view.
      await setToday(page, "2027-01-13");
      await scrollToTop(page);
      const back = await thisWeek();
      assert.ok(back && back.y >= 0 && back.y < height / 2, `"This week" at ${back && back.y} px on a ${height} px screen`);
      await screenshot(page, `first-minutes-returning-${size.name}`);
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });

  // Point 5: one way to say what was checked when, and how sure it is.
  test(`what was checked when, and how sure it is, said one way on Compare and Assess (${size.name})`, async () => {
    const b = await launch({ phone: size.phone });
    try {
      const { page, watch } = await openApp(b.context, url);
      // The Databricks Associate's guide (2025-03-01), confirmed on Databricks' page at the check: no
      // "possibly out of date" under "Checked ... on 2026-11-27".
      await scrollUntil(page, (i) => i.role === "selectable" && /Databricks ML Associate/.test(i.label), size.width / 4, 400, "the Associate");
      await go(page, size.phone, /Databricks ML Associate/, "selectable");
      const source = await reveal(page, "Source: Databricks, 2025-03-01", "link");
      assert.ok(!(await items(page)).some((i) => /possibly out of date/.test(i.label) && Math.abs(i.y - source.y) < 4),
        "a confirmed fact is not called out of date");
      // Scrolled to, not only looked up: a phone draws only what is on its screen.
      await reveal(page, /^Checked against their sources on 2026-11-27: /, "text");
      // The tabs stay above the scrolling view: no need to scroll back up to reach them.
      await go(page, size.phone, "Assess", "tab");
      // The advice's pick with nothing answered, Google PMLE, has an official guide; AWS MLA-C02 only
      // third-party copies of its guide.
      for (const [id, official, option] of [["google-pmle", true, /^Google PMLE/], ["aws-mla-c02", false, /^AWS MLA-C02/]]) {
        if (id !== (await snapshot(page)).target.credential) {
          await go(page, size.phone, "Exam", "combo");
          await go(page, size.phone, option, "option");
        }
        assert.equal((await snapshot(page)).target.credential, id);
        const all = await items(page);
        const origin = all.find((i) => i.role === "text" && i.label.startsWith("Blueprint: "));
        const weights = all.find((i) => i.role === "text" && i.label.startsWith("Weighted by "));
        assert.ok(origin && weights, `${id}: both lines`);
        assert.ok(!/\([^()]*\(/.test(origin.label), `no bracket inside a bracket: ${origin.label}`);
        assert.equal(/vendor's own/.test(origin.label), official, origin.label);
        assert.equal(/official blueprint/.test(weights.label), official, weights.label);
        assert.equal(/third-party copies/.test(origin.label) && /third-party copies/.test(weights.label), !official);
      }
      await screenshot(page, `first-minutes-assess-${size.name}`);
      assert.deepEqual(watch.errors, []);
    } finally {
      await b.close();
    }
  });
}

// The accessibility mirror: an off-screen DOM tree kept in step with the canvas, built from the same
// per-frame item registry as window.certplan.items(). Screen readers and keyboard users operate real
// elements with ARIA roles; operating one clicks the ImGui widget it mirrors, so it does exactly what the
// widget does. Updated by diff (elements are reused by key), and at most ten times a second.
(function () {
  "use strict";
  const mirror = document.getElementById("a11y-mirror");
  const live = document.getElementById("a11y-live");
  const ring = document.getElementById("a11y-focus-ring");
  if (!mirror) return;
  // NOTE: emscripten's GLFW calls preventDefault() on every Tab and Backspace from a capture listener on
  // window, which would trap a keyboard or screen-reader user inside the mirror. This listener is added before
  // app.js starts GLFW, so it runs first: while the mirror has the focus those two keys are the browser's
  // (Tab moves on, Backspace edits), and GLFW never sees them. The canvas ignores keys typed in the mirror anyway.
  window.addEventListener("keydown", (e) => {
    if ((e.key === "Tab" || e.key === "Backspace") && mirror.contains(document.activeElement)) e.stopImmediatePropagation();
  }, true);
  const byKey = new Map();
  let lastUpdate = 0, pending = false, presented = false, lastStatus = "";
  // The frame count when the mirror last moved ImGui's focus: items() from that frame or before still show the
  // focus as it was (on the control just clicked), and following them would pull the user's focus back there.
  let focusAskedAt = -1;

  function api() { return window.certplan && window.certplan.ready ? window.certplan : null; }

  // What each role becomes: its element, its ARIA role, the attribute its checked state sets and where it goes.
  // The roles and that table are the kit's (web/kit/mirror.cpp), passed at start as window.certplan.roles:
  // this file names no role of its own. A role the table lacks is a button.
  function spec(item) { const a = api(); return (a && a.roles && a.roles[item.role]) || { element: "div", aria: "button" }; }

  // Roles the mirror does not operate (text, headings, column headers) are plain elements.
  function create(item) {
    const s = spec(item);
    let el;
    if (s.element === "span") { el = document.createElement("span"); return el; }
    // A link is a real link: the browser opens it (a new tab, noopener); the canvas is not operated.
    if (s.element === "a") {
      el = document.createElement("a");
      el.target = "_blank";
      el.rel = "noopener";
      el.addEventListener("focus", () => focusItem(el));
      el.addEventListener("blur", () => { ring.hidden = true; });
      return el;
    }
    el = document.createElement(s.element);
    if (s.element === "div") {
      el.tabIndex = 0;
      el.setAttribute("role", s.aria || "button");
    }
    if (el.tagName !== "P" && el.tagName !== "H2") {
      el.addEventListener("click", () => operate(el));
      el.addEventListener("keydown", (e) => {
        if (el.getAttribute("role") === "slider" && /^Arrow(Left|Right|Up|Down)$/.test(e.key)) {
          e.preventDefault();
          const a = api();
          if (a && el.dataset.id) a.stepItem(+el.dataset.id, /Right|Up/.test(e.key) ? 1 : -1);
          return;
        }
        if (el.tagName === "BUTTON") return;  // native: Enter and Space click it
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); operate(el); }
      });
      el.addEventListener("focus", () => focusItem(el));
      el.addEventListener("blur", () => { ring.hidden = true; });
    }
    return el;
  }

  function update(el, item) {
    const name = item.description ? `${item.label}: ${item.description}` : item.label;
    if (el.tagName === "A") {
      if (el.textContent !== item.label) el.textContent = item.label;
      // The kit gives a link's address only when core/link.h's rule lets a person open it (https:, from data/).
      const href = item.value || null;
      if (href && el.getAttribute("href") !== href) el.setAttribute("href", href);
      else if (!href) el.removeAttribute("href");
    } else if (el.tagName === "P" || el.tagName === "H2" || el.tagName === "SPAN") {
      if (el.textContent !== item.label) el.textContent = item.label;
    } else {
      const role = el.getAttribute("role");
      if (role !== "combobox" && el.textContent !== item.label) el.textContent = item.label;
      // Some roles (combobox, slider, textbox) take no name from their content: always name them.
      if (el.tagName !== "BUTTON" || name !== item.label) el.setAttribute("aria-label", name); else el.removeAttribute("aria-label");
      const state = spec(item).state;  // aria-checked, aria-selected, aria-pressed or aria-expanded
      if (state) el.setAttribute(state, item.checked ? "true" : "false");
      // A combobox's value is its content; its name is the label.
      if (role === "combobox") { el.setAttribute("aria-expanded", "false"); el.textContent = item.value || ""; }
      if (role === "slider" || role === "textbox") {
        if (item.value !== undefined) el.setAttribute(role === "slider" ? "aria-valuetext" : "aria-description", item.value);
        if (role === "textbox") el.setAttribute("aria-readonly", "true");
      }
    }
    el.dataset.x = item.x; el.dataset.y = item.y; el.dataset.w = item.w; el.dataset.h = item.h;
    if (item.id) el.dataset.id = item.id;
  }

  function operate(el) {
    const a = api();
    if (!a) return;
    const x = +el.dataset.x, y = +el.dataset.y, w = +el.dataset.w, h = +el.dataset.h;
    a.activate(+el.dataset.id || 0, x + Math.min(w / 2, 40), y + h / 2);  // the app clicks where the item is now
  }

  function focusItem(el) {
    const a = api();
    if (a && el.dataset.id) { focusAskedAt = a.frames; a.focusItem(+el.dataset.id); }
    // A visible focus ring on the canvas, around the item the mirror has focused.
    ring.style.left = `${el.dataset.x - 3}px`; ring.style.top = `${el.dataset.y - 3}px`;
    ring.style.width = `${+el.dataset.w + 6}px`; ring.style.height = `${+el.dataset.h + 6}px`;
    ring.hidden = false;
  }

  // Tables: a <table> per ImGui table, a <tr> per row, a cell per column; row 0 holds the column headers
  // (<th scope=col>) and each row's first cell is its row header (<th scope=row>).
  const tables = new Map();
  function cellFor(item, seenTables) {
    const [tid, row, col] = item.cell;
    let t = tables.get(tid);
    if (!t) { t = { el: document.createElement("table"), rows: new Map() }; tables.set(tid, t); }
    seenTables.add(tid);
    let tr = t.rows.get(row);
    if (!tr) {
      tr = document.createElement("tr");
      t.rows.set(row, tr);
      const after = [...t.rows.keys()].filter((r) => r > row).sort((a, b) => a - b)[0];
      t.el.insertBefore(tr, after !== undefined ? t.rows.get(after) : null);
    }
    while (tr.children.length <= col) {
      const c = document.createElement(row === 0 || tr.children.length === 0 ? "th" : "td");
      if (c.tagName === "TH") c.setAttribute("scope", row === 0 ? "col" : "row");
      tr.appendChild(c);
    }
    return { table: t.el, cell: tr.children[col] };
  }

  function rebuild() {
    const a = api();
    if (!a) return;
    const items = a.items();
    const seen = new Set();
    const counts = new Map();
    let previous = null;
    // Tabs go in a tablist, the rest in order.
    let tablist = mirror.querySelector("[role=tablist]");
    if (!tablist) { tablist = document.createElement("div"); tablist.setAttribute("role", "tablist"); tablist.setAttribute("aria-label", "Views"); mirror.appendChild(tablist); }
    const statuses = [];
    const seenTables = new Set();
    for (const item of items) {
      const place = spec(item).place;  // the tablist, the live region, or in order
      if (place === "live") { statuses.push(item.label); continue; }
      const base = `${item.role}|${item.label}|${item.context || ""}`;
      const n = (counts.get(base) || 0) + 1;
      counts.set(base, n);
      const key = `${base}|${n}`;
      seen.add(key);
      let el = byKey.get(key);
      if (!el) { el = create(item); byKey.set(key, el); }
      update(el, item);
      const parent = place === "tablist" ? tablist : mirror;
      if (place === "tablist") { if (el.parentNode !== tablist) tablist.appendChild(el); continue; }
      if (item.cell) {
        const { table, cell } = cellFor(item, seenTables);
        if (el.parentNode !== cell) cell.appendChild(el);
        const wantTable = previous ? previous.nextSibling : tablist.nextSibling;
        if (table !== wantTable && table.parentNode !== mirror) mirror.insertBefore(table, wantTable);
        if (table.parentNode === mirror) previous = table;
        continue;
      }
      const want = previous ? previous.nextSibling : tablist.nextSibling;
      if (el !== want || el.parentNode !== parent) parent.insertBefore(el, want);
      previous = el;
    }
    for (const [key, el] of byKey) if (!seen.has(key)) { if (el === document.activeElement) ring.hidden = true; el.remove(); byKey.delete(key); }
    for (const [tid, t] of tables) if (!seenTables.has(tid)) { t.el.remove(); tables.delete(tid); }
    // Messages (saved, link copied, bad link, storage problems) are announced once, politely.
    const status = statuses.join(" ");
    if (status !== lastStatus) { lastStatus = status; live.textContent = status; }
    // ImGui's keyboard focus moved (arrows on the canvas): the mirror follows while it has focus.
    const focused = a.frames > focusAskedAt && items.find((i) => i.focused && i.id);
    if (focused && mirror.contains(document.activeElement)) {
      const el = [...byKey.values()].find((e) => +e.dataset.id === focused.id);
      if (el && el !== document.activeElement) el.focus({ preventScroll: true });
    }
  }

  function schedule() {
    if (pending) return;
    pending = true;
    // The first frame goes on screen before the mirror is built: building it (hundreds of elements, then their
    // style and layout) in between would hold the first picture back. The first animation frame after the
    // first frame carries it to the screen; the second starts once it is there.
    if (!presented) {
      requestAnimationFrame(() => requestAnimationFrame(() => { presented = true; pending = false; schedule(); }));
      return;
    }
    const wait = Math.max(0, 100 - (performance.now() - lastUpdate));
    setTimeout(() => { pending = false; lastUpdate = performance.now(); rebuild(); }, wait);
  }
  document.addEventListener("certplan-frame", schedule);
})();

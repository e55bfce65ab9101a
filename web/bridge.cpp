#include "bridge.h"

#include <emscripten.h>

#include <cstdlib>

#include "link.h"

// NOTE: EM_JS bodies are JavaScript; strings cross as UTF-8 pointers (UTF8ToString / stringToUTF8).

EM_JS(void, js_install, (), {
    window.certplan = window.certplan || {};
    const api = window.certplan;
    api.ready = false;
    api.complete = false;  // the catalog's late part is in (bridge_catalog_complete)
    api.frames = 0;
    api.snapshot = () => JSON.parse(UTF8ToString(_certplan_snapshot_json()));
    api.shareUrl = () => UTF8ToString(_certplan_share_url());
    // For tests: the day certplan takes as today ("2027-01-11"; null: the real one again). The plan, the check-ins
    // and the pace follow from the next frame.
    api.setToday = (iso) => {
        // NOTE: no regular expression here: EM_JS text passes through the C preprocessor, which eats backslashes.
        const p = String(iso || "").split("-").map(Number);
        const ok = p.length === 3 && p.every(Number.isInteger) && p[1] >= 1 && p[1] <= 12 && p[2] >= 1 && p[2] <= 31;
        api.todayOverride = ok ? Math.floor(Date.UTC(p[0], p[1] - 1, p[2]) / 86400000) : undefined;
        _certplan_wake();
    };
    // A link pasted into the address bar of an open tab arrives here.
    window.addEventListener("hashchange", () => _certplan_hash_changed());
    // Another tab of this page saved the plan (key null: storage was cleared): merge it into this one.
    window.addEventListener("storage", (e) => {
        if (e.key === "certplan.plan" || e.key === null) _certplan_storage_changed();
    });
    // The page is hidden or closed: an edit made in the last moments is saved now (no frame may follow).
    window.addEventListener("pagehide", () => _certplan_leaving());
    document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden") _certplan_leaving();
    });
    api.pasted = "";
    // NOTE: emscripten 3.1.6's GLFW has no clipboard: reading comes from the page's paste event.
    document.addEventListener("paste", (e) => {
        const text = (e.clipboardData || window.clipboardData).getData("text") || "";
        api.pasted = text;
        _certplan_on_paste();
    });
});

EM_JS(void, js_mark, (const char* phase), {
    window.certplan = window.certplan || {};
    window.certplan.startup = window.certplan.startup || {};
    window.certplan.startup[UTF8ToString(phase)] = performance.now();
});

EM_JS(void, js_frame_drawn, (int frames, int pictures, int idle, double frame_ms), {
    const api = window.certplan;
    api.frames = frames;
    api.pictures = pictures;
    api.idle = !!idle;
    // The last frames' CPU times, for scripts/bench.
    api.frameMs = api.frameMs || [];
    api.frameMs.push(frame_ms);
    if (api.frameMs.length > 600) api.frameMs.shift();
    if (frames === 1) api.readyAt = (api.startup = api.startup || {}).firstFrame = performance.now();
    document.dispatchEvent(new Event("certplan-frame"));
    if (!window.certplan.ready) {
        window.certplan.ready = true;
        document.dispatchEvent(new Event("certplan-ready"));
    }
});

EM_JS(void, js_copy_text, (const char* text), {
    const s = UTF8ToString(text);
    const fallback = () => {
        const ta = document.createElement("textarea");
        ta.value = s;
        ta.setAttribute("readonly", "");
        ta.style.position = "fixed";
        ta.style.opacity = "0";
        document.body.appendChild(ta);
        ta.select();
        try { document.execCommand("copy"); } catch (e) {}
        document.body.removeChild(ta);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(fallback);
    else fallback();
});

EM_JS(char*, js_pasted_text, (), {
    const s = (window.certplan && window.certplan.pasted) || "";
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_set_cursor, (const char* cursor), {
    const c = document.getElementById("canvas");
    if (c) c.style.cursor = UTF8ToString(cursor);
});

EM_JS(void, js_download, (const char* name, const char* mime, const char* content), {
    const blob = new Blob([UTF8ToString(content)], {type: UTF8ToString(mime)});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 0);
});

// A link from data/ that core/link.h lets a person open (bridge_open_url asks it): a new tab, with noopener (the
// page it opens gets no handle back to certplan).
EM_JS(void, js_open_url, (const char* url), {
    window.open(UTF8ToString(url), "_blank", "noopener");
});

EM_JS(void, js_hide_loading, (), {
    const el = document.getElementById("loading");
    if (el) el.remove();
});

EM_JS(char*, js_storage_get, (const char* key, int* status), {
    let s = null;
    try {
        s = window.localStorage.getItem(UTF8ToString(key));
    } catch (e) {
        HEAP32[status >> 2] = -1;
        return 0;
    }
    if (s === null) {
        HEAP32[status >> 2] = 0;
        return 0;
    }
    HEAP32[status >> 2] = 1;
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(int, js_storage_set, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        // NOTE: browsers name the quota error differently (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, code 22).
        const full = e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22);
        return full ? 1 : 2;
    }
});

EM_JS(void, js_open_import, (), {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.style.display = "none";
    input.addEventListener("change", () => {
        const file = input.files && input.files[0];
        input.remove();
        if (!file) return;
        if (file.size > 4 * 1024 * 1024) {
            const msg = "That file is too large to be a certplan export (over 4 MB).";
            const n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
            stringToUTF8(msg, p, n);
            _certplan_import_error(p);
            _free(p);
            return;
        }
        file.text().then((text) => {
            const n = lengthBytesUTF8(text) + 1, p = _malloc(n);
            stringToUTF8(text, p, n);
            _certplan_import_text(p);
            _free(p);
        });
    });
    document.body.appendChild(input);
    input.click();
});

// The later part's bytes (the later views' code and the catalog's late part), fetched while the first frame is
// made: the link is idle then (the first frame's files are in) and a fetch costs the main thread next to nothing.
// Compiling and reading them waits until the first frame is on screen (js_fetch_late_catalog).
EM_JS(void, js_prefetch_late, (), {
    Module.lateCatalogBytes = fetch(Module.lateCatalogUrl || "catalog-late.bin")
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject("HTTP " + r.status)));
    Module.lateCatalogBytes.catch(() => {});  // a failure is reported when the bytes are used
    const later = Module["laterCode"];
    if (later && later.prefetch) later.prefetch();
});

// The catalog's late part, read once the first frame is on screen (web/session/late_catalog.h). The single-file
// page has no server to fetch from: it names the bytes as a data: URL instead (Module.lateCatalogUrl).
EM_JS(void, js_fetch_late_catalog, (), {
    const hand = (bytes, why) => {
        if (!bytes) {
            console.warn("certplan: the checklists could not be loaded:", why);
            return _certplan_late_catalog(0, -1);
        }
        const p = _malloc(bytes.length || 1);
        HEAPU8.set(bytes, p);
        _certplan_late_catalog(p, bytes.length);
        _free(p);
    };
    // With it, the later views' code (shell/later_code.js), in parallel: the catalog's reader is part of it, so
    // the bytes are handed over once the code is linked in, and a failure of either is the late part's failure.
    const later = Module["laterCode"];
    const code = later ? later.load().then(() => _certplan_later_code_ready()) : Promise.resolve();
    // The bytes fetched while the first frame was made (js_prefetch_late), once; a retry fetches them again.
    const data = Module.lateCatalogBytes || fetch(Module.lateCatalogUrl || "catalog-late.bin")
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject("HTTP " + r.status)));
    Module.lateCatalogBytes = null;
    Promise.all([code, data]).then(([, a]) => hand(new Uint8Array(a)), (e) => hand(null, e && e.message ? e.message : e));
});

EM_JS(void, js_catalog_complete, (int complete, int failed), {
    window.certplan.complete = !!complete;  // the browser tests wait for this before they use Assess or Plan
    window.certplan.lateFailed = !!failed;
    document.dispatchEvent(new Event("certplan-complete"));
});

EM_JS(int, js_today, (), {
    if (window.certplan && window.certplan.todayOverride !== undefined) return window.certplan.todayOverride;
    const d = new Date();
    return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000);
});

EM_JS(char*, js_get_hash, (), {
    // NOTE: limit what crosses into wasm: an enormous fragment is refused by its length alone.
    let h = window.location.hash || "";
    if (h.length > 100000) h = h.slice(0, 100000);
    const n = lengthBytesUTF8(h) + 1, p = _malloc(n);
    stringToUTF8(h, p, n);
    return p;
});

EM_JS(char*, js_base_url, (), {
    const u = window.location.href.split("#")[0];
    const n = lengthBytesUTF8(u) + 1, p = _malloc(n);
    stringToUTF8(u, p, n);
    return p;
});

EM_JS(void, js_replace_hash, (const char* fragment), {
    const f = UTF8ToString(fragment);
    if (window.location.hash.slice(1) === f) return;
    try { history.replaceState(history.state, "", "#" + f); } catch (e) {}
});

EM_JS(int, js_prefers_dark, (), {
    if (!window.matchMedia) return 0;
    const q = window.matchMedia("(prefers-color-scheme: dark)");
    if (!window.certplan.colorSchemeListening) {
        window.certplan.colorSchemeListening = true;
        q.addEventListener("change", () => _certplan_color_scheme_changed());
    }
    return q.matches ? 1 : 0;
});

// A finger is the main pointer (phones, tablets): controls then get a thumb-sized hit area.
EM_JS(int, js_coarse_pointer, (), {
    return window.matchMedia && window.matchMedia("(pointer: coarse)").matches ? 1 : 0;
});

void bridge_install() { js_install(); }
void bridge_mark(const char* phase) { js_mark(phase); }
void bridge_frame_drawn(int frames, int pictures, bool idle, double frame_ms) {
    js_frame_drawn(frames, pictures, idle ? 1 : 0, frame_ms);
}
void bridge_copy_text(const std::string& text) { js_copy_text(text.c_str()); }
std::string bridge_pasted_text() {
    char* p = js_pasted_text();
    std::string s(p);
    std::free(p);
    return s;
}
void bridge_set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void bridge_download(const std::string& f, const std::string& m, const std::string& c) { js_download(f.c_str(), m.c_str(), c.c_str()); }
void bridge_hide_loading() { js_hide_loading(); }
void bridge_open_url(const std::string& url) {
    if (certplan::openable_url(url)) js_open_url(url.c_str());
}

int bridge_storage_get(const std::string& key, std::string& value) {
    int status = 0;
    char* p = js_storage_get(key.c_str(), &status);
    if (p) {
        value = p;
        std::free(p);
    }
    return status;
}
int bridge_storage_set(const std::string& key, const std::string& value) { return js_storage_set(key.c_str(), value.c_str()); }
void bridge_open_import() { js_open_import(); }
void bridge_prefetch_late() { js_prefetch_late(); }
void bridge_fetch_late_catalog() { js_fetch_late_catalog(); }
bool bridge_later_code_split() { return EM_ASM_INT({ return Module["laterCode"] ? 1 : 0; }) != 0; }
void bridge_catalog_complete(bool complete, bool failed) { js_catalog_complete(complete ? 1 : 0, failed ? 1 : 0); }
int bridge_today() { return js_today(); }

namespace {
std::string take(char* p) {
    std::string s(p ? p : "");
    std::free(p);
    return s;
}
}  // namespace
std::string bridge_get_hash() { return take(js_get_hash()); }
std::string bridge_base_url() { return take(js_base_url()); }
void bridge_replace_hash(const std::string& fragment) { js_replace_hash(fragment.c_str()); }
bool bridge_prefers_dark() { return js_prefers_dark() != 0; }
bool bridge_coarse_pointer() { return js_coarse_pointer() != 0; }

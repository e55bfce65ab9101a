// The mirror's part of window.certplan (shell/a11y.js uses it; so do the browser tests): its roles, the items,
// and how the mirror operates the canvas (a click, keyboard focus, a slider's step). Browser only.
#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include <algorithm>
#include <string>

#include "mirror.h"

namespace {
struct {
    void (*click_at)(float, float) = nullptr;
    void (*wake)() = nullptr;
} platform;

void wake() {
    if (platform.wake) platform.wake();
}
}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* certplan_items_json() {
    static std::string s;
    s = item_registry_json();
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* certplan_roles_json() {
    static std::string s;
    s = mirror_roles_json();
    return s.c_str();
}
// The accessibility mirror operates the interface through these: a click on an item, and keyboard focus.
// A click on item `id` where the last laid-out frame put it: the mirror's copy of its place can be a tenth of a
// second old (focusing an item may scroll it), and a click there would miss. (x, y): the mirror's place, for an
// item no longer in the frame.
EMSCRIPTEN_KEEPALIVE void certplan_activate(unsigned id, float x, float y) {
    for (const UiItem& it : item_registry_items())
        if (id && it.id == id) {
            x = it.x + std::min(it.w / 2, 40.0f);  // near the start of wide items, where their label is
            y = it.y + it.h / 2;
            break;
        }
    if (platform.click_at) platform.click_at(x, y);
}
EMSCRIPTEN_KEEPALIVE void certplan_step_item(unsigned id, int direction) {
    item_request_step(id, direction);
    wake();
}
EMSCRIPTEN_KEEPALIVE int certplan_focus_item(unsigned id) {
    wake();
    return item_focus(id) ? 1 : 0;
}
}

EM_JS(void, js_mirror_install, (), {
    window.certplan = window.certplan || {};
    const api = window.certplan;
    api.roles = JSON.parse(UTF8ToString(_certplan_roles_json()));
    api.items = () => JSON.parse(UTF8ToString(_certplan_items_json()));
    api.activate = (id, x, y) => _certplan_activate(id >>> 0, x, y);
    api.focusItem = (id) => _certplan_focus_item(id >>> 0);
    api.stepItem = (id, direction) => _certplan_step_item(id >>> 0, direction);
});

EM_JS(int, js_mirror_has_focus, (), {
    const m = document.getElementById("a11y-mirror");
    return m && m.contains(document.activeElement) ? 1 : 0;
});

void mirror_install(void (*click_at)(float x, float y), void (*on_wake)()) {
    platform.click_at = click_at;
    platform.wake = on_wake;
    js_mirror_install();
}

bool mirror_has_focus() { return js_mirror_has_focus() != 0; }
#endif

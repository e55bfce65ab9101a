#include "input.h"

#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "mirror.h"
#include "touch_scroll.h"

namespace {

struct {
    void (*on_input)() = nullptr;
    // Touch: a finger that moves more than kDragSlop scrolls instead of clicking.
    bool touch_down = false, touch_scrolling = false;
    float touch_start_x = 0, touch_start_y = 0;
    TouchScroll touch_scroll;   // the finger's movement and the glide after it, in CSS pixels
    ImGuiID scroll_window = 0;  // the window a gesture scrolls (found once, kept through its glide)
    // NOTE: ImGui's tabs and overlapping selectables only take a press on an item that was hovered the
    // frame before. A click (or tap) arrives as move + press together, so a press at a new position is
    // held back one frame, after the move has been seen.
    bool moved_since_frame = false;
    std::vector<std::pair<int, bool>> held_presses;
} state;

void move_to(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    state.moved_since_frame = true;
}

void press(int button, bool down) {
    if (state.moved_since_frame || !state.held_presses.empty()) state.held_presses.push_back({button, down});
    else ImGui::GetIO().AddMouseButtonEvent(button, down);
}

// A finger that turned into a scroll must not click what it first touched. The content follows the
// finger, so a release would land on the very item pressed, and ImGui fires on a release over the item it
// holds: drop the press if it is still waiting for its frame, else let go of the item, then release.
void cancel_press() {
    const auto queued = std::find(state.held_presses.begin(), state.held_presses.end(), std::pair<int, bool>{0, true});
    if (queued != state.held_presses.end()) {
        state.held_presses.erase(queued);
        return;
    }
    ImGui::ClearActiveID();
    press(0, false);
}

constexpr float kDragSlop = 8.0f;

void notify() {
    if (state.on_input) state.on_input();
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    if (io.MousePos.x != float(e->targetX) || io.MousePos.y != float(e->targetY)) move_to(float(e->targetX), float(e->targetY));
    int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button >= 0 && type == EMSCRIPTEN_EVENT_MOUSEDOWN) press(button, true);
    if (button >= 0 && type == EMSCRIPTEN_EVENT_MOUSEUP) press(button, false);
    notify();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN;  // keep text selection and focus changes off the canvas
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    notify();
    return false;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode 0: pixels, 1: lines, 2: pages. ImGui's unit is roughly "a few lines".
    float scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 1.0f;
    ImGui::GetIO().AddMouseWheelEvent(float(-e->deltaX) * scale, float(-e->deltaY) * scale);
    notify();
    return true;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    if (e->numTouches < 1) return true;
    const EmscriptenTouchPoint& t = e->touches[0];
    float x = float(t.targetX), y = float(t.targetY);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    // The event's own time (performance.now()'s clock): a busy frame must not make a flick look like a rest.
    const double now = (e->timestamp > 0 ? e->timestamp : emscripten_get_now()) / 1000.0;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
        state.touch_down = true;
        state.touch_scrolling = false;
        state.touch_start_x = x;
        state.touch_start_y = y;
        state.touch_scroll.touch_down(now, x, y);  // a glide in progress stops under the finger
        state.scroll_window = 0;
        move_to(x, y);
        press(0, true);
    } else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE && state.touch_down) {
        // A finger that moves past the slop scrolls, unless it holds a slider, which it then drags.
        if (!state.touch_scrolling && (x - state.touch_start_x) * (x - state.touch_start_x) + (y - state.touch_start_y) * (y - state.touch_start_y) > kDragSlop * kDragSlop &&
            !io.WantTextInput && !item_active_is_slider()) {
            state.touch_scrolling = true;
            cancel_press();
        }
        // The content follows the finger from where it first touched (the slop included): 1:1.
        io.AddMousePosEvent(x, y);
        state.touch_scroll.touch_move(now, x, y);
    } else if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
        if (state.touch_down && !state.touch_scrolling) {
            press(0, false);
            state.touch_scroll.cancel();  // a tap or a slider drag: nothing to scroll
        } else {
            state.touch_scroll.touch_up(now);  // a flick glides on
        }
        state.touch_down = false;
    }
    notify();
    return true;  // no emulated mouse events afterwards: that is what made taps fire twice
}

struct KeyName {
    const char* code;
    ImGuiKey key;
};

const KeyName kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End}, {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace}, {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}, {"Minus", ImGuiKey_Minus},
    {"Equal", ImGuiKey_Equal}, {"Comma", ImGuiKey_Comma}, {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash},
    {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3}, {"F4", ImGuiKey_F4},
};

ImGuiKey key_from_code(const char* code) {
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == 0)
        return ImGuiKey(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
        return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    for (const KeyName& k : kKeys)
        if (std::strcmp(code, k.code) == 0) return k.key;
    return ImGuiKey_None;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    // Keys typed in the accessibility mirror belong to the mirror (Tab, Enter, Space work natively there).
    if (mirror_has_focus()) return false;
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    ImGuiKey key = key_from_code(e->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    notify();
    // Let the browser have its shortcuts (copy, paste, reload …) and keep printable keys for keypress.
    if (e->ctrlKey || e->metaKey) return key == ImGuiKey_Tab;
    if (down && key == ImGuiKey_Space && io.WantTextInput) io.AddInputCharacter(' ');
    // A printable key (one character, maybe multi-byte): the keypress event carries the character.
    const unsigned char first = (unsigned char)e->key[0];
    const bool printable = (first >= 0x20 && first < 0x80 && e->key[1] == 0) || first >= 0x80;
    if (down && printable && key != ImGuiKey_Space) return false;
    return key != ImGuiKey_None;  // Tab, arrows, space: the canvas app uses them, the page must not scroll
}

EM_BOOL on_keypress(int, const EmscriptenKeyboardEvent* e, void*) {
    if (mirror_has_focus()) return false;
    if (e->ctrlKey || e->metaKey) return false;
    ImGui::GetIO().AddInputCharactersUTF8(e->key[0] && std::strcmp(e->key, "Enter") != 0 ? e->key : "");
    notify();
    return true;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    notify();
    return false;
}

}  // namespace

void input_click_at(float x, float y) {
    move_to(x, y);
    press(0, true);
    press(0, false);
    notify();
}

namespace {

// The window a scroll lands in, as ImGui's own wheel chooses it: the one under the finger, or the nearest
// parent that can scroll that way.
ImGuiWindow* scrollable(ImGuiWindow* w, bool vertical) {
    while (w && (w->Flags & ImGuiWindowFlags_ChildWindow) &&
           ((vertical ? w->ScrollMax.y : w->ScrollMax.x) == 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)))
        w = w->ParentWindow;
    return w;
}

// Moves the content under the finger by exactly the pixels the finger (or its glide) moved.
bool deliver_touch_scroll() {
    if (state.touch_down && !state.touch_scrolling) return false;  // not a scroll (yet): keep what is owed
    if (!state.touch_scroll.moving()) return false;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* under = state.scroll_window ? ImGui::FindWindowByID(state.scroll_window) : g.HoveredWindow;
    if (!under) {
        if (!state.touch_down) state.touch_scroll.cancel();  // lifted over no window: nothing to move
        return state.touch_down;  // else keep what is owed for the next frame
    }
    state.scroll_window = under->ID;
    const ScrollDelta d = state.touch_scroll.take(emscripten_get_now() / 1000.0);
    if (ImGuiWindow* w = scrollable(under, true); w && d.y != 0)
        ImGui::SetScrollY(w, (w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y) - d.y);
    if (ImGuiWindow* w = scrollable(under, false); w && d.x != 0)
        ImGui::SetScrollX(w, (w->ScrollTarget.x < FLT_MAX ? w->ScrollTarget.x : w->Scroll.x) - d.x);
    return state.touch_scroll.moving();
}

}  // namespace

bool input_before_frame() {
    const bool gliding = deliver_touch_scroll();
    const bool moved = state.moved_since_frame;  // this frame takes the move; presses wait for the next
    state.moved_since_frame = false;
    if (!moved && !state.held_presses.empty()) {
        // One press or release per frame, in order: a quick click still reads as press, then release.
        auto [button, down] = state.held_presses.front();
        state.held_presses.erase(state.held_presses.begin());
        ImGui::GetIO().AddMouseButtonEvent(button, down);
    }
    return !state.held_presses.empty() || gliding;
}

bool input_presses_waiting() { return !state.held_presses.empty(); }

void input_install(const char* canvas, void (*on_input)()) {
    state.on_input = on_input;
    emscripten_set_mousedown_callback(canvas, nullptr, true, on_mouse);
    emscripten_set_mousemove_callback(canvas, nullptr, true, on_mouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, true, on_mouse_leave);
    // A release outside the canvas still ends a drag.
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_mouse);
    emscripten_set_wheel_callback(canvas, nullptr, false, on_wheel);
    emscripten_set_touchstart_callback(canvas, nullptr, false, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, false, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, false, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, false, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_keypress_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_keypress);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_focus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_focus);
}
